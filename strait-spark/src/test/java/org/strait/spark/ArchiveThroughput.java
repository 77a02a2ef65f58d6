package org.strait.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The archive job's throughput in {@code local[1]} and {@code local[2]} on a folder of generated GDELT 2.0 files (one
 * Spark task per file, as in the real archive): a timed main, not a test (see {@code bench/README.md} for the
 * command). Each master runs the whole job, Parquet output included, {@code repeat} times; the fastest run counts.
 */
public final class ArchiveThroughput {
  private ArchiveThroughput() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    List<Path> files;
    try (var list = Files.list(folder)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    List<String> masters = args.length > 1 ? List.of(args[1].split(",")) : List.of("local[1]", "local[2]");
    int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    List<String> inputs = files.stream().map(f -> f.toUri().toString()).toList();
    Path work = Files.createTempDirectory("strait-spark-bench");
    System.out.printf("input %s: %d files, %.2f GB%n", folder, files.size(), bytes / 1e9);
    for (String master : masters) {
      SparkSession spark = SparkSession.builder().master(master).appName("strait-bench")
          .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
          .config("spark.driver.memory", "6g").getOrCreate();
      int cores = spark.sparkContext().defaultParallelism();
      double best = Double.MAX_VALUE;
      ArchiveSummary summary = null;
      for (int r = 0; r < repeat; r++) {
        Path out = work.resolve(master.replaceAll("[^a-z0-9]", "") + "-" + r);
        long t0 = System.nanoTime();
        summary = ArchiveJob.run(spark, new ArchiveSettings(inputs, out.toUri().toString(),
            "gdelt2", "gdelt2", List.of("JPN", "KOR", "USA", "CHN", "PRK", "RUS"), cores));
        best = Math.min(best, (System.nanoTime() - t0) / 1e9);
      }
      spark.stop();
      System.out.printf("%s: best of %d %.2f s, %.3f GB/s, %.3f GB/s per core; valid %d, kept %d, rejected %d%n",
          master, repeat, best, bytes / 1e9 / best, bytes / 1e9 / best / cores, summary.valid(), summary.kept(),
          summary.rejected());
    }
    try (var walk = Files.walk(work)) {
      List<Path> all = new ArrayList<>(walk.toList());
      all.sort(Comparator.reverseOrder());
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    }
  }
}
