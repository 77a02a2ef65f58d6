package org.strait.index;

import org.strait.core.Require;

/**
 * One period of a relation index: the period's de-duplicated events and the smoothed level of the relation with
 * its interval.
 *
 * @param stats the period's counts and sums
 * @param label the period's label, {@code YYYY-MM} or the Monday {@code YYYY-MM-DD}
 * @param index the posterior mean of the level (Goldstein points, -10 to 10)
 * @param sd the posterior standard deviation of the level
 * @param lower the lower end of the interval
 * @param upper the upper end of the interval
 */
public record IndexPoint(PeriodStats stats, String label, double index, double sd, double lower, double upper) {
  /** Checks that the interval holds the index. */
  public IndexPoint {
    Require.nonNull(stats, "period stats");
    Require.nonNull(label, "label");
    Require.finite(index, "index");
    Require.argument(sd > 0 && lower <= index && index <= upper, "bad interval %s [%s, %s] at %s", index, lower,
        upper, label);
  }

  /** Returns the number of distinct events in the period. */
  public long events() {
    return stats.events();
  }

  /** Returns the raw (unshrunk) weighted mean Goldstein score, NaN for an empty period. */
  public double raw() {
    return stats.weightedMean();
  }
}
