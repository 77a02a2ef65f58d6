package org.strait.core.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawsTest {
  @Test
  void normal_hasTheStandardMomentsAndTails() {
    // 1,000,000 draws. Expected counts from the standard normal's tail probabilities: P(Z > 2) = 0.0227501,
    // P(Z > 3) = 0.0013499, P(|Z| > 4) = 6.334e-5. Each bound is about 4 binomial sds wide (sd of the count
    // sqrt(n p (1 - p)): 149 at 2 sd, 37 at 3 sd, 8 at 4 sd); the mean's sd is 0.001 and the variance's 0.0014.
    // A variance-1 logistic (P(Z > 2) = 0.0259, P(Z > 3) = 0.0043), a variance-1 uniform (no draw beyond 1.74),
    // a skewed draw or one of the wrong scale fails at least one of them.
    SplittableRandom rng = new SplittableRandom(11);
    int n = 1_000_000;
    double sum = 0;
    double squares = 0;
    double cubes = 0;
    int[] above = new int[4];
    int[] below = new int[4];
    int beyondFour = 0;
    for (int i = 0; i < n; i++) {
      double z = Draws.normal(rng);
      sum += z;
      squares += z * z;
      cubes += z * z * z;
      for (int k = 2; k <= 3; k++) {
        above[k] += z > k ? 1 : 0;
        below[k] += z < -k ? 1 : 0;
      }
      beyondFour += Math.abs(z) > 4 ? 1 : 0;
    }
    assertThat(sum / n).isCloseTo(0, within(0.005));
    assertThat(squares / n).isCloseTo(1, within(0.006));
    assertThat(cubes / n).isCloseTo(0, within(0.015)); // sd of the mean cube: sqrt(15 / n) = 0.0039
    assertThat(above[2]).isBetween(22_150, 23_350);
    assertThat(below[2]).isBetween(22_150, 23_350);
    assertThat(above[3]).isBetween(1_200, 1_500);
    assertThat(below[3]).isBetween(1_200, 1_500);
    assertThat(beyondFour).isBetween(32, 96);
  }

  @Test
  void normal_isTheJdksZigguratOnItsStream() {
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom a = new SplittableRandom(seed);
      SplittableRandom b = new SplittableRandom(seed);
      for (int k = 0; k < 20; k++) {
        assertThat(Draws.normal(a)).isEqualTo(b.nextGaussian());
      }
      assertThat(a.nextLong()).isEqualTo(b.nextLong());
    }
  }

  @Test
  void poisson_invertsTheCumulativeDistribution() {
    // Poisson(1): P(0) = e^-1 = 0.3679, P(<=1) = 0.7358, P(<=2) = 0.9197
    assertThat(Draws.poisson(1, 0.36)).isZero();
    assertThat(Draws.poisson(1, 0.37)).isEqualTo(1);
    assertThat(Draws.poisson(1, 0.73)).isEqualTo(1);
    assertThat(Draws.poisson(1, 0.74)).isEqualTo(2);
    assertThat(Draws.poisson(1, 0.93)).isEqualTo(3);
    assertThat(Draws.poisson(0, 0.999)).isZero();
    assertThat(Draws.poisson(-1, 0.5)).isZero();
  }

  @Test
  void poisson_meanAndOneUniformPerDraw() {
    SplittableRandom rng = new SplittableRandom(3);
    int n = 200_000;
    double sum = 0;
    int zeros = 0;
    for (int i = 0; i < n; i++) {
      int k = Draws.poisson(2.5, rng);
      sum += k;
      zeros += k == 0 ? 1 : 0;
    }
    assertThat(sum / n).isCloseTo(2.5, within(0.02));
    assertThat((double) zeros / n).isCloseTo(Math.exp(-2.5), within(0.003));
    SplittableRandom a = new SplittableRandom(8);
    SplittableRandom b = new SplittableRandom(8);
    Draws.poisson(40, a);
    b.nextDouble();
    assertThat(a.nextLong()).isEqualTo(b.nextLong());
  }
}
