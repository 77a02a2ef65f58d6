package org.strait.model.ensemble;

import java.util.ArrayList;
import java.util.List;
import org.strait.core.Require;
import org.strait.core.numeric.Quantiles;
import org.strait.core.numeric.Replicates;

/**
 * The per-month summary of an ensemble's paths: mean, quantiles and threshold curves, computed in blocks of months
 * (quantiles, mean, share in each month) and blocks of replicates (first crossing of each threshold) on worker
 * threads. Every figure is computed as one thread alone would, in the same order (the mean sums replicates
 * 0, 1, 2, … of its month; counts are integers), so the result is the same, bit for bit, on any number of threads.
 *
 * @param quantiles {@code quantiles[level][month]}
 * @param mean the mean per month
 * @param curves one curve per threshold, in order
 */
record EnsembleSummary(double[][] quantiles, double[] mean, List<ThresholdCurve> curves) {
  /** Cells (replicate-months) a worker copies into its month buffer at once: 16 MB. */
  private static final int BUFFER_CELLS = 2_000_000;
  private static final int MAX_BLOCK_MONTHS = 8;
  private static final int RUN_BLOCK = 1024;

  /**
   * Summarises {@code paths[replicate][month]} over {@code h} months.
   *
   * @param paths every replicate's path, each of {@code h} months at least
   * @param h the months
   * @param levels the quantile levels, ascending
   * @param thresholds the levels whose crossing is counted
   * @param threads worker threads
   */
  static EnsembleSummary of(double[][] paths, int h, double[] levels, List<Threshold> thresholds, int threads) {
    int runs = paths.length;
    for (int r = 0; r < runs; r++) {
      Require.argument(paths[r] != null && paths[r].length >= h, "replicate %s: its path must have %s months", r, h);
    }
    Threshold[] th = thresholds.toArray(new Threshold[0]);
    double[][] quantiles = new double[levels.length][h];
    double[] mean = new double[h];
    long[][] inMonth = new long[th.length][h];
    int blockMonths = Math.max(1, Math.min(MAX_BLOCK_MONTHS, BUFFER_CELLS / runs));
    int monthBlocks = (h + blockMonths - 1) / blockMonths;
    Replicates.run(threads, monthBlocks, () -> new double[Math.min(blockMonths, h)][runs], (block, columns) -> {
      int t0 = block * blockMonths;
      int t1 = Math.min(h, t0 + blockMonths);
      for (int r = 0; r < runs; r++) {
        double[] path = paths[r];
        for (int t = t0; t < t1; t++) {
          columns[t - t0][r] = path[t];
        }
      }
      double[] q = new double[levels.length];
      for (int t = t0; t < t1; t++) {
        double[] column = columns[t - t0];
        double sum = 0;
        for (int r = 0; r < runs; r++) {
          sum += column[r];
        }
        mean[t] = sum / runs;
        for (int k = 0; k < th.length; k++) {
          inMonth[k][t] = count(th[k], column);
        }
        Quantiles.select(column, levels, q);
        for (int l = 0; l < levels.length; l++) {
          quantiles[l][t] = q[l];
        }
      }
    });
    // firstBy[block][k][t]: replicates of the block that first crossed threshold k in month t
    int runBlocks = (runs + RUN_BLOCK - 1) / RUN_BLOCK;
    long[][][] firstBy = new long[runBlocks][th.length][h];
    if (th.length > 0) {
      Replicates.run(threads, runBlocks, () -> null, (block, none) -> {
        int to = Math.min(runs, (block + 1) * RUN_BLOCK);
        for (int r = block * RUN_BLOCK; r < to; r++) {
          double[] path = paths[r];
          for (int k = 0; k < th.length; k++) {
            for (int t = 0; t < h; t++) {
              if (th[k].crossedBy(path[t])) {
                firstBy[block][k][t]++;
                break;
              }
            }
          }
        }
      });
    }
    List<ThresholdCurve> curves = new ArrayList<>();
    for (int k = 0; k < th.length; k++) {
      double[] in = new double[h];
      double[] by = new double[h];
      long crossed = 0;
      for (int t = 0; t < h; t++) {
        for (long[][] block : firstBy) {
          crossed += block[k][t];
        }
        in[t] = (double) inMonth[k][t] / runs;
        by[t] = (double) crossed / runs;
      }
      curves.add(new ThresholdCurve(th[k], in, by));
    }
    return new EnsembleSummary(quantiles, mean, curves);
  }

  private static long count(Threshold threshold, double[] column) {
    long n = 0;
    for (double v : column) {
      n += threshold.crossedBy(v) ? 1 : 0;
    }
    return n;
  }
}
