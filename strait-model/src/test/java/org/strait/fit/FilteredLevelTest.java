package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strait.model.MechanismId;

class FilteredLevelTest {
  /** The level is the mean of the two directions; its variance is a quarter of the sum of the 2×2 covariance. */
  @Test
  void of_filteredState_averagesTheDirections() {
    StateSpace.Filtered f = new StateSpace.Filtered();
    f.mJk = 1;
    f.mKj = 3;
    f.p11 = 1;
    f.p12 = 0.5;
    f.p22 = 2;
    FilteredLevel level = FilteredLevel.of(YearMonth.of(2014, 12), f);
    assertThat(level.mean()).isEqualTo(2.0);
    assertThat(level.sd()).isCloseTo(1.0, within(1e-12)); // (1 + 2·0.5 + 2) / 4 = 1
  }

  /**
   * With little observation noise the filter knows the state: the fit's level after the last month is near the mean
   * of the two directions observed in it, and no less certain than that mean itself (sd at most √(s² + r²/2), s and
   * r the fitted floor and count-dependent part of the observation noise: the filter adds the history's information
   * to the month's).
   */
  @Test
  void fit_nearlyNoiselessSeries_levelIsTheLastObservation() {
    Map<String, Double> truth = Synthetic.recoveryTruth();
    truth.put(FitSpace.OBSERVATION_NOISE.name(), 0.02);
    truth.put(FitSpace.OBSERVATION_FLOOR.name(), 0.0);
    EnumSet<MechanismId> some = EnumSet.of(MechanismId.M1, MechanismId.M8);
    FitInput in = Synthetic.generate(truth, some, YearMonth.of(2005, 1), 60, true, 41);
    FitResult fit = Calibration.fit(in, some, FitSpace.defaults(), 42, PosteriorSettings.LAPLACE);
    YearMonth last = YearMonth.of(2009, 12);
    double observed = (in.jpnToKor().get(last) + in.korToJpn().get(last)) / 2;
    assertThat(fit.level().month()).isEqualTo(last);
    double r = fit.values().get(FitSpace.OBSERVATION_NOISE.name());
    double s = fit.values().get(FitSpace.OBSERVATION_FLOOR.name());
    assertThat(r).isLessThan(0.3);
    assertThat(s).isLessThan(0.3);
    double month = Math.sqrt(s * s + r * r / 2);
    assertThat(fit.level().sd()).isLessThanOrEqualTo(month + 1e-12);
    assertThat(fit.level().mean()).isCloseTo(observed, within(3 * month));
  }
}
