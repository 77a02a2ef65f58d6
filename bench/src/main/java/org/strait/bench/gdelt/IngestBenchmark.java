package org.strait.bench.gdelt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.strait.core.Country;
import org.strait.core.Version;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.gdelt.GdeltEventReader;
import org.strait.store.EventStore;
import org.strait.store.IngestReport;

/**
 * The side-by-side benchmark of GDELT ingest: generates a synthetic GDELT 2.0 export (unless it exists), then times
 * in one run (a0) strait's reader alone into a counting sink, (a) strait's ingest of the file into a fresh store
 * through {@link EventStore#ingest} with the default country filter and monthly totals, and (b) DuckDB's
 * {@code read_csv} of the same file with an explicit schema, the same filter and totals (two plans, the faster
 * counts). Each timing ends with the database closed. Prints wall times, the ratio (a)/(b) and throughputs.
 *
 * <p>Usage: {@code java -cp bench/target/strait-bench.jar org.strait.bench.gdelt.IngestBenchmark [--rows N]
 * [--seed S] [--dir DIR] [--threads T] [--repeat R] [--keep-file]}.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  /** Returns the shared reference folder: {@code -Dstrait.shared.dir}, else {@code ../shared}. */
  static Path sharedDir() {
    String dir = System.getProperty("strait.shared.dir");
    return Path.of(dir != null ? dir : "../shared");
  }

  /** Returns the benchmark's file of {@code rows} rows from {@code seed} in {@code dir}, generating it when absent. */
  static Path generated(Path dir, long rows, long seed) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("gdelt2-" + rows + "-" + seed + ".export.CSV");
    if (!Files.exists(file)) {
      long t = System.nanoTime();
      new GdeltGenerator(sharedDir(), LocalDate.of(2015, 2, 19), 1776).write(file, rows, seed);
      System.out.printf("generated %s in %.1f s%n", file, (System.nanoTime() - t) / 1e9);
    }
    return file;
  }

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    long rows = 10_000_000L;
    long seed = 20_150_219L;
    Path dir = Path.of("/tmp/strait-bench");
    int threads = Runtime.getRuntime().availableProcessors();
    int repeat = 1;
    boolean keepFile = false;
    boolean readerOnly = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        case "--keep-file" -> keepFile = true;
        case "--reader-only" -> readerOnly = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.printf("strait %s, java %s, %d cores; seed %d%n", Version.current(),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), seed);
    Path file = generated(dir, rows, seed);
    long bytes = Files.size(file);
    System.out.printf("file: %,d rows, %,d bytes (%.2f GB), %.0f bytes/row%n", rows, bytes, bytes / 1e9,
        (double) bytes / rows);
    System.out.printf("warm read (page cache): %.2f s%n", warm(file));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      // Loads DuckDB's native library (extracted from the jar on first use) before anything is timed.
      System.out.printf("DuckDB %s loaded%n", c.getMetaData().getDatabaseProductVersion());
    }
    List<String> countries = Country.DEFAULT_SET.stream().map(Country::code).toList();
    ReadOptions options = new ReadOptions("gdelt2", Set.copyOf(Country.DEFAULT_SET),
        (name, date) -> Optional.empty(), null, 0);
    GdeltEventReader reader = GdeltEventReader.gdelt2().withThreads(threads);
    List<Double> readerTimes = new ArrayList<>();
    List<Double> straitTimes = new ArrayList<>();
    List<Double> duckTimes = new ArrayList<>();
    for (int r = 1; r <= repeat; r++) {
      CountingSink counts = new CountingSink();
      long t = System.nanoTime();
      long cpu = cpu();
      long mainCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      reader.read(new InputFile(file), options, counts);
      double a0 = (System.nanoTime() - t) / 1e9;
      mainCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - mainCpu;
      System.out.printf("run %d (a0) reader alone, %d threads: %.2f s (cpu %.2f s, of which the calling thread"
          + " %.2f s), %.2f GB/s; valid %,d kept %,d rejected %,d%n", r, threads, a0, (cpu() - cpu) / 1e9,
          mainCpu / 1e9, bytes / a0 / 1e9, counts.valid, counts.kept, counts.rejected);
      readerTimes.add(a0);
      if (readerOnly) {
        continue;
      }

      double sha = sha(file);
      Path db = fresh(dir.resolve("strait-bench.duckdb"));
      t = System.nanoTime();
      cpu = cpu();
      IngestReport report;
      TimedReader timed = new TimedReader(reader);
      long opened;
      long ingested;
      try (EventStore store = EventStore.open(db)) {
        opened = System.nanoTime();
        report = store.ingest(file, timed, options);
        ingested = System.nanoTime();
      }
      double a = (System.nanoTime() - t) / 1e9;
      System.out.printf("run %d (a) phases: open %.2f s, before the read (SHA-256, lookup) %.2f s, read with appends"
          + " %.2f s, after the read (totals, commit) %.2f s, close (checkpoint) %.2f s%n", r, (opened - t) / 1e9,
          (timed.started - opened) / 1e9, (timed.ended - timed.started) / 1e9, (ingested - timed.ended) / 1e9,
          (System.nanoTime() - t) / 1e9 - (ingested - t) / 1e9);
      straitTimes.add(a);
      double aCpu = (cpu() - cpu) / 1e9;
      long storedMonths = DuckDbBaseline.counts(db)[1];
      System.out.printf("run %d (a) strait ingest into the store: %.2f s (cpu %.2f s), %.2f GB/s (SHA-256 of the"
          + " file alone, which the store computes first: %.2f s); valid %,d kept %,d rejected %,d; monthly totals"
          + " sum %,d%n", r, a, aCpu, bytes / a / 1e9, sha, report.valid(), report.kept(), report.rejected(),
          storedMonths);
      fresh(db);

      Path duck = fresh(dir.resolve("duckdb-bench.duckdb"));
      cpu = cpu();
      DuckDbBaseline.Result two = DuckDbBaseline.twoScans(file, duck, countries);
      double twoCpu = (cpu() - cpu) / 1e9;
      fresh(duck);
      cpu = cpu();
      DuckDbBaseline.Result one = DuckDbBaseline.oneScan(file, duck, countries);
      double oneCpu = (cpu() - cpu) / 1e9;
      fresh(duck);
      for (DuckDbBaseline.Result b : List.of(two, one)) {
        System.out.printf("run %d (b) DuckDB read_csv, %s: %.2f s (cpu %.2f s, incl. counting), %.2f GB/s; kept"
            + " %,d, monthly totals sum %,d over %d months%n", r, b.plan(), b.seconds(), b == two ? twoCpu : oneCpu,
            bytes / b.seconds() / 1e9, b.kept(), b.valid(), b.months());
        if (b.kept() != report.kept() || b.valid() != report.valid()) {
          System.out.printf("  MISMATCH with strait: kept %,d vs %,d, valid %,d vs %,d%n", b.kept(),
              report.kept(), b.valid(), report.valid());
        }
      }
      double best = Math.min(two.seconds(), one.seconds());
      duckTimes.add(best);
      System.out.printf("run %d ratio (a)/(b) = %.2f (target <= 0.5); (a0)/(b) = %.2f%n", r, a / best, a0 / best);
    }
    double a0 = java.util.Collections.min(readerTimes);
    System.out.printf("best of %d: (a0) reader alone %.2f s = %.2f GB/s", repeat, a0, bytes / a0 / 1e9);
    if (!readerOnly) {
      double a = java.util.Collections.min(straitTimes);
      double b = java.util.Collections.min(duckTimes);
      System.out.printf("; (a) strait %.2f s = %.2f GB/s; (b) DuckDB %.2f s = %.2f GB/s; ratio (a)/(b) %.2f", a,
          bytes / a / 1e9, b, bytes / b / 1e9, a / b);
    }
    System.out.println();
    if (!keepFile) {
      Files.delete(file);
    }
  }

  /** Returns the CPU time of the whole process so far, in nanoseconds (every thread, DuckDB's included). */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static Path fresh(Path db) throws IOException {
    Files.deleteIfExists(db);
    Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
    return db;
  }

  /** Reads the file once so that every contender finds it in the page cache; returns the seconds taken. */
  static double warm(Path file) throws IOException {
    long t = System.nanoTime();
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      while (in.read(buffer) >= 0) {
        continue;
      }
    }
    return (System.nanoTime() - t) / 1e9;
  }

  /** Times a SHA-256 of the file, as the store computes before ingesting. */
  private static double sha(Path file) throws Exception {
    long t = System.nanoTime();
    java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
    }
    digest.digest();
    return (System.nanoTime() - t) / 1e9;
  }
}
