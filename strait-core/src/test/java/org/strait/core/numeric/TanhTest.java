package org.strait.core.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TanhTest {
  /** Dense grids: 0 and tiny values, every branch boundary, moderate values and far into the saturated tails. */
  private static double[] grid() {
    int n = 0;
    double[] xs = new double[2_000_000];
    for (int k = -1074; k <= 0; k++) {
      xs[n++] = Math.scalb(1.0, k);
      xs[n++] = Math.scalb(1.7, k);
    }
    for (int i = 0; i <= 1_200_000; i++) {
      xs[n++] = i * 2.5e-5; // 0 .. 30, through 1/16 and 22
    }
    for (double edge : new double[] {0x1p-28, 0.0625, 22}) {
      for (int i = -200; i <= 200; i++) {
        xs[n++] = edge + i * Math.ulp(edge);
      }
    }
    for (double x = 30; x < 1e300; x *= 3.7) {
      xs[n++] = x;
    }
    xs[n++] = Double.MAX_VALUE;
    return java.util.Arrays.copyOf(xs, n);
  }

  @Test
  void isWithinFourTenthsOfAQuadrillionthOfStrictMathAndRelativelyWithin4eMinus15() {
    double maxAbs = 0;
    double maxRel = 0;
    double maxRelTiny = 0;
    for (double x : grid()) {
      double want = StrictMath.tanh(x);
      double got = Tanh.of(x);
      double abs = Math.abs(got - want);
      maxAbs = Math.max(maxAbs, abs);
      if (x != 0) {
        double rel = abs / Math.abs(want);
        if (x >= 1e-3) {
          maxRel = Math.max(maxRel, rel);
        } else {
          maxRelTiny = Math.max(maxRelTiny, rel);
        }
      }
    }
    assertThat(maxAbs).as("max absolute error").isLessThanOrEqualTo(4e-16);
    assertThat(maxRel).as("max relative error, x >= 1e-3").isLessThanOrEqualTo(4e-15);
    // below 1e-3 the series (or x itself below 2^-28) keeps the value to about an ulp of itself
    assertThat(maxRelTiny).as("max relative error, 0 < x < 1e-3").isLessThanOrEqualTo(3e-16);
  }

  @Test
  void isExactlyOddAndKeepsZeroSignNaNAndSaturation() {
    for (double x : grid()) {
      assertThat(Double.doubleToRawLongBits(Tanh.of(-x))).as("tanh(-%s)", x)
          .isEqualTo(Double.doubleToRawLongBits(-Tanh.of(x)));
    }
    assertThat(Double.doubleToRawLongBits(Tanh.of(-0.0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(Tanh.of(0.0)).isEqualTo(0.0);
    assertThat(Tanh.of(Double.NaN)).isNaN();
    assertThat(Tanh.of(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(Tanh.of(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
    assertThat(Tanh.of(19.0)).isEqualTo(StrictMath.tanh(19.0)).isLessThan(1.0);
  }
}
