package org.strait.bench.fit;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.strait.app.fit.FitData;
import org.strait.app.fit.StoreFit;
import org.strait.core.SeedSequence;
import org.strait.core.Version;
import org.strait.fit.Calibration;
import org.strait.fit.FitInput;
import org.strait.fit.FitResult;
import org.strait.fit.FitSpace;
import org.strait.fit.PosteriorSample;
import org.strait.fit.Sampling;
import org.strait.fit.Shrinkage;
import org.strait.model.ParameterSpec;
import org.strait.store.EventStore;

/**
 * How well the full fit's chains mix on a store, as {@code strait verdicts} fits it: the training window is every
 * month before the store's last 36, the fit's seed stream 0 of {@code --seed}, on a pool of {@code --threads}
 * threads. Per seed it prints the fit's wall and CPU seconds and, per parameter, the split R-hat, the
 * rank-normalised split R-hat, the batch-means and bulk effective sample sizes, and from the fit's thinned posterior
 * sample (1,000 draws, a quarter from each chain, in chain order) each chain's mean in units of the pooled sd, the
 * share of draws within 1% of the range's lower and upper ends, and for a key parameter the share with |β| below
 * 1% of its plausible size (the horseshoe's spike), and the parameter it is most correlated with.
 *
 * <p>Usage: {@code MixingDiagnosis --db STORE [--seeds 1,2,3,4] [--threads 2]}; the indicator files are found from
 * {@code STRAIT_HOME} as the commands find them.
 */
public final class MixingDiagnosis {
  private MixingDiagnosis() {}

  /** Runs the diagnosis. */
  public static void main(String[] args) throws Exception {
    Path db = null;
    List<Long> seeds = List.of(1L, 2L, 3L, 4L);
    int threads = 2;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--db" -> db = Path.of(args[i + 1]);
        case "--seeds" -> {
          List<Long> s = new ArrayList<>();
          for (String t : args[i + 1].split(",")) {
            s.add(Long.parseLong(t));
          }
          seeds = s;
        }
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: --db STORE [--seeds 1,2,3,4] [--threads 2]");
      }
    }
    if (db == null) {
      throw new IllegalArgumentException("--db STORE is required");
    }
    FitInput train;
    try (EventStore store = EventStore.openReadOnly(db)) {
      YearMonth[] span = StoreFit.span(store.reader());
      YearMonth trainEnd = span[1].minusMonths(36);
      train = FitData.fromStore(store.reader(), span[0], span[1], trainEnd, false).input().until(trainEnd);
    }
    System.out.printf(Locale.ROOT, "strait %s, store %s, train %s..%s, %d threads, %d processors%n",
        Version.current(), db, train.start(), train.end(), threads, Runtime.getRuntime().availableProcessors());
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      for (long seed : seeds) {
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        FitResult fit = pool.submit(() -> Calibration.fit(train, FitSpace.all(), FitSpace.defaults(),
            new SeedSequence(seed).seed(0))).get();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        report(seed, fit, wall, cpu, load0, load1);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void report(long seed, FitResult fit, double wall, double cpu, double load0, double load1) {
    Sampling s = fit.sampling();
    System.out.printf(Locale.ROOT, "%nseed %d: fit %.1f s wall, %.1f s CPU (process), load %.1f -> %.1f; %s%n", seed,
        wall, cpu, load0, load1, s.describe());
    System.out.println("| parameter | split R-hat | rank R-hat | ESS (batch) | bulk ESS | chain means (pooled sd) "
        + "| at lower 1% | at upper 1% | spike | most correlated |");
    System.out.println("|---|---:|---:|---:|---:|---|---:|---:|---:|---|");
    PosteriorSample sample = fit.posterior();
    int n = sample.size();
    int chains = s.chains();
    for (int j = 0; j < s.coordinates().size(); j++) {
      Sampling.Coordinate c = s.coordinates().get(j);
      ParameterSpec spec = FitSpace.spec(c.name());
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = sample.value(i, j);
      }
      double mean = mean(x, 0, n);
      double sd = Math.sqrt(cov(x, x, mean, mean));
      StringBuilder means = new StringBuilder();
      for (int k = 0; k < chains; k++) {
        means.append(String.format(Locale.ROOT, "%s%+.2f", k == 0 ? "" : " ",
            (mean(x, k * n / chains, (k + 1) * n / chains) - mean) / sd));
      }
      double range = spec.upper() - spec.lower();
      int low = 0;
      int high = 0;
      int spike = 0;
      boolean key = FitSpace.isKey(c.name());
      double size = key ? Shrinkage.size(spec) : Double.NaN;
      for (double v : x) {
        low += v - spec.lower() < 0.01 * range ? 1 : 0;
        high += spec.upper() - v < 0.01 * range ? 1 : 0;
        spike += key && Math.abs(v) < 0.01 * size ? 1 : 0;
      }
      String partner = "";
      double best = 0;
      for (int k = 0; k < s.coordinates().size(); k++) {
        if (k == j) {
          continue;
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
          y[i] = sample.value(i, k);
        }
        double my = mean(y, 0, n);
        double r = cov(x, y, mean, my) / (sd * Math.sqrt(cov(y, y, my, my)));
        if (Math.abs(r) > Math.abs(best)) {
          best = r;
          partner = s.coordinates().get(k).name();
        }
      }
      System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.0f | %.0f | %s | %.2f | %.2f | %s | %s %+.2f |%n",
          c.name(), c.rhat(), c.rankRhat(), c.ess(), c.bulkEss(), means, low / (double) n, high / (double) n,
          key ? String.format(Locale.ROOT, "%.2f", spike / (double) n) : "-", partner, best);
    }
  }

  private static double mean(double[] x, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += x[i];
    }
    return s / (to - from);
  }

  private static double cov(double[] x, double[] y, double mx, double my) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += (x[i] - mx) * (y[i] - my);
    }
    return s / (x.length - 1);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
