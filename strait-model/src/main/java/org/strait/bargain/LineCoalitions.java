package org.strait.bargain;

import java.util.stream.IntStream;

/**
 * The coalition strengths K2 of {@link SmpVoting#coalitions} for proportional votes (VotingRule Prop) and
 * risk-neutral utilities u = 1 - |x_k - x_i| when the options are the voters' own positions on one line: O(n²)
 * from positions sorted once and prefix sums of the weights, instead of O(n³) votes.
 *
 * <p>For options x_i < x_j with midpoint μ, voter k gives i the margin x_j - x_i when x_k ≤ x_i, x_i + x_j - 2x_k
 * when x_i < x_k < μ, and nothing beyond μ (and symmetrically for j), so C(i:j) = ε + (x_j - x_i) W(x_k ≤ x_i) +
 * (x_i + x_j) W(x_i < x_k < μ) - 2 WX(x_i < x_k < μ), with W and WX the sums of w_k and w_k x_k over a range.
 * The algebra is exact; the floating-point sums are not summed in the same order as the O(n³) loop, so the strengths
 * differ from it by rounding only (within a relative 1e-12 in SmpScaleTest; on KTAB's examples and the random disputes of the scaling benchmark every position is unchanged).
 */
final class LineCoalitions {
  private static final double MIN_COALITION = 1e-8;

  private LineCoalitions() {}

  /** C[i][j] for the options and voters at {@code x} (one line) with voting weights {@code w}. */
  static double[][] of(double[] w, double[] x) {
    return of(w, x, false);
  }

  /**
   * C[i][j] as {@link #of(double[], double[])}; with {@code parallel}, the options are spread over the common
   * fork-join pool (each pair's strengths are computed alone by the same operations, so the numbers are the same).
   */
  static double[][] of(double[] w, double[] x, boolean parallel) {
    int n = x.length;
    int[] rank = SmpState.ascending(x);
    double[] sx = new double[n];
    double[] prefixW = new double[n + 1];
    double[] prefixWx = new double[n + 1];
    for (int r = 0; r < n; r++) {
      sx[r] = x[rank[r]];
      prefixW[r + 1] = prefixW[r] + w[rank[r]];
      prefixWx[r + 1] = prefixWx[r] + w[rank[r]] * sx[r];
    }
    // first[r]: the first rank at sx[r]; after[r]: the first rank beyond it
    int[] first = new int[n];
    int[] after = new int[n];
    for (int r = 0; r < n; r++) {
      first[r] = r > 0 && sx[r - 1] == sx[r] ? first[r - 1] : r;
    }
    for (int r = n - 1; r >= 0; r--) {
      after[r] = r < n - 1 && sx[r + 1] == sx[r] ? after[r + 1] : r + 1;
    }
    double[][] c = new double[n][n];
    IntStream options = IntStream.range(0, n);
    (parallel ? options.parallel() : options).forEach(a -> {
      int i = rank[a];
      double xi = sx[a];
      c[i][i] = MIN_COALITION;
      int below = 0; // the first rank at or beyond the midpoint
      int above = 0; // the first rank beyond the midpoint
      for (int b = a + 1; b < n; b++) {
        int j = rank[b];
        double xj = sx[b];
        if (xj == xi) {
          c[i][j] = MIN_COALITION;
          c[j][i] = MIN_COALITION;
          continue;
        }
        double mid = (xi + xj) / 2;
        below = Math.max(below, after[a]);
        while (below < n && sx[below] < mid) {
          below++;
        }
        above = Math.max(above, below);
        while (above < n && sx[above] <= mid) {
          above++;
        }
        int lo = after[a];
        int hi = first[b];
        double span = xj - xi;
        double sum = xi + xj;
        double wi = prefixW[below] - prefixW[lo];
        double wxi = prefixWx[below] - prefixWx[lo];
        double wj = prefixW[hi] - prefixW[Math.min(above, hi)];
        double wxj = prefixWx[hi] - prefixWx[Math.min(above, hi)];
        c[i][j] = MIN_COALITION + span * prefixW[after[a]] + Math.max(0, sum * wi - 2 * wxi);
        c[j][i] = MIN_COALITION + span * (prefixW[n] - prefixW[first[b]]) + Math.max(0, 2 * wxj - sum * wj);
      }
    });
    return c;
  }
}
