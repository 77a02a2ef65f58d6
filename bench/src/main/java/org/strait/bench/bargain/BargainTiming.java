package org.strait.bench.bargain;

import java.util.Arrays;
import java.util.Locale;
import org.strait.bargain.BargainModel;
import org.strait.bargain.BargainRun;
import org.strait.bargain.Dispute;
import org.strait.bargain.EuOptions;
import org.strait.bargain.ExpectedUtilityModel;
import org.strait.bargain.SmpOptions;
import org.strait.bargain.SpatialModel;
import org.strait.core.Version;

/**
 * A timed main for the bargaining models: the first (cold) run in a fresh JVM, then the median and minimum of
 * repeated warm runs, for KTAB's 13-actor × 2-dimension example and a random 50-actor × 3-dimension dispute.
 * Prints one line per case.
 */
public final class BargainTiming {
  private BargainTiming() {}

  /** Runs the timings; no arguments. */
  public static void main(String[] args) {
    System.out.printf(Locale.ROOT, "strait %s, Java %s, %d processors%n", Version.current(),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    BargainModel smp = new SpatialModel(SmpOptions.defaults());
    BargainModel eu = new ExpectedUtilityModel(EuOptions.defaults());
    time("smp SOE-Pol-Comp 13x2", smp, BenchDisputes.socPolComp(), 50);
    time("smp random 50x3", smp, BenchDisputes.random(50, 3, 20161111L), 10);
    time("eu  SOE-Pol-Comp 13x2", eu, BenchDisputes.socPolComp(), 50);
    time("eu  random 50x3", eu, BenchDisputes.random(50, 3, 20161111L), 10);
  }

  private static void time(String label, BargainModel model, Dispute dispute, int repeats) {
    long t0 = System.nanoTime();
    BargainRun first = model.run(dispute);
    double cold = (System.nanoTime() - t0) / 1e6;
    for (int w = 0; w < Math.max(3, repeats / 5); w++) {
      model.run(dispute);
    }
    double[] ms = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      long s = System.nanoTime();
      model.run(dispute);
      ms[r] = (System.nanoTime() - s) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(Locale.ROOT, "%-24s turns %3d %-13s cold %8.1f ms   warm median %8.2f ms   min %8.2f ms%n",
        label, first.roundCount() - 1, first.converged() ? "(converged)" : "(round limit)", cold,
        ms[repeats / 2], ms[0]);
  }
}
