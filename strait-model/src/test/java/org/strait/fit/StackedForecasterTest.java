package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StackedForecasterTest {
  @Test
  void paths_takeEachComponentInProportionToItsWeightAtEachHorizon() {
    Forecaster ones = StackingTest.normal("ones", 1, 0);
    Forecaster twos = StackingTest.normal("twos", 2, 0);
    Stacking.Weights w = new Stacking.Weights(List.of("ones", "twos"), new double[][] {{0.3, 0.7}, {1, 0}}, 10,
        YearMonth.of(2000, 1), YearMonth.of(2001, 1), new double[2][3]);
    double[][] paths = new StackedForecaster("stack", false, List.of(ones, twos), w).paths(
        MonthlySeries.of(YearMonth.of(2000, 1), new double[] {0}), 3, 500, new SplittableRandom(1));
    assertThat(Arrays.stream(paths).filter(p -> p[0] == 1).count()).isEqualTo(150);
    assertThat(Arrays.stream(paths).filter(p -> p[0] == 2).count()).isEqualTo(350);
    // horizons past the last row take its weights
    assertThat(Arrays.stream(paths).allMatch(p -> p[1] == 1 && p[2] == 1)).isTrue();
  }

  @Test
  void allocate_splitsByLargestRemainder() {
    assertThat(StackedForecaster.allocate(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, 10)).containsExactly(4, 3, 3);
    assertThat(StackedForecaster.allocate(new double[] {0, 0.55, 0.45}, 11)).containsExactly(0, 6, 5);
  }
}
