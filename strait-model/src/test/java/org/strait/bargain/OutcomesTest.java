package org.strait.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomesTest {

  @Test
  void weightedMedian_majorityWeight_isThatValue() {
    assertThat(Outcomes.weightedMedian(new double[] {10, 50, 90}, new double[] {1, 5, 1})).isEqualTo(50);
    assertThat(Outcomes.weightedMedian(new double[] {90, 10, 50}, new double[] {4, 1, 1})).isEqualTo(90);
  }

  @Test
  void weightedMedian_exactHalf_isMidpointOfNeighbours() {
    // cumulative weight 2 of 4 reaches exactly half at 0: the midpoint of 0 and 50
    assertThat(Outcomes.weightedMedian(new double[] {0, 50, 100}, new double[] {2, 1, 1})).isEqualTo(25);
    assertThat(Outcomes.weightedMedian(new double[] {20, 80}, new double[] {1, 1})).isEqualTo(50);
  }

  @Test
  void weightedMean_handComputed() {
    // (10*1 + 40*3) / 4 = 32.5
    assertThat(Outcomes.weightedMean(new double[] {10, 40}, new double[] {1, 3})).isCloseTo(32.5, within(1e-12));
  }

  @Test
  void weightedMedian_allZeroWeights_isRejected() {
    assertThatThrownBy(() -> Outcomes.weightedMedian(new double[] {1, 2}, new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero");
  }

  @Test
  void baseline_isCapabilityTimesSalienceWeightedMeanOfInitialPositions() {
    Dispute d = Fixtures.oneDimension(Fixtures.actor("A", 2, 0, 50), Fixtures.actor("B", 1, 100, 100));
    // weights 2*50 = 100 and 1*100 = 100: the baseline is 50
    assertThat(Outcomes.baseline(d, 0)).isCloseTo(50, within(1e-12));
  }

  @Test
  void dispute_dimensionNobodyCaresAbout_isRejected() {
    assertThatThrownBy(() -> Fixtures.oneDimension(Fixtures.actor("A", 1, 0, 0), Fixtures.actor("B", 1, 10, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no stakeholder");
  }

  @Test
  void spreadAndSettled_handComputed() {
    Dispute d = Fixtures.oneDimension(Fixtures.actor("A", 1, 0, 100), Fixtures.actor("B", 1, 100, 100),
        Fixtures.actor("C", 2, 50, 100));
    // final positions 40, 60, 50 with weights 1, 1, 2: median 50, weighted mean |distance| = (10 + 10) / 4 = 5
    BargainRun run = BargainRun.of(d, "test", List.of(new double[][] {{0}, {100}, {50}},
        new double[][] {{40}, {60}, {50}}), true);
    assertThat(run.median(0)).isEqualTo(50);
    assertThat(run.spread(0)).isCloseTo(5, within(1e-12));
    assertThat(run.settled(5)).isTrue();
    assertThat(run.settled(4.9)).isFalse();
    assertThat(BargainOutcome.of(run, 0).status()).isEqualTo(BargainOutcome.Status.SETTLED);
  }
}
