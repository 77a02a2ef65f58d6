package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Dyad;
import org.strait.index.IndexPoint;
import org.strait.index.IndexQuery;
import org.strait.index.RelationIndex;
import org.strait.store.EventStore;
import org.strait.web.OverviewPage;

/** The README's main job, end to end on the shared data, without the server. */
class DemoIT {
  @TempDir Path dir;

  @Test
  void demo_sharedData_reportsEveryStage() throws Exception {
    CliRun run = CliRun.of("demo", "--db", dir.resolve("demo.duckdb").toString(), "--out", dir.resolve("out")
        .toString(), "--runs", "200", "--no-serve");
    assertThat(run.code()).as(run.err()).isZero();
    String out = run.out();
    // ingest: the 23 event files of ../shared/data, nothing rejected. Their rows as the SOURCE.md files count them:
    // icews14, icews05-15 tail and sample 266,488; icews18 468,558; icews21 326,354; icews22 345,341;
    // icews22-q4 108,721; icews23 141,606; gdelt 27,758 + 2,111
    assertThat(out.lines().filter(l -> l.startsWith("ingested "))).hasSize(23);
    assertThat(out).containsPattern("total: 23 files, 1686937 valid rows, \\d+ kept, 0 rejected");
    // strict Japan–South Korea events per year as the SOURCE.md files give them: icews14 481 in 2014, icews18 329
    // in 2018, icews21 255 in 2021, icews22 439 and icews22-q4 87 in 2022, icews23 162 in 2023
    assertThat(out).containsPattern("icews14 +2014  events +\\d+  strict +481");
    assertThat(out).containsPattern("icews18 +2018  events +\\d+  strict +329");
    assertThat(out).containsPattern("icews21 +2021  events +\\d+  strict +255");
    assertThat(out).containsPattern("icews22 +2022  events +\\d+  strict +439");
    assertThat(out).containsPattern("icews22-q4 +2022  events +\\d+  strict +87");
    assertThat(out).containsPattern("icews23 +2023  events +\\d+  strict +162");
    // the actors' resolution per source follows the ingest
    assertThat(out).containsPattern("  icews23 +\\d+ of +\\d+ +\\d+\\.\\d%");
    // the index by year, then the Dokdo turning point with its chronicle note
    assertThat(out).containsPattern("2012  events +\\d+  December \\d+\\.\\d\\d \\[");
    assertThat(out).containsPattern("2012-0[78]  (level|shock)  down").contains("Lee Myung-bak visits Dokdo");
    // a chronicle entry known to its month prints as its month, not as a false first day
    assertThat(out).containsPattern("\\n {10}2012-08  Japan proposes").doesNotContain("2012-08-01  Japan proposes");
    // years without data are gaps, not values (2015-2017 and 2019-2020 are not in ../shared/data)
    assertThat(out).contains("2016  events      0  no data: a gap");
    // the verdict table names every mechanism
    for (int m = 1; m <= 12; m++) {
      assertThat(out).contains("M" + m);
    }
    // the forecast from the store's last month (read here by SQL): the 12-month line against AR(1), and its files
    YearMonth last = lastMonth(dir.resolve("demo.duckdb"));
    String num = "-?\\d+\\.\\d\\d";
    assertThat(out).contains("== forecast from " + last + ", unconditional").containsPattern(Pattern.quote("At 12 "
        + "months (" + last.plusMonths(12) + "): the model's median ") + num + ", 90% band " + num + "\\.\\." + num
        + "; the AR\\(1\\) baseline's median " + num + ", 90% band " + num + "\\.\\." + num + "\\.");
    Path forecast = dir.resolve("out/forecast");
    assertThat(out).contains("wrote " + forecast.resolve("forecast.csv") + ", " + forecast.resolve("forecast.png")
        + " and " + forecast.resolve("forecast.md"));
    for (String file : List.of("forecast.csv", "forecast.png", "forecast.md")) {
      assertThat(forecast.resolve(file)).isNotEmptyFile();
    }
    assertThat(lines(forecast.resolve("forecast.csv")).get(1)).startsWith("model (unconditional),1,")
        .contains("," + last + "," + last.plusMonths(1) + ",1,");
    // every shipped scenario ran, with its threshold probabilities and seed
    try (var files = Files.list(Path.of("..").resolve("scenarios"))) {
      files.filter(f -> f.toString().endsWith(".yaml")).forEach(f -> assertThat(out)
          .contains("scenario " + f.getFileName().toString().replace(".yaml", "") + ": 200 runs, seed 1"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(out).contains("P(low-2019 below");
    // each scenario against the baseline, on both models; the one starting in 2022 cannot pair with it
    assertThat(out).contains("== what each scenario changes against the baseline scenario by ")
        .containsPattern("\\| china-coercion \\| fitted \\| -?\\d+\\.\\d\\d \\| [+-]\\d+\\.\\d{3} ± \\d+\\.\\d{3}")
        .containsPattern("\\| china-coercion \\| priors \\| ")
        .contains("not compared: wartime-labour-bargain on the priors (200 runs from 2022-07")
        .containsPattern("Largest change of the mean temperature: [+-]\\d+\\.\\d\\d \\([a-z-]+\\) on the fitted model")
        .containsPattern("Beyond the Monte Carlo noise: \\d+ of 9 scenarios on the fitted model, \\d+ of 10 on the"
            + " priors");
    assertThat(dir.resolve("out/scenarios/baseline/fan.png")).isNotEmptyFile();
    // on the fitted model by default, over the whole record; the prior run beside it
    assertThat(dir.resolve("out/scenarios/baseline/fit.json")).content()
        .containsPattern("\"trainEnd\" ?: ?\"" + last + "\"");
    assertThat(dir.resolve("out/scenarios/baseline/priors/fan.png")).isNotEmptyFile();
    assertThat(dir.resolve("out/scenarios/baseline/priors/fit.json")).doesNotExist();
    // the verdict table is kept in the store, where the dashboard opens on it
    try (EventStore store = EventStore.open(dir.resolve("demo.duckdb"))) {
      org.strait.store.SavedVerdicts kept = store.reader().latestVerdicts().orElseThrow();
      assertThat(kept.computedBy()).isEqualTo("strait verdicts");
      assertThat(kept.dataEnd()).isEqualTo(last);
      assertThat(kept.json()).contains("\"mechanisms\"");
    }
    // the bargaining cases, next to their baseline (bargain prints its summary on stderr)
    assertThat(run.err()).contains("dispute wartime-labour").contains("baseline (capability x salience weighted mean");
    assertThat(dir.resolve("out/bargaining/wartime-labour.png")).isNotEmptyFile();
    // the models against the record set (the baseline does not depend on the Monte Carlo), verdict in words
    assertThat(out).contains("== bargaining models against the record").contains("| sado-2024 | 65 | 51.5 (13.5) |")
        .contains("Against the weighted-mean baseline");
    // the scenarios linked to the two cases ran
    assertThat(dir.resolve("out/scenarios/wartime-labour-bargain/priors/fan.png")).isNotEmptyFile();
    assertThat(dir.resolve("out/scenarios/fukushima-water-bargain/priors/fan.png")).isNotEmptyFile();
    overview_wholeRecord_showsEveryTurnAndShockAtTheDefaultRateWithItsNotes(last);
    index_wholeRecord_bandsFollowTheMonthsDataAndEarlierYearsMoveNoMonthBeyondItsInterval();
  }

  /**
   * The index on the whole record (docs/indices.md, "The index: the month's value"): months of 1-5 events have a band
   * more than twice as wide as months of more than 80 (the level's: about the same), and 2018 fitted alone against
   * 2005-2018 moves no month with data by as much as the narrower of its two intervals.
   */
  private void index_wholeRecord_bandsFollowTheMonthsDataAndEarlierYearsMoveNoMonthBeyondItsInterval() {
    try (EventStore store = EventStore.open(dir.resolve("demo.duckdb"))) {
      IndexQuery query = IndexQuery.of(Dyad.parse("JPN-KOR"));
      List<IndexPoint> all = RelationIndex.compute(store.reader(), query).points();
      double thin = all.stream().filter(p -> p.events() >= 1 && p.events() <= 5).mapToDouble(IndexPoint::sd)
          .average().orElseThrow();
      double dense = all.stream().filter(p -> p.events() > 80).mapToDouble(IndexPoint::sd).average().orElseThrow();
      System.out.printf("record bands: index sd %.3f in months of 1-5 events, %.3f above 80%n", thin, dense);
      assertThat(thin).isGreaterThan(2 * dense);
      List<IndexPoint> alone = RelationIndex.compute(store.reader(),
          query.withMonths(YearMonth.of(2018, 1), YearMonth.of(2018, 12))).points();
      List<IndexPoint> with = RelationIndex.compute(store.reader(),
          query.withMonths(YearMonth.of(2005, 1), YearMonth.of(2018, 12))).points();
      assertThat(alone.stream().filter(p -> p.events() > 0)).hasSizeGreaterThanOrEqualTo(10).allSatisfy(a -> {
        IndexPoint b = with.stream().filter(p -> p.label().equals(a.label())).findFirst().orElseThrow();
        assertThat(Math.abs(a.index() - b.index())).as(a.label())
            .isLessThan(Math.min(a.upper() - a.lower(), b.upper() - b.lower()) / 2);
      });
    }
  }

  /**
   * The dashboard's Overview on the store the demo built (issue 14): every month charted, every turning point the
   * API finds at the default false-alarm rate marked and listed with its kind and its chronicle notes, and those turns
   * the ones docs/indices.md lists for the whole record at 1 a year (its section on the round-3 scores).
   */
  private void overview_wholeRecord_showsEveryTurnAndShockAtTheDefaultRateWithItsNotes(YearMonth last)
      throws Exception {
    OverviewPage.Shown shown = OverviewPage.read(dir.resolve("demo.duckdb"), dir.resolve("browser"),
        Path.of("target", "screenshots", "overview-record.png"));
    assertThat(shown.errors()).as("script errors, console errors and failed loads").isEmpty();
    assertThat(shown.first()).isLessThanOrEqualTo("2005-01");
    assertThat(shown.last()).isEqualTo(last.toString());
    assertThat(shown.points()).isEqualTo(shown.months());
    assertThat(shown.turns()).extracting(OverviewPage.Turn::month).containsExactly("2005-03", "2006-04", "2006-10",
        "2006-12", "2008-07", "2011-04", "2011-08", "2012-08", "2013-04", "2013-06", "2013-11", "2014-01", "2021-03",
        "2022-02");
    assertThat(shown.turns()).extracting(OverviewPage.Turn::kind).contains("LEVEL", "SHOCK");
    assertThat(shown.markers()).isEqualTo(shown.turns().size());
    assertThat(shown.listed()).hasSameSizeAs(shown.turns());
    for (int i = 0; i < shown.turns().size(); i++) {
      OverviewPage.Turn turn = shown.turns().get(i);
      String item = shown.listed().get(i);
      assertThat(item).startsWith((turn.direction().equals("UP") ? "▲ " : "▼ ")
          + (turn.kind().equals("SHOCK") ? "shock " : "level ") + turn.month());
      turn.notes().forEach(note -> assertThat(item).as(turn.month()).contains(note));
    }
    assertThat(shown.turns()).filteredOn(t -> t.month().equals("2012-08")).singleElement().satisfies(t -> {
      assertThat(t.direction()).isEqualTo("DOWN");
      assertThat(t.notes()).anyMatch(n -> n.contains("Lee Myung-bak visits Dokdo"));
    });
  }

  private static YearMonth lastMonth(Path db) {
    try (EventStore store = EventStore.open(db); Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT strftime(max(event_date), '%Y-%m') FROM events")) {
      rs.next();
      return YearMonth.parse(rs.getString(1));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
