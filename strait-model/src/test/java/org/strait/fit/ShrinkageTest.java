package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShrinkageTest {
  /** Ranges and plausible sizes of the catalogue's key parameters (M1.beta, M6.beta, M3.beta, M9.damping). */
  private static final double[][] RANGES = {{-1, 1, 0.2121}, {0, 3, 0.1414}, {-20, 20, 4.2426}, {0, 1, 0.2887}};

  @Test
  void score_roundTrip_returnsTheParameter() {
    for (double[] r : RANGES) {
      double previous = Double.NEGATIVE_INFINITY;
      for (double f : new double[] {-1, -0.5, -0.01, -1e-5, -1e-9, 0, 1e-9, 1e-5, 0.01, 0.3, 0.9, 0.999}) {
        double beta = f < 0 ? -f * r[0] : f * r[1];
        double v = Shrinkage.Score.of(r[0], r[1], r[2]).score(beta);
        assertThat(v).isGreaterThanOrEqualTo(previous);
        previous = v;
        if (Double.isFinite(v)) {
          assertThat(Shrinkage.Score.of(r[0], r[1], r[2]).value(v))
              .isCloseTo(beta, within(1e-9 * Math.max(Math.abs(beta), 1e-6) + 1e-15));
        }
      }
    }
  }

  /**
   * Draws from the horseshoe by its definition (local scale from the half-Cauchy, then a normal: not the table the
   * transform integrates), kept within a range: their scores must be standard logistic (sd π/√3, 5% quantile
   * log(0.05/0.95) = -2.944).
   */
  @Test
  void score_ofPriorDraws_isStandardLogistic() {
    SplittableRandom rng = new SplittableRandom(5);
    for (double[] r : RANGES) {
      double[] v = new double[100_000];
      for (int i = 0; i < v.length; ) {
        double beta = r[2] * Shrinkage.draw(rng);
        beta = r[0] == 0 ? Math.abs(beta) : beta;
        if (beta >= r[0] && beta <= r[1]) {
          v[i++] = Shrinkage.Score.of(r[0], r[1], r[2]).score(beta);
        }
      }
      Arrays.sort(v);
      double mean = Arrays.stream(v).average().orElseThrow();
      double var = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1);
      assertThat(mean).isCloseTo(0, within(0.03));
      assertThat(Math.sqrt(var)).isCloseTo(Math.PI / Math.sqrt(3), within(0.03));
      assertThat(v[v.length / 20]).isCloseTo(-2.944, within(0.05));
      assertThat(v[v.length / 2]).isCloseTo(0, within(0.03));
      assertThat(v[v.length - v.length / 20]).isCloseTo(2.944, within(0.05));
    }
  }

  /** dβ/dv by central differences over exp(logJacobian) is the same constant all along the line. */
  @Test
  void logJacobian_isTheDerivativeOfTheInverse_upToAConstant() {
    for (double[] r : RANGES) {
      double ratio = Double.NaN;
      for (double v : new double[] {-6, -3, -1, -0.3, 0.2, 0.7, 1.5, 4}) {
        double h = 1e-5;
        Shrinkage.Score map = Shrinkage.Score.of(r[0], r[1], r[2]);
        double beta = map.value(v);
        double slope = (map.value(v + h) - map.value(v - h)) / (2 * h);
        double q = slope / Math.exp(map.logJacobian(v, beta));
        if (Double.isNaN(ratio)) {
          ratio = q;
        }
        assertThat(q / ratio).as("range %s at v %s", Arrays.toString(r), v).isCloseTo(1, within(1e-3));
      }
    }
  }
}
