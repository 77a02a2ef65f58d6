package org.strait.bench.fit;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strait.app.TrainTest;
import org.strait.app.Window;
import org.strait.app.fit.FitData;
import org.strait.app.fit.StoreFit;
import org.strait.core.SeedSequence;
import org.strait.core.Version;
import org.strait.fit.Ablation;
import org.strait.fit.Calibration;
import org.strait.fit.FitInput;
import org.strait.fit.FitResult;
import org.strait.fit.FitSpace;
import org.strait.fit.Lfo;
import org.strait.model.MechanismId;
import org.strait.store.EventStore;

/**
 * The Monte Carlo error of the verdicts' elpd differences, measured: the full fit of {@code strait verdicts --seed
 * S} once, then the verdicts' refits (the reference and the twelve ablations, warm-started from the full fit,
 * {@code PosteriorSettings.REFIT}) and their leave-future-out comparisons again for each of K sampler seeds (the
 * refits' seed is stream 0 of seed k, as {@code strait verdicts --seed k} seeds them). Per mechanism it prints the
 * elpd difference per seed, their sd over the seeds (the Monte Carlo error the SE leaves out, measured), the mean SE
 * over the months and the mean one-run Monte Carlo SE ({@link Lfo.Comparison#mcse()}), and the ratio of the
 * measured sd to the estimated MCSE (root mean square over the seeds).
 *
 * <p>The windows are {@code strait verdicts}' defaults ({@link TrainTest#resolve}: the store's last 36 months
 * scored, every month before trained on). Usage: {@code ElpdNoise --db STORE [--seed S] [--seeds 1,2,3,4]
 * [--threads T]}; the indicator files are found from {@code STRAIT_HOME} as the CLI finds them.
 */
public final class ElpdNoise {
  private ElpdNoise() {}

  /** Runs the measurement. */
  public static void main(String[] args) throws Exception {
    Path db = null;
    long seed = 1;
    long[] seeds = {1, 2, 3, 4};
    int threads = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--db" -> db = Path.of(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--seeds" -> seeds = Arrays.stream(args[i + 1].split(",")).mapToLong(Long::parseLong).toArray();
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: --db STORE [--seed S] [--seeds 1,2,3,4] [--threads T]");
      }
    }
    if (db == null) {
      throw new IllegalArgumentException("--db STORE is required");
    }
    if (seeds.length < 2) {
      throw new IllegalArgumentException("--seeds needs at least 2 seeds to measure a spread, was " + seeds.length);
    }
    FitInput data;
    TrainTest w;
    try (EventStore store = EventStore.openReadOnly(db)) {
      YearMonth[] span = StoreFit.span(store.reader());
      w = TrainTest.resolve(null, null, () -> new Window(span[0], span[1]));
      data = FitData.fromStore(store.reader(), w.train().start(), w.test().end(), w.train().end(), false).input();
    }
    System.out.printf(Locale.ROOT, "strait %s; store %s: train %s..%s, test %s..%s; full fit seed %d; refit seeds %s;"
        + " %d threads%n", Version.current(), db, w.train().start(), w.train().end(), w.test().start(),
        w.test().end(), seed, Arrays.toString(seeds), threads);
    long cpu0 = cpuNanos();
    FitResult full = Calibration.fit(data.until(w.train().end()), FitSpace.all(), FitSpace.defaults(),
        new SeedSequence(seed).seed(0));
    System.out.printf(Locale.ROOT, "full fit: %.1f CPU s, load %.1f%n", (cpuNanos() - cpu0) / 1e9, load());
    Ablation.Schedule schedule = new Ablation.Schedule(threads, true);
    List<Map<MechanismId, Lfo.Comparison>> runs = new ArrayList<>();
    for (long k : seeds) {
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      runs.add(Ablation.elpd(data, w.train().end(), w.test().end(), full, new SeedSequence(k).seed(0), schedule));
      System.out.printf(Locale.ROOT, "refit seed %d: %.1f CPU s, %.1f s wall, load %.1f%n", k,
          (cpuNanos() - c0) / 1e9, (System.nanoTime() - t0) / 1e9, load());
    }
    print(seeds, runs);
    System.out.printf(Locale.ROOT, "whole process so far: %.1f CPU s%n", cpuNanos() / 1e9);
  }

  private static void print(long[] seeds, List<Map<MechanismId, Lfo.Comparison>> runs) {
    StringBuilder head = new StringBuilder("| mechanism |");
    StringBuilder rule = new StringBuilder("|---|");
    for (long k : seeds) {
      head.append(" seed ").append(k).append(" |");
      rule.append("---:|");
    }
    System.out.println(head + " sd over seeds | mean SE | mean MCSE | sd / RMS MCSE |");
    System.out.println(rule + "---:|---:|---:|---:|");
    double sumVar = 0;
    double sumMcse2 = 0;
    for (MechanismId id : MechanismId.values()) {
      double[] d = runs.stream().mapToDouble(r -> r.get(id).diff()).toArray();
      double se = runs.stream().mapToDouble(r -> r.get(id).se()).average().orElseThrow();
      double mcse = runs.stream().mapToDouble(r -> r.get(id).mcse()).average().orElseThrow();
      double mcse2 = runs.stream().mapToDouble(r -> r.get(id).mcse() * r.get(id).mcse()).average().orElseThrow();
      double sd = sd(d);
      sumVar += sd * sd;
      sumMcse2 += mcse2;
      StringBuilder row = new StringBuilder("| " + id + " |");
      for (double v : d) {
        row.append(String.format(Locale.ROOT, " %+.2f |", v));
      }
      System.out.println(row + String.format(Locale.ROOT, " %.2f | %.2f | %.2f | %.2f |", sd, se, mcse,
          sd / Math.sqrt(mcse2)));
    }
    int n = MechanismId.values().length;
    System.out.printf(Locale.ROOT, "pooled over the %d mechanisms: RMS sd over seeds %.3f, RMS MCSE %.3f, ratio %.2f"
        + " (%d degrees of freedom)%n", n, Math.sqrt(sumVar / n), Math.sqrt(sumMcse2 / n),
        Math.sqrt(sumVar / sumMcse2), n * (seeds.length - 1));
  }

  private static double sd(double[] x) {
    double mean = Arrays.stream(x).average().orElseThrow();
    return Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1));
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
