package org.strait.core.numeric;

import java.util.Arrays;
import org.strait.core.Require;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman and Fan 1996, definition 7, the
 * default of R and NumPy): for sorted {@code x[0..n-1]} and level {@code p}, {@code h = (n - 1)·p} and
 * {@code q = x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋ + 1] - x[⌊h⌋])}.
 */
public final class Quantiles {
  private Quantiles() {}

  /** Returns the level-{@code p} quantile of {@code sorted}, which must be sorted ascending and non-empty. */
  public static double ofSorted(double[] sorted, double p) {
    Require.argument(sorted.length > 0, "quantile of an empty sample");
    Require.argument(p >= 0 && p <= 1, "quantile level must be within 0..1, was %s", p);
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  /**
   * Writes into {@code out} the quantiles of {@code x} at {@code levels}, exactly (bit for bit) what
   * {@link #ofSorted} returns on a sorted copy of {@code x}, by selecting only the order statistics the levels
   * need (expected time linear in the size, against a sort's n log n). Reorders {@code x}.
   *
   * @param x the sample, non-empty; reordered
   * @param levels the levels, ascending, each within 0..1
   * @param out receives one quantile per level
   */
  public static void select(double[] x, double[] levels, double[] out) {
    Require.argument(x.length > 0, "quantile of an empty sample");
    int n = x.length;
    boolean special = false;
    for (double v : x) {
      special |= v == 0 || v != v; // ±0 and NaN: Arrays.sort's order differs from '<'; sort instead
    }
    if (special) {
      Arrays.sort(x);
      for (int l = 0; l < levels.length; l++) {
        out[l] = ofSorted(x, levels[l]);
      }
      return;
    }
    int[] ranks = new int[2 * levels.length];
    int count = 0;
    for (int l = 0; l < levels.length; l++) {
      double p = levels[l];
      Require.argument(p >= 0 && p <= 1, "quantile level must be within 0..1, was %s", p);
      Require.argument(l == 0 || p >= levels[l - 1], "quantile levels must be ascending, got %s after %s", p,
          l == 0 ? p : levels[l - 1]);
      int lo = (int) Math.floor((n - 1) * p);
      for (int k = lo; k <= Math.min(lo + 1, n - 1); k++) {
        if (count == 0 || ranks[count - 1] < k) {
          ranks[count++] = k;
        }
      }
    }
    selectRanks(x, 0, n - 1, ranks, 0, count, 2 * (32 - Integer.numberOfLeadingZeros(n)) + 8);
    for (int l = 0; l < levels.length; l++) {
      double h = (n - 1) * levels[l];
      int lo = (int) Math.floor(h);
      out[l] = lo >= n - 1 ? x[n - 1] : x[lo] + (h - lo) * (x[lo + 1] - x[lo]);
    }
  }

  /**
   * Puts the order statistics of ranks {@code ranks[from..to)} (ascending, within {@code lo..hi}) of
   * {@code x[lo..hi]} in place: a branch-free Lomuto partition around a median-of-three pivot (each value is moved
   * and the boundary advanced by the comparison's outcome, so random data costs no mispredicted branches),
   * recursing only into the sides that hold a wanted rank; a sort of the range when it is small or after
   * {@code depth} rounds bounds the worst case (many ties).
   */
  private static void selectRanks(double[] x, int lo, int hi, int[] ranks, int from, int to, int depth) {
    while (from < to) {
      if (hi - lo < 24 || depth-- <= 0) {
        Arrays.sort(x, lo, hi + 1);
        return;
      }
      int mid = (lo + hi) >>> 1;
      if (x[mid] < x[lo]) {
        swap(x, mid, lo);
      }
      if (x[hi] < x[lo]) {
        swap(x, hi, lo);
      }
      if (x[hi] < x[mid]) {
        swap(x, hi, mid);
      }
      swap(x, mid, hi);
      double pivot = x[hi];
      int i = lo;
      for (int j = lo; j < hi; j++) {
        double v = x[j];
        x[j] = x[i];
        x[i] = v;
        i += v < pivot ? 1 : 0;
      }
      swap(x, i, hi);
      // x[lo..i-1] < pivot, x[i] == pivot, x[i+1..hi] >= pivot
      int left = from;
      while (left < to && ranks[left] < i) {
        left++;
      }
      int right = left;
      while (right < to && ranks[right] <= i) {
        right++;
      }
      if (left - from < to - right) {
        selectRanks(x, lo, i - 1, ranks, from, left, depth);
        lo = i + 1;
        from = right;
      } else {
        selectRanks(x, i + 1, hi, ranks, right, to, depth);
        hi = i - 1;
        to = left;
      }
    }
  }

  private static void swap(double[] x, int a, int b) {
    double v = x[a];
    x[a] = x[b];
    x[b] = v;
  }
}
