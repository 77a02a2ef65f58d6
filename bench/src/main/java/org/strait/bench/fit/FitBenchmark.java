package org.strait.bench.fit;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.strait.core.SeedSequence;
import org.strait.core.Version;
import org.strait.fit.Calibration;
import org.strait.fit.Estimate;
import org.strait.fit.FitInput;
import org.strait.fit.FitResult;
import org.strait.fit.FitSpace;
import org.strait.fit.Synthetic;

/**
 * The calibration benchmark and the full-model recovery study: fits the whole model (twelve mechanisms, 25
 * parameters) to {@code --reps} simulated series of {@code --months} months (default 120, ten years) with the two
 * directions observed and a simulated chronicle; prints the wall time of each fit and, per parameter, how often
 * its 95% interval covered the value the series were simulated from.
 *
 * <p>Usage: {@code FitBenchmark [--months N] [--reps R] [--seed S]}.
 */
public final class FitBenchmark {
  private FitBenchmark() {}

  /** Runs the benchmark. */
  public static void main(String[] args) {
    int months = 120;
    int reps = 20;
    long seed = 20_240_601L;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--months" -> months = Integer.parseInt(args[i + 1]);
        case "--reps" -> reps = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: FitBenchmark [--months N] [--reps R] [--seed S]");
      }
    }
    Map<String, Double> truth = Synthetic.recoveryTruth();
    SeedSequence seeds = new SeedSequence(seed);
    Map<String, int[]> coverage = new LinkedHashMap<>();
    double total = 0;
    double worst = 0;
    System.out.printf(Locale.ROOT, "strait %s, %d processors, %d months, %d replicates, seed %d%n",
        Version.current(), Runtime.getRuntime().availableProcessors(), months, reps, seed);
    for (int r = 0; r < reps; r++) {
      FitInput in = Synthetic.generate(truth, FitSpace.all(), YearMonth.of(2005, 1), months, true, seeds.seed(r));
      long t0 = System.nanoTime();
      FitResult fit = Calibration.fit(in, FitSpace.all(), FitSpace.defaults(), seeds.seed(10_000 + r));
      double seconds = (System.nanoTime() - t0) / 1e9;
      total += seconds;
      worst = Math.max(worst, seconds);
      int covered = 0;
      for (Estimate e : fit.estimates()) {
        int[] c = coverage.computeIfAbsent(e.name(), k -> new int[2]);
        boolean in95 = e.covers(truth.get(e.name()));
        c[0] += in95 ? 1 : 0;
        c[1]++;
        covered += in95 ? 1 : 0;
      }
      System.out.printf(Locale.ROOT, "fit %2d: %6.2f s, %5d evaluations, %d of %d intervals cover the truth%n", r,
          seconds, fit.evaluations(), covered, fit.estimates().size());
    }
    System.out.printf(Locale.ROOT, "mean %.2f s per fit, slowest %.2f s%n", total / reps, worst);
    int all = 0;
    int hit = 0;
    for (Map.Entry<String, int[]> e : coverage.entrySet()) {
      System.out.printf(Locale.ROOT, "%-30s true %8.3f  coverage %d/%d%n", e.getKey(), truth.get(e.getKey()),
          e.getValue()[0], e.getValue()[1]);
      hit += e.getValue()[0];
      all += e.getValue()[1];
    }
    System.out.printf(Locale.ROOT, "overall coverage %d/%d = %.3f (nominal 0.95)%n", hit, all, hit / (double) all);
  }
}
