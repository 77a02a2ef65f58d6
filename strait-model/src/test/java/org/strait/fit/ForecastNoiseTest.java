package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.strait.model.Drivers;
import org.strait.model.ShockSchedule;

/** The forecast's observation noise is the likelihood's for a headline, at the record's recent density. */
class ForecastNoiseTest {
  static final YearMonth START = YearMonth.of(2010, 1);

  static MonthlySeries constant(int n, double v) {
    return MonthlySeries.of(START, filled(n, v));
  }

  static double[] filled(int n, double v) {
    double[] x = new double[n];
    Arrays.fill(x, v);
    return x;
  }

  @Test
  void noiseFactors_bothDirectionsAtMeanCount_halfInEachOfTheLastYearsMonths() {
    FitInput in = new FitInput(constant(24, 1), constant(24, 1), constant(24, 1), constant(24, 10),
        Drivers.neutral(), ShockSchedule.none());
    assertThat(ModelForecaster.noiseFactors(Table.of(in))).containsExactly(filled(12, 0.5), within(1e-12));
  }

  @Test
  void noiseFactors_headlineOnly_readTheLastYearsCounts() {
    // the first year has 10 events a month, the last 30: mean count 20, recent weight 1.5, factor 1/1.5
    double[] counts = new double[24];
    for (int i = 0; i < 24; i++) {
      counts[i] = i < 12 ? 10 : 30;
    }
    FitInput in = new FitInput(constant(24, 1), null, null, MonthlySeries.of(START, counts), Drivers.neutral(),
        ShockSchedule.none());
    assertThat(ModelForecaster.noiseFactors(Table.of(in))).containsExactly(filled(12, 1 / 1.5), within(1e-12));
  }

  @Test
  void noiseFactors_noRecentObservation_isOne() {
    double[] y = new double[30];
    Arrays.fill(y, Double.NaN);
    y[0] = 1;
    y[5] = 2;
    FitInput in = FitInput.headline(MonthlySeries.of(START, y), Drivers.neutral(), ShockSchedule.none());
    assertThat(ModelForecaster.noiseFactors(Table.of(in))).containsExactly(1);
  }
}
