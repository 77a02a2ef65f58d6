package org.strait.core.numeric;

/**
 * The hyperbolic tangent built on the JIT's intrinsic {@link Math#exp}, for the ensemble's monthly step only.
 *
 * <p>On JDK 17 {@link Math#tanh} delegates to {@link StrictMath#tanh}, a native fdlibm call, and the step calls it
 * three times a run-month. Here, with {@code a = |x|}: {@code a < 2^-28} returns {@code x} (tanh(x) = x to within
 * an ulp); {@code a < 1/16} sums the Taylor series {@code x - x³/3 + 2x⁵/15 - ... + 21844x¹³/6081075} (truncation
 * below 1e-19 of the value); {@code a > 22} returns ±1 (tanh(22) rounds to 1); else {@code 1 - 2/(e^{2a} + 1)}. The
 * sign is copied from {@code x}, so the function is exactly odd ({@code -0.0} and NaN pass through). Against
 * {@link StrictMath#tanh} the absolute error is at most 4e-16 and the relative error at most 4e-15
 * ({@code TanhTest}): not the correctly rounded value, so results differ from {@link Math#tanh}'s in the last bits.
 * The fit keeps {@link Math#tanh}, whose figures are pinned.
 */
public final class Tanh {
  private static final double TINY = 0x1p-28;
  private static final double SERIES_BELOW = 0.0625;
  private static final double ONE_ABOVE = 22;
  private static final double C3 = -1.0 / 3;
  private static final double C5 = 2.0 / 15;
  private static final double C7 = -17.0 / 315;
  private static final double C9 = 62.0 / 2835;
  private static final double C11 = -1382.0 / 155925;
  private static final double C13 = 21844.0 / 6081075;

  private Tanh() {}

  /** Returns the hyperbolic tangent of {@code x} (see the class comment for its accuracy). */
  public static double of(double x) {
    double a = Math.abs(x);
    if (a < TINY) {
      return x;
    }
    double r;
    if (a < SERIES_BELOW) {
      double z = a * a;
      r = a + a * z * (C3 + z * (C5 + z * (C7 + z * (C9 + z * (C11 + z * C13)))));
    } else if (a > ONE_ABOVE) {
      r = 1;
    } else {
      r = 1 - 2 / (Math.exp(2 * a) + 1);
    }
    return Math.copySign(r, x);
  }
}
