package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.app.fit.StoreFixture;
import org.strait.core.Version;
import org.strait.store.EventStore;

/**
 * The report's forecast section on a store of the shared ICEWS sample (2005-01..2014-12, so the forecast is
 * backtested), run once for the class without the verdicts and with 20 paths; {@code strait forecast} with the same
 * seed and paths is run beside it to check that the section shows that forecast.
 */
class ReportCommandForecastTest {
  private static final int RUNS = 20;
  private static final long SEED = 3;

  @TempDir static Path dir;
  static Path db;
  static YearMonth last;
  static String section;

  @BeforeAll
  static void reportOnce() throws Exception {
    db = StoreFixture.icewsSample(dir.resolve("sample.duckdb"));
    try (EventStore store = EventStore.open(db); Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT strftime(max(event_date), '%Y-%m') FROM events")) {
      rs.next();
      last = YearMonth.parse(rs.getString(1));
    }
    Path out = dir.resolve("report.html");
    CliRun run = CliRun.of("report", "--db", db.toString(), "--out", out.toString(), "--runs", Integer.toString(RUNS),
        "--seed", Long.toString(SEED), "--threads", "2", "--no-verdicts", "--scenarios",
        Files.createDirectories(dir.resolve("no-scenarios")).toString());
    assertThat(run.code()).as(run.err()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    int from = html.indexOf("<h2 id=\"forecast\">");
    int to = html.indexOf("<h2 id=\"scenarios\">");
    assertThat(from).as("the forecast heading").isPositive();
    assertThat(html.indexOf("<h2 id=\"backtest\">")).as("the forecast comes after the verdicts").isLessThan(from);
    assertThat(to).as("and before the scenarios").isGreaterThan(from);
    section = html.substring(from, to);
  }

  @Test
  void report_forecast_embedsTheChartAsAPngWithSeedAndVersion() throws Exception {
    Matcher img = Pattern.compile("<figure><img alt=\"Forecast of the JPN-KOR index from " + last
        + "[^\"]*\" src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\">").matcher(section);
    assertThat(img.find()).as("an embedded forecast chart").isTrue();
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(img.group(1))));
    assertThat(png).isNotNull();
    assertThat(png.getWidth()).isPositive();
    assertThat(section).containsPattern("<figcaption>[^<]*forecast " + last.plusMonths(1) + ".."
        + last.plusMonths(24) + "; seed " + SEED + "; strait " + Pattern.quote(Version.current()) + ".</figcaption>");
    assertThat(section).doesNotContainPattern("(?i)(src|href)=\"(https?:|//)");
  }

  @Test
  void report_forecast_tablesMonthsAfterTheDataEndWithTheMedianInsideTheBand() {
    Matcher row = Pattern.compile("<tr><td>(\\d{4}-\\d\\d)</td><td>(\\d+)</td><td>(-?[0-9.]+)</td><td>(-?[0-9.]+) to "
        + "(-?[0-9.]+)</td><td>(-?[0-9.]+)</td><td>(-?[0-9.]+) to (-?[0-9.]+)</td></tr>").matcher(section);
    List<Integer> horizons = new ArrayList<>();
    while (row.find()) {
      int h = Integer.parseInt(row.group(2));
      horizons.add(h);
      assertThat(YearMonth.parse(row.group(1))).isEqualTo(last.plusMonths(h));
      for (int k : new int[] {3, 6}) {
        assertThat(Double.parseDouble(row.group(k + 1))).isLessThanOrEqualTo(Double.parseDouble(row.group(k)));
        assertThat(Double.parseDouble(row.group(k))).isLessThanOrEqualTo(Double.parseDouble(row.group(k + 2)));
      }
    }
    assertThat(horizons).containsExactly(1, 3, 6, 12, 24);
    assertThat(section).contains("<tr><td>" + last.plusMonths(1) + "</td><td>1</td>");
  }

  @Test
  void report_forecast_showsTheQuantilesOfStraitForecastWithTheSameSeedAndPaths() throws Exception {
    CliRun forecast = CliRun.of("forecast", "--db", db.toString(), "--samples", Integer.toString(RUNS), "--seed",
        Long.toString(SEED), "--threads", "1", "--format", "json", "--out", dir.resolve("forecast").toString());
    assertThat(forecast.code()).as(forecast.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(forecast.out());
    int rows = 0;
    for (JsonNode q : report.get("quantiles")) {
      String who = q.get("forecaster").asText();
      if (!who.equals("model (unconditional)") && !who.equals("ar1")) {
        continue;
      }
      rows++;
      String median = num(q.get("p50").asDouble());
      String band = num(q.get("p05").asDouble()) + " to " + num(q.get("p95").asDouble());
      String cells = who.equals("ar1") ? "<td>[^<]*</td><td>[^<]*</td><td>" + Pattern.quote(median) + "</td><td>"
          + Pattern.quote(band) + "</td>" : "<td>" + Pattern.quote(median) + "</td><td>" + Pattern.quote(band)
          + "</td><td>[^<]*</td><td>[^<]*</td>";
      assertThat(section).containsPattern("<tr><td>" + q.get("month").asText() + "</td><td>"
          + q.get("horizon").asInt() + "</td>" + cells + "</tr>");
    }
    assertThat(rows).isEqualTo(10);
    assertThat(section).contains(report.at("/statements/noise").asText().replace("'", "&#39;"));
  }

  @Test
  void report_forecast_saysEachLossToABaselineInWords() {
    assertThat(section).contains("Rolling-origin backtest of the unconditional model on the training window&#39;s"
        + " last 24 months (" + last.minusMonths(23) + ".." + last + ")");
    Matcher row = Pattern.compile("<tr><td>(\\d+)</td><td>([^<]+)</td><td>([^<]+)</td><td>([^<]+)</td></tr>")
        .matcher(section);
    List<String> baselines = List.of("climatology", "persistence", "ar1");
    int rows = 0;
    while (row.find()) {
      rows++;
      for (int k = 0; k < 3; k++) {
        String value = row.group(2 + k);
        String sentence = "<li>Against " + baselines.get(k) + ", the model (unconditional) ";
        int at = section.indexOf(sentence);
        assertThat(at).as("a sentence on %s", baselines.get(k)).isPositive();
        String words = section.substring(at, section.indexOf("</li>", at));
        String item = row.group(1) + " (" + (value.startsWith("-") ? "" : "+") + value + ")";
        assertThat(words).contains(item);
        if (value.startsWith("-")) {
          assertThat(words).contains("LOSES");
          assertThat(words.indexOf(item)).isLessThan(words.contains(" and wins at ") ? words.indexOf(" and wins at ")
              : words.length());
        }
      }
    }
    assertThat(rows).isEqualTo(4);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
