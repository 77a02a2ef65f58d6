package org.strait.model.ensemble;

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
}
