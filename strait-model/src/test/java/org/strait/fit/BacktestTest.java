package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.strait.core.numeric.Draws;

class BacktestTest {
  static final YearMonth START = YearMonth.of(2000, 1);

  static MonthlySeries randomWalk(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] y = new double[n];
    for (int i = 1; i < n; i++) {
      y[i] = y[i - 1] + Draws.normal(rng);
    }
    return MonthlySeries.of(START, y);
  }

  static MonthlySeries noise(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = Draws.normal(rng);
    }
    return MonthlySeries.of(START, y);
  }

  static BacktestSettings settings(long seed) {
    return new BacktestSettings(START.plusMonths(60), START.plusMonths(200), BacktestSettings.STANDARD_HORIZONS,
        200, seed);
  }

  @Test
  void run_randomWalk_persistenceBeatsClimatology() {
    BacktestResult r = Backtest.run(randomWalk(240, 3), Baselines.all(), settings(7));
    assertThat(r.skill("persistence", "climatology", 1)).get().asInstanceOf(
        org.assertj.core.api.InstanceOfAssertFactories.DOUBLE).isGreaterThan(0.3);
  }

  @Test
  void run_whiteNoise_climatologyBeatsPersistence_andIsCalibrated() {
    BacktestResult r = Backtest.run(noise(240, 5), Baselines.all(), settings(7));
    assertThat(r.skill("persistence", "climatology", 1)).get().asInstanceOf(
        org.assertj.core.api.InstanceOfAssertFactories.DOUBLE).isLessThan(0);
    HorizonScore clim = r.score("climatology", 3).orElseThrow();
    assertThat(clim.coverage90()).isCloseTo(0.9, within(0.07));
    // 141 targets: a share's binomial sd is 0.042 at 0.5, so ±0.15 is 3.5 sd. Of this series' targets 57 (0.40)
    // lie inside the quartiles of the months before them, so the draws cannot do much better than 0.40 here.
    assertThat(clim.coverage50()).isCloseTo(0.5, within(0.15));
    assertThat(clim.pit().stream().mapToInt(Integer::intValue).sum()).isEqualTo(clim.n());
  }

  @Test
  void run_sameSeed_sameScores_otherSeed_differs() {
    MonthlySeries s = randomWalk(120, 1);
    BacktestSettings a = new BacktestSettings(START.plusMonths(24), START.plusMonths(100), List.of(1, 6), 50, 11);
    BacktestSettings b = new BacktestSettings(START.plusMonths(24), START.plusMonths(100), List.of(1, 6), 50, 12);
    assertThat(Backtest.run(s, Baselines.all(), a).scores()).isEqualTo(Backtest.run(s, Baselines.all(), a).scores());
    assertThat(Backtest.run(s, Baselines.all(), a).scores()).isNotEqualTo(Backtest.run(s, Baselines.all(), b).scores());
  }

  @Test
  void run_forecasterThatLooksAhead_isRefused() {
    Forecaster cheat = new Forecaster() {
      @Override
      public String name() {
        return "cheat";
      }

      @Override
      public double[][] paths(MonthlySeries history, int horizon, int samples, SplittableRandom rng) {
        double[][] paths = new double[samples][horizon];
        paths[0][0] = history.get(history.end().plusMonths(1));
        return paths;
      }
    };
    assertThatThrownBy(() -> Backtest.run(randomWalk(240, 1), List.of(cheat), settings(1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("look-ahead refused");
  }

  @Test
  void ar1_knownProcess_recoversCoefficient() {
    SplittableRandom rng = new SplittableRandom(9);
    double[] y = new double[3000];
    for (int i = 1; i < y.length; i++) {
      y[i] = 0.5 + 0.7 * y[i - 1] + 0.3 * Draws.normal(rng);
    }
    double[] fit = Baselines.Ar1.fit(MonthlySeries.of(START, y));
    assertThat(fit[1]).isCloseTo(0.7, within(0.04));
    assertThat(fit[0] / (1 - fit[1])).isCloseTo(0.5 / 0.3, within(0.1));
    assertThat(fit[2]).isCloseTo(0.3, within(0.02));
  }

  @Test
  void until_hidesLaterMonths_evenFromWiderViews() {
    MonthlySeries s = MonthlySeries.of(START, new double[] {1, 2, Double.NaN, 4});
    MonthlySeries cut = s.until(START.plusMonths(1));
    assertThat(cut.values()).containsExactly(1, 2);
    assertThat(cut.until(START.plusMonths(3)).length()).isEqualTo(2);
    assertThatThrownBy(() -> cut.get(START.plusMonths(2))).hasMessageContaining("look-ahead refused");
    assertThat(s.observed()).containsExactly(1, 2, 4);
  }
}
