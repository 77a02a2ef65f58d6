package org.strait.bench.bargain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.strait.bargain.BargainRun;
import org.strait.bargain.Dispute;
import org.strait.bargain.SmpOptions;
import org.strait.bargain.SpatialModel;
import org.strait.bargain.Stakeholder;
import org.strait.core.Version;

/**
 * A timed main for the spatial model's growth with the number of actors: random N × 1 disputes
 * ({@link BenchDisputes#random}), each run once in process with its wall and CPU time, turns, peak heap in use and a digest
 * of the final positions (to check that a faster version gives the same results), and written as a KTAB CSV so
 * that the whole {@code strait bargain} process can be timed on the same input.
 *
 * <p>Arguments: {@code [--sizes 20,40,80,160,320] [--seed 20161111] [--csv-dir DIR] [--parallel true]}; CPU
 * time is printed for the running thread and for the whole process (with {@code --parallel true} the challenges
 * run on the common fork-join pool's threads too).
 */
public final class SmpScaling {
  private SmpScaling() {}

  /** Runs the sizes in increasing order in this JVM and prints one line each. */
  public static void main(String[] args) {
    String sizes = "20,40,80,160,320";
    long seed = 20161111L;
    Path csvDir = null;
    boolean parallel = false;
    for (int a = 0; a < args.length; a += 2) {
      switch (args[a]) {
        case "--sizes" -> sizes = args[a + 1];
        case "--seed" -> seed = Long.parseLong(args[a + 1]);
        case "--csv-dir" -> csvDir = Path.of(args[a + 1]);
        case "--parallel" -> parallel = Boolean.parseBoolean(args[a + 1]);
        default -> throw new IllegalArgumentException("unknown argument " + args[a]
            + "; known: --sizes, --seed, --csv-dir, --parallel");
      }
    }
    System.out.printf(Locale.ROOT, "strait %s, Java %s, %d processors, max heap %d MiB, seed %d, parallel %s%n",
        Version.current(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, seed, parallel);
    // the one-argument constructor when sequential, so that an older strait-model (bench/smp-scaling.sh) runs too
    SpatialModel smp = parallel ? new SpatialModel(SmpOptions.defaults(), true)
        : new SpatialModel(SmpOptions.defaults());
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (String s : sizes.split(",")) {
      int n = Integer.parseInt(s.trim());
      Dispute d = BenchDisputes.random(n, 1, seed);
      if (csvDir != null) {
        write(d, csvDir.resolve("random-" + n + "x1.csv"));
      }
      System.gc();
      resetPeaks();
      long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long p0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      BargainRun run = smp.run(d);
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e9;
      double processCpu = (os.getProcessCpuTime() - p0) / 1e9;
      System.out.printf(Locale.ROOT, "N %4d  turns %3d %-13s  wall %8.3f s  cpu %8.3f s  process cpu %8.3f s"
          + "  peak heap %6d MiB  final positions %s%n", n, run.roundCount() - 1,
          run.converged() ? "(converged)" : "(turn limit)", seconds, cpu, processCpu, peakHeap() >> 20, digest(run));
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The first 12 hex digits of SHA-256 over every final position printed to 6 decimals. */
  private static String digest(BargainRun run) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < run.dispute().size(); i++) {
      text.append(String.format(Locale.ROOT, "%.6f%n", run.finalPosition(i, 0)));
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes());
      return HexFormat.of().formatHex(h).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Dispute d, Path file) {
    StringBuilder b = new StringBuilder();
    b.append(d.id()).append(",random,").append(d.size()).append(",1\n");
    b.append("Actor,Description,Influence,Dim-0 Position,Dim-0 Salience\n");
    for (Stakeholder s : d.stakeholders()) {
      b.append(String.format(Locale.ROOT, "%s,random,%.17g,%.17g,%.17g%n", s.name(), s.capability(), s.position(0),
          s.salience(0)));
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
