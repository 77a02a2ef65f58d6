package org.strait.index;

import java.time.LocalDate;
import org.strait.core.Require;

/**
 * The de-duplicated events of one pair in one period, from one source: counts, Goldstein sums and the weighted sums
 * the index needs. An empty period has zero counts and a null source when no source covers it.
 *
 * @param start the first day of the period
 * @param source the source the period's events come from, or null when none covers the period
 * @param events the number of distinct events
 * @param goldsteinSum the sum of their Goldstein scores
 * @param verbalCooperation events of QuadClass 1
 * @param materialCooperation events of QuadClass 2
 * @param verbalConflict events of QuadClass 3
 * @param materialConflict events of QuadClass 4
 * @param weightSum the sum of the events' weights (equal to {@code events} without weighting)
 * @param weightSquareSum the sum of their squared weights
 * @param weightedSum the weighted sum of Goldstein scores
 * @param weightedSquareSum the weighted sum of squared Goldstein scores
 */
public record PeriodStats(
    LocalDate start, String source, long events, double goldsteinSum,
    long verbalCooperation, long materialCooperation, long verbalConflict, long materialConflict,
    double weightSum, double weightSquareSum, double weightedSum, double weightedSquareSum) {

  /** Checks that the counts add up and the sums are finite. */
  public PeriodStats {
    Require.nonNull(start, "period start");
    Require.argument(events >= 0, "event count must not be negative, was %s", events);
    Require.argument(verbalCooperation + materialCooperation + verbalConflict + materialConflict == events,
        "QuadClass counts of %s must add up to %s events", start, events);
    Require.argument(weightSum >= 0 && weightSquareSum >= 0, "weights of %s must not be negative", start);
    Require.argument(events > 0 || weightSum == 0, "an empty period (%s) has no weight", start);
    Require.finite(goldsteinSum, "Goldstein sum");
    Require.finite(weightedSum, "weighted Goldstein sum");
    Require.finite(weightedSquareSum, "weighted squared Goldstein sum");
  }

  /** Returns an empty period. */
  public static PeriodStats empty(LocalDate start, String source) {
    return new PeriodStats(start, source, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** Returns the plain mean Goldstein score, or NaN for an empty period. */
  public double goldsteinMean() {
    return events == 0 ? Double.NaN : goldsteinSum / events;
  }

  /** Returns the weighted mean Goldstein score, the raw (unshrunk) index; NaN when there is no weight. */
  public double weightedMean() {
    return weightSum == 0 ? Double.NaN : weightedSum / weightSum;
  }

  /** Returns Kish's effective number of events, (Σw)² / Σw²; equal to {@code events} without weighting. */
  public double effectiveEvents() {
    return weightSquareSum == 0 ? 0 : weightSum * weightSum / weightSquareSum;
  }

  /** Returns the weighted within-period variance of Goldstein scores (divisor Σw), or NaN when empty. */
  public double withinVariance() {
    if (weightSum == 0) {
      return Double.NaN;
    }
    double mean = weightedMean();
    return Math.max(0, weightedSquareSum / weightSum - mean * mean);
  }

  /** Returns the number of cooperative minus conflictual events (QuadClass 1 + 2 minus 3 + 4). */
  public long netCooperation() {
    return verbalCooperation + materialCooperation - verbalConflict - materialConflict;
  }

  /** Returns the share of events of QuadClass {@code number} (1–4), or NaN for an empty period. */
  public double share(int number) {
    long count = switch (number) {
      case 1 -> verbalCooperation;
      case 2 -> materialCooperation;
      case 3 -> verbalConflict;
      case 4 -> materialConflict;
      default -> throw new IllegalArgumentException("QuadClass must be 1 to 4, was " + number);
    };
    return events == 0 ? Double.NaN : (double) count / events;
  }
}
