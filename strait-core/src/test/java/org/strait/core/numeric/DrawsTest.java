package org.strait.core.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawsTest {
  @Test
  void normal_hasTheStandardMomentsAndTails() {
    SplittableRandom rng = new SplittableRandom(11);
    int n = 200_000;
    double sum = 0;
    double squares = 0;
    int below = 0;
    for (int i = 0; i < n; i++) {
      double z = Draws.normal(rng);
      sum += z;
      squares += z * z;
      below += z < 1.959964 ? 1 : 0;
    }
    assertThat(sum / n).isCloseTo(0, within(0.01));
    assertThat(squares / n).isCloseTo(1, within(0.015));
    assertThat((double) below / n).isCloseTo(0.975, within(0.002));
  }

  @Test
  void normal_isTheFirstOfThePolarPairOnItsFirstPointInsideTheUnitDisc() {
    // Marsaglia and Bray's polar method: pairs (u, v) uniform on the square until one lies inside the unit disc;
    // the draw is u·sqrt(-2 ln s / s) of that pair, and the stream is left just after it (no second value is kept).
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom a = new SplittableRandom(seed);
      SplittableRandom b = new SplittableRandom(seed);
      double z = Draws.normal(a);
      double u;
      double s;
      do {
        u = 2 * b.nextDouble() - 1;
        double v = 2 * b.nextDouble() - 1;
        s = u * u + v * v;
      } while (s >= 1 || s == 0);
      assertThat(z).isEqualTo(u * Math.sqrt(-2 * Math.log(s) / s));
      assertThat(a.nextLong()).isEqualTo(b.nextLong());
    }
  }

  @Test
  void fastNormal_isTheJdksZigguratOnItsStream_withTheStandardMomentsAndTails() {
    for (long seed = 0; seed < 50; seed++) {
      SplittableRandom a = new SplittableRandom(seed);
      SplittableRandom b = new SplittableRandom(seed);
      assertThat(Draws.fastNormal(a)).isEqualTo(b.nextGaussian());
      assertThat(a.nextLong()).isEqualTo(b.nextLong());
    }
    // P(|Z| > 3) = 0.0026998, so 1,000,000 draws hold about 2,700 (binomial sd about 52)
    SplittableRandom rng = new SplittableRandom(5);
    int n = 1_000_000;
    int far = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double z = Draws.fastNormal(rng);
      far += Math.abs(z) > 3 ? 1 : 0;
      squares += z * z;
    }
    assertThat(far).isBetween(2_540, 2_860);
    assertThat(squares / n).isCloseTo(1, within(0.006));
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
