package org.strait.bench.fit;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strait.app.fit.FitData;
import org.strait.app.fit.StoreFit;
import org.strait.app.fit.VerdictReports;
import org.strait.fit.Ablation;
import org.strait.fit.Verdict;
import org.strait.fit.VerdictTable;
import org.strait.store.EventStore;

/**
 * The speed of the verdict table ({@code strait verdicts}) on a store, with several schedules side by side in one
 * JVM: for each, the wall time, the process's CPU seconds, the peak heap and the load average before and after,
 * and a fingerprint of the table (every verdict's outcome, elpd difference and its SE, sign probability and
 * detectable size), so that schedules that should agree can be seen to agree.
 *
 * <p>The windows are {@code strait verdicts}' defaults: the test window is the store's last 36 months, the training
 * window every month before. A schedule is {@code cold:T} (the refits start two global CMA-ES runs each, as before
 * issue 20's speed work, on T threads) or {@code local:T} (the refits search from the full fit's mode by BOBYQA).
 *
 * <p>Usage: {@code VerdictsBenchmark --db STORE [--seed S] [--samples N] [--schedules cold:1,local:2]}; the
 * indicator files are found from {@code STRAIT_HOME} as the CLI finds them.
 */
public final class VerdictsBenchmark {
  private VerdictsBenchmark() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    Path db = null;
    long seed = 1;
    int samples = 200;
    List<String> schedules = List.of("cold:1", "local:2");
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--db" -> db = Path.of(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--samples" -> samples = Integer.parseInt(args[i + 1]);
        case "--schedules" -> schedules = List.of(args[i + 1].split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: --db STORE [--seed S] [--samples N] [--schedules cold:1,local:2]");
      }
    }
    if (db == null) {
      throw new IllegalArgumentException("--db STORE is required");
    }
    FitData data;
    YearMonth trainEnd;
    YearMonth testEnd;
    try (EventStore store = EventStore.openReadOnly(db)) {
      YearMonth[] span = StoreFit.span(store.reader());
      testEnd = span[1];
      trainEnd = testEnd.minusMonths(36);
      data = FitData.fromStore(store.reader(), span[0], testEnd, trainEnd, false);
    }
    System.out.printf(Locale.ROOT, "store %s: train %s..%s, test ..%s, seed %d, %d samples, %d processors%n", db,
        data.input().start(), trainEnd, testEnd, seed, samples, Runtime.getRuntime().availableProcessors());
    System.out.println("| schedule | wall s | CPU s | CPU/wall | peak heap MiB | load before → after | fingerprint |");
    System.out.println("|---|---:|---:|---:|---:|---|---|");
    List<String> prints = new ArrayList<>();
    for (String s : schedules) {
      String[] p = s.split(":");
      Ablation.Schedule schedule = new Ablation.Schedule(Integer.parseInt(p[1]), switch (p[0]) {
        case "cold" -> false;
        case "local" -> true;
        default -> throw new IllegalArgumentException("a schedule is cold:T or local:T, was " + s);
      });
      System.gc();
      resetPeaks();
      double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      long cpu0 = cpuNanos();
      long t0 = System.nanoTime();
      VerdictTable table = Ablation.run(data.input(), trainEnd, testEnd, samples, seed, line -> { }, schedule);
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (cpuNanos() - cpu0) / 1e9;
      double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      String print = fingerprint(table);
      prints.add(print);
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.0f | %.1f → %.1f | %08x |%n", s, wall, cpu,
          cpu / wall, peakHeapMiB(), loadBefore, loadAfter, print.hashCode());
      System.err.println(s + ": " + print);
      System.err.println(VerdictReports.markdown(table, data));
    }
  }

  /** Returns the verdicts' numbers as text: equal text, equal table. */
  private static String fingerprint(VerdictTable table) {
    StringBuilder b = new StringBuilder();
    for (Verdict v : table.verdicts()) {
      b.append(String.format(Locale.ROOT, "%s %s %.6f %.6f %.4f %.4f; ", v.claim().label(), v.outcome(),
          v.elpdDiff(), v.elpdSe(), v.signProbability(), v.detectable()));
    }
    return b.toString();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static double peakHeapMiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024.0 * 1024.0);
  }
}
