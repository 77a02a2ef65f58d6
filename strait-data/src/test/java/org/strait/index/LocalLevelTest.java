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
    LocalLevel.Smoothed fit = LocalLevel.smooth(new double[] {4}, new double[] {5}, new double[] {0});
    assertThat(fit.mean()[0]).isCloseTo(100.0 / 30, within(1e-12));
    assertThat(fit.variance()[0]).isCloseTo(125.0 / 30, within(1e-12));
    // log N(4; 0, 30)
    assertThat(fit.logLikelihood()).isCloseTo(-0.5 * (Math.log(2 * Math.PI * 30) + 16.0 / 30), within(1e-12));
  }

  @Test
  void smooth_missingSecondPeriod_carriesTheLevelWithAddedDrift() {
    LocalLevel.Smoothed fit = LocalLevel.smooth(new double[] {4, Double.NaN}, new double[] {5, 0},
        new double[] {0, 0.5});
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
    LocalLevel.Smoothed fit = LocalLevel.smooth(new double[] {y1, y2}, new double[] {4, 1}, new double[] {0, 2});
    assertThat(fit.mean()[0]).isCloseTo(m1, within(1e-12));
    assertThat(fit.mean()[1]).isCloseTo(m2, within(1e-12));
    assertThat(fit.variance()[0]).isCloseTo(d / det, within(1e-12));
    assertThat(fit.variance()[1]).isCloseTo(a / det, within(1e-12));
  }

  @Test
  void smooth_outlierInTheMiddle_hasTheLargestObservationResidualAndAShiftHasTheLargestLevelResidual() {
    double[] h = new double[30];
    double[] q = new double[30];
    java.util.Arrays.fill(h, 0.25);
    java.util.Arrays.fill(q, 0.001);
    double[] y = new double[30];
    y[10] = 3;
    for (int t = 20; t < 30; t++) {
      y[t] = -2;
    }
    LocalLevel.Smoothed fit = LocalLevel.smooth(y, h, q);
    int outlier = 0;
    int shift = 1;
    for (int t = 1; t < 30; t++) {
      outlier = Math.abs(fit.outlier()[t]) > Math.abs(fit.outlier()[outlier]) ? t : outlier;
      shift = Math.abs(fit.shift()[t]) > Math.abs(fit.shift()[shift]) ? t : shift;
    }
    assertThat(outlier).isEqualTo(10);
    assertThat(shift).isEqualTo(20);
    assertThat(fit.shift()[20]).isNegative();
  }

  @Test
  void samplingVariance_oneExtremeEventInAThinMonth_widensItsIntervalButStaysBelowThePooledTail() {
    // four events at 3.0 and one "use conventional military force" (-10): mean 0.4, own variance 27.04;
    // shrunk with 4 pseudo-events of sigma2 = 9: (5 * 27.04 + 36) / (4 + 4) / 5 = 4.28
    double quiet = LocalLevel.samplingVariance(5, 0, 9);
    double extreme = LocalLevel.samplingVariance(5, 27.04, 9);
    assertThat(quiet).isCloseTo(36.0 / 8 / 5, within(1e-12));
    assertThat(extreme).isCloseTo((5 * 27.04 + 36) / 8 / 5, within(1e-12));
    // a single event is known only as well as the series' spread allows: sigma2 / 1
    assertThat(LocalLevel.samplingVariance(1, 0, 9)).isCloseTo(9, within(1e-12));
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
