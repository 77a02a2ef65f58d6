package org.strait.fit;

import java.time.YearMonth;
import org.strait.core.Require;

/**
 * The Kalman filter's estimate of the latent level of the relation (the mean of the two directed temperatures)
 * after a month, given every observation up to it: where a forecast or a scenario from that month starts.
 *
 * @param month the last month the filter saw
 * @param mean the filtered mean of the level
 * @param sd its filtered standard deviation
 */
public record FilteredLevel(YearMonth month, double mean, double sd) {
  /** Checks the values. */
  public FilteredLevel {
    Require.nonNull(month, "month");
    Require.finite(mean, "filtered level");
    Require.argument(sd >= 0 && Double.isFinite(sd), "filtered level sd must be finite and non-negative, was %s", sd);
  }

  /** Returns the level of the filtered state {@code f} after {@code month}. */
  static FilteredLevel of(YearMonth month, StateSpace.Filtered f) {
    double variance = (f.p11 + 2 * f.p12 + f.p22) / 4;
    return new FilteredLevel(month, (f.mJk + f.mKj) / 2, Math.sqrt(Math.max(0, variance)));
  }
}
