package org.strait.bench.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.strait.core.numeric.Draws;
import org.strait.core.numeric.Quantiles;

/**
 * The cost of an ensemble's quantiles alone: {@link Quantiles#select} of the five levels on 120 columns of 10,000
 * standard normals (one ensemble of 10,000 runs × 120 months), thread CPU per ensemble, median of 25 after 5
 * warm-ups.
 *
 * <p>Usage: {@code QuantileSelection [RUNS]} (default 10,000).
 */
public final class QuantileSelection {
  private static final int MONTHS = 120;

  private QuantileSelection() {}

  /** Prints the median and the minimum thread CPU milliseconds per ensemble's quantiles. */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    SplittableRandom rng = new SplittableRandom(1);
    double[][] columns = new double[MONTHS][runs];
    for (double[] c : columns) {
      for (int r = 0; r < runs; r++) {
        c[r] = Draws.normal(rng);
      }
    }
    double[] levels = {0.05, 0.25, 0.5, 0.75, 0.95};
    double[] out = new double[levels.length];
    double[] work = new double[runs];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] ms = new double[25];
    for (int rep = -5; rep < ms.length; rep++) {
      long c0 = threads.getCurrentThreadCpuTime();
      for (double[] c : columns) {
        System.arraycopy(c, 0, work, 0, runs);
        Quantiles.select(work, levels, out);
      }
      if (rep >= 0) {
        ms[rep] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
      }
    }
    Arrays.sort(ms);
    System.out.printf(Locale.ROOT, "%d columns of %d values: median %.1f ms, min %.1f ms thread CPU%n", MONTHS, runs,
        ms[ms.length / 2], ms[0]);
  }
}
