package org.strait.model.ensemble;

import java.util.Arrays;
import org.strait.core.Require;

/**
 * The probability, per month, that the temperature is across a threshold in that month and that it has crossed it
 * at least once by that month.
 *
 * @param threshold the threshold
 * @param inMonth share of runs across the threshold in each month
 * @param byMonth share of runs that crossed it in that month or earlier (non-decreasing)
 */
public record ThresholdCurve(Threshold threshold, double[] inMonth, double[] byMonth) {
  /** Checks the lengths and copies the arrays. */
  public ThresholdCurve {
    Require.nonNull(threshold, "threshold");
    Require.argument(inMonth.length == byMonth.length, "curves must have equal lengths");
    inMonth = inMonth.clone();
    byMonth = byMonth.clone();
  }

  @Override
  public double[] inMonth() {
    return inMonth.clone();
  }

  @Override
  public double[] byMonth() {
    return byMonth.clone();
  }

  /** Returns the probability of having crossed by the end of the horizon. */
  public double byEnd() {
    return byMonth.length == 0 ? 0 : byMonth[byMonth.length - 1];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThresholdCurve c && c.threshold.equals(threshold) && Arrays.equals(c.inMonth, inMonth)
        && Arrays.equals(c.byMonth, byMonth);
  }

  @Override
  public int hashCode() {
    return threshold.hashCode() * 31 + Arrays.hashCode(byMonth);
  }
}
