package org.strait.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Penalised least-squares segmentation of a series with known observation variances into segments of constant
 * mean (optimal partitioning, Jackson et al. 2005; the objective of PELT, Killick, Fearnhead and Eckley 2012):
 *
 *   minimise  sum over segments [a, b) of C(a, b)  +  beta * (number of changes),
 *   C(a, b) = sum_{a<=t<b} w_t y_t^2 - (sum w_t y_t)^2 / sum w_t,   w_t = 1 / v_t,
 *
 * i.e. -2 log-likelihood of Gaussian segments with free means, up to a constant. Every segment holds at least
 * minSegment observations. Exact dynamic programming in O(T^2), which is instant for monthly or weekly series.
 * bestCosts gives C_k, the least cost with exactly k changes (segment neighbourhood, Auger and Lawrence 1989),
 * used to calibrate beta: a series has no change at penalty beta iff beta >= max_k (C_0 - C_k) / k.
 */
final class Segmentation {
  private final double[] s0;
  private final double[] s1;
  private final double[] s2;
  private final int minSegment;

  Segmentation(double[] y, double[] weight, int minSegment) {
    int size = y.length;
    s0 = new double[size + 1];
    s1 = new double[size + 1];
    s2 = new double[size + 1];
    for (int t = 0; t < size; t++) {
      s0[t + 1] = s0[t] + weight[t];
      s1[t + 1] = s1[t] + weight[t] * y[t];
      s2[t + 1] = s2[t] + weight[t] * y[t] * y[t];
    }
    this.minSegment = minSegment;
  }

  int size() {
    return s0.length - 1;
  }

  /** Returns C(a, b), the weighted residual sum of squares of observations a to b - 1 about their mean. */
  double cost(int a, int b) {
    double w = s0[b] - s0[a];
    double m = s1[b] - s1[a];
    return Math.max(0, s2[b] - s2[a] - m * m / w);
  }

  /** Returns the weighted mean of observations a to b - 1. */
  double mean(int a, int b) {
    return (s1[b] - s1[a]) / (s0[b] - s0[a]);
  }

  /** Returns the first index of each new segment of the optimal segmentation at penalty {@code beta}. */
  List<Integer> changes(double beta) {
    int size = size();
    double[] best = new double[size + 1];
    int[] last = new int[size + 1];
    best[0] = -beta;
    for (int t = 1; t <= size; t++) {
      best[t] = Double.POSITIVE_INFINITY;
      for (int s = 0; s <= t - minSegment; s++) {
        if (s != 0 && s < minSegment) {
          continue;
        }
        double value = best[s] + cost(s, t) + beta;
        if (value < best[t]) {
          best[t] = value;
          last[t] = s;
        }
      }
    }
    List<Integer> changes = new ArrayList<>();
    for (int t = size; last[t] > 0; t = last[t]) {
      changes.add(0, last[t]);
    }
    return changes;
  }

  /** Returns C_0 to C_kMax, the least costs with exactly k changes (infinite where k changes do not fit). */
  double[] bestCosts(int kMax) {
    int size = size();
    double[] costs = new double[kMax + 1];
    double[] previous = new double[size + 1];
    for (int t = 0; t <= size; t++) {
      previous[t] = t >= minSegment ? cost(0, t) : Double.POSITIVE_INFINITY;
    }
    costs[0] = previous[size];
    for (int k = 1; k <= kMax; k++) {
      double[] current = new double[size + 1];
      Arrays.fill(current, Double.POSITIVE_INFINITY);
      for (int t = (k + 1) * minSegment; t <= size; t++) {
        for (int s = k * minSegment; s <= t - minSegment; s++) {
          double value = previous[s] + cost(s, t);
          if (value < current[t]) {
            current[t] = value;
          }
        }
      }
      costs[k] = current[size];
      previous = current;
    }
    return costs;
  }
}
