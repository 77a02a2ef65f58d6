package org.strait.core.numeric;

import java.util.SplittableRandom;

/**
 * Random draws from a {@link SplittableRandom}, the one implementation of each that the model, the fit, the index
 * and bargaining share, computed so that a seed gives the same numbers on every JVM, JIT state and thread count.
 *
 * <p>Normal draws by the Box–Muller transform (Box and Muller 1958), {@code z = sqrt(-2 ln u1) cos(2 pi u2)} from two
 * uniforms, with {@link StrictMath} ({@code Math.log} and {@code RandomGenerator.nextGaussian} may differ by an ulp
 * between interpreted and compiled code). Poisson draws by inversion of one uniform (sequential search of the
 * cumulative distribution, at most 1,000 steps), so that a draw costs exactly one uniform of the stream.
 */
public final class Draws {
  /** The most terms the Poisson inversion adds: a draw is at most this count. */
  public static final int POISSON_CAP = 1000;

  private Draws() {}

  /** Returns one standard normal draw from {@code random} (two uniforms). */
  public static double normal(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
  }

  /** Returns one Poisson(λ) draw from {@code random} (one uniform); 0 when λ is not positive. */
  public static int poisson(double lambda, SplittableRandom random) {
    return poisson(lambda, random.nextDouble());
  }

  /** Returns the Poisson(λ) count of uniform {@code u} by inversion; 0 when λ is not positive. */
  public static int poisson(double lambda, double u) {
    return poisson(lambda, Math.exp(-lambda), u);
  }

  /** Returns the Poisson(λ) count of uniform {@code u} by inversion, given {@code e^-λ} (for a λ used often). */
  public static int poisson(double lambda, double expMinusLambda, double u) {
    if (lambda <= 0) {
      return 0;
    }
    double term = expMinusLambda;
    double cdf = term;
    int k = 0;
    while (u > cdf && k < POISSON_CAP) {
      k++;
      term *= lambda / k;
      cdf += term;
    }
    return k;
  }
}
