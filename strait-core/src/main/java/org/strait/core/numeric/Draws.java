package org.strait.core.numeric;

import java.util.SplittableRandom;

/**
 * Random draws from a {@link SplittableRandom}, the one implementation of each that the model, the fit, the index
 * and bargaining share, so that a seed gives the same numbers on every thread count.
 *
 * <p>Normal draws by the JDK's ziggurat ({@link SplittableRandom#nextGaussian()}, McFarland 2016; the same algorithm
 * in every JDK from 17 on): mostly one {@code long} of the stream and no logarithm, so the ensemble's step, which
 * draws three normals a run-month, keeps its speed (bench/README.md, "One normal draw"). It replaced both the
 * polar method the fit, the index and bargaining drew by and the separate {@code fastNormal} of the step (issue
 * 15); the streams of the fit, the index and bargaining moved with it. Poisson draws by inversion of one uniform
 * (sequential search of the cumulative distribution, at most 1,000 steps), so that a draw costs exactly one uniform
 * of the stream.
 */
public final class Draws {
  /** The most terms the Poisson inversion adds: a draw is at most this count. */
  public static final int POISSON_CAP = 1000;

  private Draws() {}

  /** Returns one standard normal draw from {@code random} by the JDK's ziggurat ({@link SplittableRandom#nextGaussian()}). */
  public static double normal(SplittableRandom random) {
    return random.nextGaussian();
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
