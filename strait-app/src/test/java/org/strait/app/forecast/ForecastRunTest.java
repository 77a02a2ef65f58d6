package org.strait.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.app.fit.StoreFit;
import org.strait.app.fit.StoreFixture;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.store.EventStore;

/** The forecast's paths and reports on one fit of the shared ICEWS sample's last two years. */
class ForecastRunTest {
  private static final YearMonth START = YearMonth.of(2013, 1);
  private static final YearMonth END = YearMonth.of(2014, 12);

  @TempDir static Path dir;
  static StoreFit fit;

  @BeforeAll
  static void fitOnce() throws Exception {
    Path db = StoreFixture.icewsSample(dir.resolve("sample.duckdb"));
    try (EventStore store = EventStore.open(db)) {
      fit = StoreFit.run(store.reader(), START, END, 5);
    }
  }

  @Test
  void draw_sameSeed_sameCsvOnOneAndTwoThreads() throws Exception {
    Path one = Files.createDirectories(dir.resolve("one"));
    Path two = Files.createDirectories(dir.resolve("two"));
    Path other = Files.createDirectories(dir.resolve("other"));
    ForecastCsv.write(new ForecastRun(fit, ForecastRun.draw(fit, 12, 100, 11, 1), null, 100, 11), one);
    ForecastCsv.write(new ForecastRun(fit, ForecastRun.draw(fit, 12, 100, 11, 2), null, 100, 11), two);
    ForecastCsv.write(new ForecastRun(fit, ForecastRun.draw(fit, 12, 100, 12, 2), null, 100, 12), other);
    String a = Files.readString(one.resolve(ForecastCsv.FILE));
    assertThat(a.lines()).hasSize(1 + 4 * 12);
    assertThat(Files.readString(two.resolve(ForecastCsv.FILE))).isEqualTo(a);
    // the seed does matter: another one draws other paths (the check above could fail)
    assertThat(Files.readString(other.resolve(ForecastCsv.FILE))).isNotEqualTo(a);
  }

  @Test
  void draw_everyForecaster_startsTheMonthAfterTheWindowWithItsOwnName() {
    List<EnsembleResult> fans = ForecastRun.draw(fit, 3, 20, 1, 2);
    assertThat(fans).extracting(EnsembleResult::scenarioId)
        .containsExactly("model (unconditional)", "climatology", "persistence", "ar1");
    for (EnsembleResult f : fans) {
      assertThat(f.month(0)).isEqualTo(YearMonth.of(2015, 1));
      assertThat(f.months()).isEqualTo(3);
      assertThat(f.runs()).isEqualTo(20);
    }
  }

  @Test
  void summarise_fivePaths_quantilesInterpolateOrderStatistics() {
    // month 1 holds 5, 1, 4, 2, 3: sorted 1..5, level p sits at position 4p (Hyndman and Fan's definition 7)
    double[][] paths = {{5, 0}, {1, 0}, {4, 0}, {2, 0}, {3, 10}};
    EnsembleResult e = ForecastRun.summarise("x", 1, YearMonth.of(2020, 1), paths);
    assertThat(e.quantile(0, 0)).isCloseTo(1.2, within(1e-12));
    assertThat(e.quantile(1, 0)).isCloseTo(2.0, within(1e-12));
    assertThat(e.quantile(2, 0)).isCloseTo(3.0, within(1e-12));
    assertThat(e.quantile(3, 0)).isCloseTo(4.0, within(1e-12));
    assertThat(e.quantile(4, 0)).isCloseTo(4.8, within(1e-12));
    assertThat(e.mean()[0]).isCloseTo(3.0, within(1e-12));
    // month 2 holds 0, 0, 0, 0, 10: the 95% level sits at 3.8, between 0 and 10
    assertThat(e.quantile(4, 1)).isCloseTo(8.0, within(1e-12));
    assertThat(e.quantile(2, 1)).isZero();
  }

  @Test
  void markdown_windowTooShortToBacktest_saysSoAndTabulatesEveryForecaster() {
    ForecastRun run = new ForecastRun(fit, ForecastRun.draw(fit, 6, 50, 2, 1), null, 50, 2);
    String md = ForecastReports.markdown(run, new YearMonth[] {YearMonth.of(2005, 1), END}, List.of());
    assertThat(md).contains("- data span: 2005-01 .. 2014-12", "- training window: 2013-01 .. 2014-12",
        "- forecast: 2015-01 .. 2015-06 (6 months), 50 paths per forecaster", "- seed: 2",
        "This forecast is unconditional", "sampling-noisy",
        "Not backtested: the training window holds 24 months, and a backtest on its last 24 needs at least 48");
    // months 1, 3 and 6 are within the forecast; 12 and 24 are not
    for (String name : List.of("model (unconditional)", "climatology", "persistence", "ar1")) {
      assertThat(md).contains("| " + name + " | 2015-01 | 1 |", "| " + name + " | 2015-06 | 6 |")
          .doesNotContain("| " + name + " | 2015-12 |");
    }
    assertThat(md).contains("At 6 months (2015-06)");
  }
}
