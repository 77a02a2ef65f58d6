package org.strait.bargain;

import java.util.Arrays;
import java.util.Comparator;
import org.strait.core.Require;

/**
 * Summaries of a set of positions: the weighted median (the median-voter position, which for single-peaked
 * preferences on a line is the Condorcet winner: Black 1948) and the weighted mean.
 *
 * <p>The baseline every result is compared with is the weighted mean of the <em>initial</em> positions with
 * weights capability × salience (Bueno de Mesquita's "mean voter" forecast).
 */
public final class Outcomes {
  private static final double HALF_TOLERANCE = 1e-12;

  private Outcomes() {}

  /**
   * Returns the weighted median of {@code values}: the smallest value at which the cumulative weight reaches half
   * the total; when it reaches exactly half, the midpoint between that value and the next (so that mirrored inputs
   * give mirrored medians).
   *
   * @throws IllegalArgumentException when the arrays differ in length, a weight is negative or all are zero
   */
  public static double weightedMedian(double[] values, double[] weights) {
    check(values, weights);
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double half = total / 2;
    double cumulative = 0;
    for (int r = 0; r < order.length; r++) {
      cumulative += weights[order[r]];
      if (Math.abs(cumulative - half) <= HALF_TOLERANCE * total && r + 1 < order.length) {
        int next = r + 1;
        while (next < order.length && weights[order[next]] == 0) {
          next++;
        }
        return next < order.length ? (values[order[r]] + values[order[next]]) / 2 : values[order[r]];
      }
      if (cumulative > half) {
        return values[order[r]];
      }
    }
    return values[order[order.length - 1]];
  }

  /** Returns the weighted mean of {@code values}. */
  public static double weightedMean(double[] values, double[] weights) {
    check(values, weights);
    double sum = 0;
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i] * weights[i];
      total += weights[i];
    }
    return sum / total;
  }

  /** Returns the weights capability × salience of every stakeholder on dimension {@code k}. */
  public static double[] weights(Dispute dispute, int k) {
    double[] w = new double[dispute.size()];
    for (int i = 0; i < w.length; i++) {
      Stakeholder s = dispute.stakeholders().get(i);
      w[i] = s.capability() * s.salience(k);
    }
    return w;
  }

  /** Returns the baseline of dimension {@code k}: the capability × salience weighted mean of initial positions. */
  public static double baseline(Dispute dispute, int k) {
    double[] x = new double[dispute.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = dispute.stakeholders().get(i).position(k);
    }
    return weightedMean(x, weights(dispute, k));
  }

  private static void check(double[] values, double[] weights) {
    Require.argument(values.length == weights.length && values.length > 0,
        "need as many weights as values, and at least one: %s values, %s weights", values.length, weights.length);
    double total = 0;
    for (double w : weights) {
      Require.argument(w >= 0 && Double.isFinite(w), "weights must be finite and non-negative, was %s", w);
      total += w;
    }
    Require.argument(total > 0, "weights must not all be zero");
  }
}
