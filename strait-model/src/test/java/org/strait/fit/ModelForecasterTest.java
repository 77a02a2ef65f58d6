package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strait.model.MechanismId;

class ModelForecasterTest {
  private static final YearMonth START = YearMonth.of(2005, 1);
  private static final YearMonth ORIGIN = YearMonth.of(2008, 12);
  private static final Set<MechanismId> SOME = EnumSet.of(MechanismId.M1, MechanismId.M6, MechanismId.M8);
  private static FitInput data;
  private static FitResult fit;

  @BeforeAll
  static void fitFourYears() {
    data = Synthetic.generate(Synthetic.recoveryTruth(), SOME, START, 60, true, 21);
    fit = Calibration.fit(data.until(ORIGIN), SOME, FitSpace.defaults(), 22);
  }

  private static double[][] paths(FitResult f, long seed) {
    ModelForecaster forecaster = new ModelForecaster("model", f, data, true);
    return forecaster.paths(data.index().until(ORIGIN), 12, 4_000, new SplittableRandom(seed));
  }

  private static double sdAt(double[][] paths, int h) {
    double mean = 0;
    for (double[] p : paths) {
      mean += p[h - 1];
    }
    mean /= paths.length;
    double ss = 0;
    for (double[] p : paths) {
      ss += (p[h - 1] - mean) * (p[h - 1] - mean);
    }
    return Math.sqrt(ss / (paths.length - 1));
  }

  /** Four years of data leave the parameters uncertain: forecasts that carry it are wider than those at the mode. */
  @Test
  void paths_withPosteriorDraws_areWiderThanAtTheMode() {
    assertThat(fit.posterior().size()).isEqualTo(PosteriorSample.KEPT);
    double predictive = sdAt(paths(fit, 3), 12);
    double plugIn = sdAt(paths(fit.atMode(), 3), 12);
    assertThat(predictive).isGreaterThan(1.05 * plugIn);
  }

  @Test
  void paths_sameSeed_samePaths() {
    assertThat(paths(fit, 4)).isDeepEqualTo(paths(fit, 4));
    assertThat(paths(fit, 5)[0]).isNotEqualTo(paths(fit, 4)[0]);
  }
}
