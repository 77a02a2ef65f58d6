package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.app.fit.StoreFixture;
import org.strait.core.Version;
import org.strait.store.EventStore;

/**
 * {@code strait forecast} on a store of the shared ICEWS sample, run once for the class (two fits: the forecast's
 * and the backtest's); the expected values come from the store by this test's own SQL.
 */
class ForecastCommandTest {
  private static final List<String> FORECASTERS = List.of("model (unconditional)", "climatology", "persistence",
      "ar1");
  private static final int SAMPLES = 200;

  @TempDir static Path dir;
  static Path db;
  static CliRun run;
  static JsonNode report;
  static List<String[]> rows;

  @BeforeAll
  static void forecastOnce() throws Exception {
    db = StoreFixture.icewsSample(dir.resolve("sample.duckdb"));
    run = CliRun.of("forecast", "--db", db.toString(), "--samples", Integer.toString(SAMPLES), "--seed", "3",
        "--threads", "2", "--format", "json", "--out", dir.resolve("out").toString());
    assertThat(run.code()).as(run.err()).isZero();
    report = new ObjectMapper().readTree(run.out());
    rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve("out/forecast.csv"));
    assertThat(lines.get(0)).isEqualTo("forecaster,seed,version,samples,origin,month,horizon,mean,p05,p25,p50,p75,"
        + "p95");
    lines.subList(1, lines.size()).forEach(l -> rows.add(l.split(",", -1)));
  }

  @Test
  void forecast_csv_startsTheMonthAfterTheDataEndForEveryForecaster() throws SQLException {
    YearMonth last = YearMonth.parse(query("SELECT strftime(max(event_date), '%Y-%m') FROM events").get(0)[0]
        .toString());
    assertThat(rows).hasSize(FORECASTERS.size() * 24);
    Map<String, List<String>> months = new LinkedHashMap<>();
    for (String[] r : rows) {
      assertThat(r[1]).isEqualTo("3");
      assertThat(r[2]).isEqualTo(Version.current());
      assertThat(r[3]).isEqualTo(Integer.toString(SAMPLES));
      assertThat(r[4]).isEqualTo(last.toString());
      assertThat(YearMonth.parse(r[5])).isEqualTo(last.plusMonths(Integer.parseInt(r[6])));
      months.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[5]);
    }
    assertThat(months.keySet()).containsExactlyElementsOf(FORECASTERS);
    months.values().forEach(m -> assertThat(m.get(0)).isEqualTo(last.plusMonths(1).toString()));
    assertThat(report.at("/meta/dataEnd").asText()).isEqualTo(last.toString());
    assertThat(report.at("/meta/trainEnd").asText()).isEqualTo(last.toString());
  }

  @Test
  void forecast_quantiles_areOrderedInEveryRow() {
    for (String[] r : rows) {
      for (int c = 8; c < 12; c++) {
        assertThat(Double.parseDouble(r[c])).as("%s %s column %s", r[0], r[5], c)
            .isLessThanOrEqualTo(Double.parseDouble(r[c + 1]));
      }
      assertThat(Double.parseDouble(r[12])).isGreaterThan(Double.parseDouble(r[8]));
    }
  }

  @Test
  void forecast_persistenceMedianAtMonthOne_isTheLastObservedIndexValue() throws SQLException {
    // the index of a named-quadruple source: the mean Goldstein score of the distinct quadruples between JPN and
    // KOR, both directions, in the last month that has any
    String pair = "((actor1_country = 'JPN' AND actor2_country = 'KOR') OR (actor1_country = 'KOR' AND"
        + " actor2_country = 'JPN'))";
    Object[] last = query("SELECT avg(goldstein), count(*) FROM (SELECT DISTINCT actor1_name, cameo, actor2_name,"
        + " event_date, goldstein FROM events WHERE " + pair + " AND date_trunc('month', event_date) = (SELECT"
        + " max(date_trunc('month', event_date)) FROM events WHERE " + pair + "))").get(0);
    double expected = ((Number) last[0]).doubleValue();
    String[] p = rows.stream().filter(r -> r[0].equals("persistence") && r[6].equals("1")).findFirst().orElseThrow();
    double p05 = Double.parseDouble(p[8]);
    double p95 = Double.parseDouble(p[12]);
    // the random walk's month-1 draws are symmetric around the last value; the sample median of 200 normal draws
    // lies within 4 standard errors (1.2533 σ / √200 = 0.0886 σ, σ = (p95 - p05) / 3.29) of it
    double sigma = (p95 - p05) / 3.29;
    assertThat(Double.parseDouble(p[10])).isCloseTo(expected, within(4 * 1.2533 * sigma / Math.sqrt(SAMPLES)));
    assertThat((p05 + p95) / 2).isCloseTo(expected, within(0.5 * sigma));
  }

  @Test
  void forecast_report_namesEachBaselineWithWordsMatchingTheSkillSigns() {
    JsonNode bt = report.get("backtest");
    assertThat(bt.get("testEnd").asText()).isEqualTo(report.at("/meta/dataEnd").asText());
    assertThat(YearMonth.parse(bt.get("testStart").asText()))
        .isEqualTo(YearMonth.parse(bt.get("testEnd").asText()).minusMonths(23));
    List<String> summary = new ArrayList<>();
    bt.get("summary").forEach(s -> summary.add(s.asText()));
    List<String> worse = new ArrayList<>();
    for (String base : List.of("climatology", "persistence", "ar1")) {
      String sentence = summary.stream().filter(s -> s.startsWith("Against " + base + ",")).findFirst()
          .orElseThrow(() -> new AssertionError("no sentence on " + base + " in " + summary));
      List<String> losses = new ArrayList<>();
      List<String> wins = new ArrayList<>();
      double sum = 0;
      for (int h : List.of(1, 3, 6, 12)) {
        double s = bt.at("/skill/" + base + "/" + h).asDouble();
        sum += s;
        (s < 0 ? losses : wins).add(String.format(Locale.ROOT, "%d (%+.3f)", h, s));
      }
      if (wins.isEmpty()) {
        assertThat(sentence).contains("LOSES at every horizon: " + String.join(", ", losses));
      } else if (losses.isEmpty()) {
        assertThat(sentence).contains("wins at every horizon: " + String.join(", ", wins)).doesNotContain("LOSES");
      } else {
        assertThat(sentence).contains("LOSES at horizons " + String.join(", ", losses) + " and wins at "
            + String.join(", ", wins));
      }
      if (sum < 0) {
        worse.add(base);
      }
    }
    String words = report.at("/statements/backtest").asText();
    if (worse.isEmpty()) {
      assertThat(words).doesNotContain("WORSE");
    } else {
      assertThat(words).contains("WORSE than " + String.join(", ", worse) + " on average");
    }
  }

  @Test
  void forecast_report_recordsSeedVersionSamplerAndSaysUnconditionalAndNoisy() throws Exception {
    assertThat(report.at("/meta/seed").asLong()).isEqualTo(3);
    assertThat(report.at("/meta/version").asText()).isEqualTo(Version.current());
    assertThat(report.at("/meta/intervals").asText()).contains("posterior intervals");
    assertThat(report.at("/meta/unconditional").asBoolean()).isTrue();
    assertThat(report.at("/statements/unconditional").asText()).startsWith("This forecast is unconditional");
    long months = YearMonth.parse(report.at("/meta/trainStart").asText())
        .until(YearMonth.parse(report.at("/meta/trainEnd").asText()), java.time.temporal.ChronoUnit.MONTHS) + 1;
    assertThat(report.at("/statements/noise").asText())
        .contains(String.format(Locale.ROOT, "about %.0f Japan-Korea events a month",
            report.at("/meta/events").asDouble() / months))
        .contains(String.format(Locale.ROOT, "observation noise at %.2f",
            report.at("/noise/obs.noise/estimate").asDouble()));
    // months 1, 3, 6, 12 and 24 for each of the four forecasters
    assertThat(report.get("quantiles")).hasSize(20);
    assertThat(Files.exists(dir.resolve("out/forecast.png"))).isTrue();
    assertThat(Files.readString(dir.resolve("out/forecast.json"))).isEqualTo(run.out());
  }

  @Test
  void forecast_badInput_isAUsageErrorNamingTheOption() throws Exception {
    CliRun zero = CliRun.of("forecast", "--db", db.toString(), "--months", "0");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("--months must be at least 1, was 0");
    CliRun outside = CliRun.of("forecast", "--db", db.toString(), "--train", "2003-01..2010-12");
    assertThat(outside.code()).isEqualTo(2);
    assertThat(outside.err()).contains("--train 2003-01..2010-12 lies outside the data");
    CliRun late = CliRun.of("forecast", "--db", db.toString(), "--train", "2010-01..2016-12");
    assertThat(late.code()).isEqualTo(2);
    assertThat(late.err()).contains("--train 2010-01..2016-12 lies outside the data");
    CliRun shortWindow = CliRun.of("forecast", "--db", db.toString(), "--train", "2013-01..2014-06");
    assertThat(shortWindow.code()).isEqualTo(2);
    assertThat(shortWindow.err()).contains("--train 2013-01..2014-06 holds only 18 months");
    Path small = StoreFixture.synthetic(dir.resolve("small.duckdb"), YearMonth.of(2005, 1), 12, 7);
    CliRun fewMonths = CliRun.of("forecast", "--db", small.toString());
    assertThat(fewMonths.code()).isEqualTo(2);
    assertThat(fewMonths.err()).contains("the store covers only 12 months").contains("--train")
        .contains("at least 24 months");
  }

  @Test
  void forecast_help_namesTheOutputsAndOptions() {
    CliRun help = CliRun.of("forecast", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("5/25/50/75/95% quantiles", "90% band", "--months=N", "--train=", "--samples=N",
        "--threads=N", "--format=md|json").doesNotContain("%%");
  }

  private static List<Object[]> query(String sql) throws SQLException {
    List<Object[]> out = new ArrayList<>();
    try (EventStore store = EventStore.open(db); Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
          row[i] = rs.getObject(i + 1);
        }
        out.add(row);
      }
    }
    return out;
  }
}
