package org.strait.index;

import java.util.SplittableRandom;

/*
 * Standard normal draws by the Box–Muller transform (Box and Muller 1958), z = sqrt(-2 ln u1) cos(2 pi u2), computed
 * with StrictMath so that a seed gives the same numbers on every JVM, JIT state and thread count (Math.log and
 * RandomGenerator.nextGaussian may differ by an ulp between interpreted and compiled code).
 */
final class Gaussian {
  private Gaussian() {}

  /** Returns one standard normal draw from {@code random}. */
  static double next(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
  }
}
