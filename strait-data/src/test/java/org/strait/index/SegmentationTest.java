package org.strait.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SegmentationTest {
  private static final double[] UNIT = {1, 1, 1, 1, 1, 1};

  @Test
  void cost_unitWeights_isTheResidualSumOfSquares() {
    Segmentation s = new Segmentation(new double[] {1, 2, 3, 10, 10, 13}, UNIT, 1);
    assertThat(s.cost(0, 3)).isCloseTo(2.0, within(1e-12));
    assertThat(s.cost(3, 6)).isCloseTo(6.0, within(1e-12));
    assertThat(s.mean(3, 6)).isCloseTo(11.0, within(1e-12));
  }

  @Test
  void changes_clearStep_splitsWhereTheLevelMoves() {
    Segmentation s = new Segmentation(new double[] {1, 2, 3, 10, 10, 13}, UNIT, 2);
    // one split at 3 costs 8 + beta; no split costs sum (y - 6.5)^2 = 30.25 + 20.25 + 3 * 12.25 + 42.25 = 129.5
    assertThat(s.changes(10)).containsExactly(3);
    assertThat(s.changes(200)).isEmpty();
    assertThat(s.bestCosts(1)[0]).isCloseTo(129.5, within(1e-9));
    assertThat(s.bestCosts(1)[1]).isCloseTo(8.0, within(1e-9));
  }

  @Test
  void changes_minimumSegment_ignoresAOnePeriodSpike() {
    double[] y = {0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0};
    double[] w = new double[y.length];
    Arrays.fill(w, 1);
    // alone, the spike saves 81 - 81/13 = 74.8 > 2 * 30; in a two-period segment with a 0 it saves at most 34.3
    assertThat(new Segmentation(y, w, 1).changes(30)).containsExactly(6, 7);
    assertThat(new Segmentation(y, w, 2).changes(30)).isEmpty();
  }

  @Test
  void bestCosts_twoChanges_matchesAnExhaustiveSearch() {
    double[] y = {0.3, -1.2, 4.1, 3.7, 5.0, 0.2, -0.4, 1.1};
    double[] w = {1, 2, 0.5, 1, 3, 1, 1, 2};
    Segmentation s = new Segmentation(y, w, 2);
    double best = Double.POSITIVE_INFINITY;
    for (int a = 2; a <= y.length - 4; a++) {
      for (int b = a + 2; b <= y.length - 2; b++) {
        best = Math.min(best, s.cost(0, a) + s.cost(a, b) + s.cost(b, y.length));
      }
    }
    assertThat(s.bestCosts(2)[2]).isCloseTo(best, within(1e-9));
  }
}
