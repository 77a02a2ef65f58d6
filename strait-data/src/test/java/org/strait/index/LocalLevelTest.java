package org.strait.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalLevelTest {
  @Test
  void smooth_oneObservation_isTheConjugateNormalPosterior() {
    // prior N(0, 25); y = 4 with variance sigma2/n + omega2 = 8/2 + 1 = 5: mean 25*4/30, variance 25*5/30
    LocalLevel.Fit fit = LocalLevel.smooth(new double[] {4}, new double[] {2}, 8, 1, 0.5);
    assertThat(fit.mean()[0]).isCloseTo(100.0 / 30, within(1e-12));
    assertThat(fit.variance()[0]).isCloseTo(125.0 / 30, within(1e-12));
    // log N(4; 0, 30)
    assertThat(fit.logLikelihood()).isCloseTo(-0.5 * (Math.log(2 * Math.PI * 30) + 16.0 / 30), within(1e-12));
  }

  @Test
  void smooth_missingSecondPeriod_carriesTheLevelWithAddedDrift() {
    LocalLevel.Fit fit = LocalLevel.smooth(new double[] {4, Double.NaN}, new double[] {2, 0}, 8, 1, 0.5);
    assertThat(fit.mean()[1]).isCloseTo(100.0 / 30, within(1e-12));
    assertThat(fit.variance()[1]).isCloseTo(125.0 / 30 + 0.5, within(1e-12));
    assertThat(fit.mean()[0]).isCloseTo(100.0 / 30, within(1e-12));
    assertThat(fit.variance()[0]).isCloseTo(125.0 / 30, within(1e-12));
  }

  @Test
  void smooth_twoObservations_matchTheJointGaussianPosterior() {
    // mu1 ~ N(0, 25), mu2 = mu1 + eta (tau2 = 2), y1 = mu1 + e (var 4), y2 = mu2 + e (var 1):
    // posterior precision of (mu1, mu2) = [[1/25 + 1/4 + 1/2, -1/2], [-1/2, 1/2 + 1]], b = [y1/4, y2/1]
    double y1 = 3;
    double y2 = -1;
    double a = 1.0 / 25 + 0.25 + 0.5;
    double b = -0.5;
    double d = 1.5;
    double det = a * d - b * b;
    double m1 = (d * (y1 / 4) - b * y2) / det;
    double m2 = (-b * (y1 / 4) + a * y2) / det;
    // sigma2 = 4, omega2 = 0: n1 = 1 gives variance 4, n2 = 4 gives variance 1
    LocalLevel.Fit fit = LocalLevel.smooth(new double[] {y1, y2}, new double[] {1, 4}, 4, 0, 2);
    assertThat(fit.mean()[0]).isCloseTo(m1, within(1e-12));
    assertThat(fit.mean()[1]).isCloseTo(m2, within(1e-12));
    assertThat(fit.variance()[0]).isCloseTo(d / det, within(1e-12));
    assertThat(fit.variance()[1]).isCloseTo(a / det, within(1e-12));
  }

  @Test
  void pooledVariance_twoMonths_isTheClassicalPooledEstimate() {
    // month 1: scores 1, 3 (SS about mean 2 = 2); month 2: scores -2, 0, 5 (mean 1, SS = 9 + 1 + 16 = 26); one
    // single-event month does not count: (2 + 26) / (1 + 2)
    LocalDate d = LocalDate.of(2014, 1, 1);
    List<PeriodStats> periods = List.of(
        new PeriodStats(d, "s", 2, 4, 2, 0, 0, 0, 2, 2, 4, 10),
        new PeriodStats(d.plusMonths(1), "s", 3, 3, 2, 0, 1, 0, 3, 3, 3, 29),
        new PeriodStats(d.plusMonths(2), "s", 1, 7, 1, 0, 0, 0, 1, 1, 7, 49));
    assertThat(LocalLevel.pooledVariance(periods)).isCloseTo(28.0 / 3, within(1e-12));
  }

  @Test
  void pooledVariance_noPeriodWithTwoEvents_isTheDefault() {
    LocalDate d = LocalDate.of(2014, 1, 1);
    assertThat(LocalLevel.pooledVariance(List.of(PeriodStats.empty(d, null),
        new PeriodStats(d.plusMonths(1), "s", 1, 7, 1, 0, 0, 0, 1, 1, 7, 49)))).isEqualTo(25.0);
  }

  @Test
  void quantile_knownPoints_matchTheNormalTable() {
    assertThat(Normal.quantile(0.95)).isCloseTo(1.6448536269514722, within(1e-8));
    assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-8));
    assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-12));
    assertThat(Normal.quantile(0.001)).isCloseTo(-3.090232306167813, within(1e-7));
  }
}
