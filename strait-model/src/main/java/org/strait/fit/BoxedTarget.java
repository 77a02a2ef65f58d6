package org.strait.fit;

/**
 * A {@link Posterior.Target} that keeps its box as two arrays, {@link #lo} and {@link #hi}, which it fills when it is
 * built and does not change afterwards (copies may share them).
 */
abstract class BoxedTarget implements Posterior.Target {
  /** The box's lower corner. */
  final double[] lo;
  /** The box's upper corner. */
  final double[] hi;

  BoxedTarget(double[] lo, double[] hi) {
    this.lo = lo;
    this.hi = hi;
  }

  @Override
  public final double[] lo() {
    return lo;
  }

  @Override
  public final double[] hi() {
    return hi;
  }
}
