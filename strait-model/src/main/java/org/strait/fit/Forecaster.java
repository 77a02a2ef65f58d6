package org.strait.fit;

import java.util.SplittableRandom;

/**
 * A method that, given the history of a monthly series up to an origin, draws sample paths of the months that
 * follow. Implementations must read nothing beyond the history they are given, and draw only from {@code rng}.
 */
public interface Forecaster {
  /** Returns the forecaster's name, as reports show it (e.g. {@code "persistence"}). */
  String name();

  /**
   * Tells whether the forecaster is told the dated shocks of the forecast period (a conditional forecast), which
   * reports label and score apart from unconditional ones.
   */
  default boolean conditional() {
    return false;
  }

  /**
   * Draws sample paths.
   *
   * @param history the series up to and including the origin month (its last visible month)
   * @param horizon how many months after the origin to forecast (≥ 1)
   * @param samples how many paths to draw (≥ 1)
   * @param rng the only source of randomness
   * @return {@code samples} paths of {@code horizon} values; {@code [s][h-1]} is month origin + h of path s
   */
  double[][] paths(MonthlySeries history, int horizon, int samples, SplittableRandom rng);
}
