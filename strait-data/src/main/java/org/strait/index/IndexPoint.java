package org.strait.index;

import org.strait.core.Require;

/**
 * One period of a relation index: the period's de-duplicated events, its own measures with their sampling
 * intervals, the period's value (the level of the relation plus the period's own effect) and the smoothed level,
 * each with its interval.
 *
 * @param stats the period's counts and sums
 * @param label the period's label, {@code YYYY-MM} or the Monday {@code YYYY-MM-DD}
 * @param index the posterior mean of the period's value, level plus the period's effect (Goldstein points): a thin
 *     period shrunk toward the level, a dense one near its raw mean, a period without data the level's prediction
 * @param sd its posterior standard deviation
 * @param lower the lower end of its interval
 * @param upper the upper end of its interval
 * @param level the posterior mean of the smoothed level (what the neighbouring periods and this one say of it)
 * @param levelSd the posterior standard deviation of the level
 * @param levelLower the lower end of the level's interval
 * @param levelUpper the upper end of the level's interval
 * @param rawLower the lower end of the raw mean's sampling interval (NaN when the period has no events)
 * @param rawUpper its upper end (NaN when the period has no events)
 * @param netCooperation the net cooperation share, (QuadClass 1 + 2 − 3 − 4) / events, −1 to 1 (NaN when empty)
 * @param netLower the lower end of its interval (NaN when empty)
 * @param netUpper its upper end (NaN when empty)
 */
public record IndexPoint(PeriodStats stats, String label, double index, double sd, double lower, double upper,
                         double level, double levelSd, double levelLower, double levelUpper, double rawLower, double rawUpper, double netCooperation, double netLower,
                         double netUpper) {
  /** Checks that the intervals hold their values and that an empty period has no raw measures. */
  public IndexPoint {
    Require.nonNull(stats, "period stats");
    Require.nonNull(label, "label");
    Require.finite(index, "index");
    Require.argument(sd > 0 && lower <= index && index <= upper, "bad interval %s [%s, %s] at %s", index, lower,
        upper, label);
    Require.finite(level, "level");
    Require.argument(levelSd > 0 && levelLower <= level && level <= levelUpper, "bad level interval %s [%s, %s] at %s",
        level, levelLower, levelUpper, label);
    boolean empty = stats.weightSum() == 0;
    Require.argument(empty == Double.isNaN(rawLower) && empty == Double.isNaN(netCooperation),
        "raw measures must be given exactly when %s has events", label);
    Require.argument(empty || rawLower <= stats.weightedMean() && stats.weightedMean() <= rawUpper
        && netLower <= netCooperation && netCooperation <= netUpper, "bad raw intervals at %s", label);
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
