package org.strait.core.numeric;

import java.util.SplittableRandom;

/**
 * Random draws from a {@link SplittableRandom}, the one implementation of each that the model, the fit, the index
 * and bargaining share, so that a seed gives the same numbers on every thread count.
 *
 * <p>Normal draws by the polar method (Marsaglia and Bray 1964): pairs of uniforms {@code u, v} on (-1, 1) until
 * {@code 0 < s = u² + v² < 1}, then {@code z = u·sqrt(-2 ln s / s)}; the second normal of the pair is not kept, so a
 * draw depends on its stream alone. This is the draw the fit always made (its seeded results did not change when
 * the model's {@code nextGaussian} and the index's and bargaining's Box–Muller draws were replaced by it). Poisson
 * draws by inversion of one uniform (sequential search of the cumulative distribution, at most 1,000 steps), so that
 * a draw costs exactly one uniform of the stream.
 */
public final class Draws {
  /** The most terms the Poisson inversion adds: a draw is at most this count. */
  public static final int POISSON_CAP = 1000;

  private Draws() {}

  /** Returns one standard normal draw from {@code random} (two uniforms, or a multiple of two: 4/π pairs on average). */
  public static double normal(SplittableRandom random) {
    double u;
    double v;
    double s;
    do {
      u = 2 * random.nextDouble() - 1;
      v = 2 * random.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    return u * Math.sqrt(-2 * Math.log(s) / s);
  }

  /**
   * Returns one standard normal draw from {@code random} by the JDK's ziggurat ({@link SplittableRandom#nextGaussian()},
   * McFarland 2016; the same algorithm in every JDK from 17 on), for the ensemble's monthly step only. It avoids
   * {@link #normal}'s logarithm and rejection loop, and the step draws three normals a run-month: with
   * {@link #normal} there the ensemble fell from 5.1 to 4.2 M run-months a second on 2 cores (bench/README.md).
   * The fit, the index and bargaining keep {@link #normal}, whose streams their documented figures are pinned to.
   */
  public static double fastNormal(SplittableRandom random) {
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
