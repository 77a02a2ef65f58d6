package org.strait.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.strait.core.Version;
import org.strait.store.DyadMonths;

/**
 * The archive job: parses event files on a Spark cluster with strait's own readers and writes, under the output
 * folder, Parquet tables {@code events/} (partitioned by month), {@code source_months/}, {@code rejects/},
 * {@code files/} and {@code dyad_months/}, and the marker {@code _strait_archive.json} by which {@code strait ingest}
 * recognises the folder.
 *
 * <p>Usage: {@code spark-submit --class org.strait.spark.ArchiveJob strait-spark-job.jar --out DIR [--format F]
 * [--source LABEL] [--countries JPN,KOR,...] [--partitions N] INPUT...} (see the README for the Java 17 flags).
 */
public final class ArchiveJob {
  private ArchiveJob() {}

  /** Runs the job from the command line; exit code 0 when every file was read, 1 otherwise, 2 for bad usage. */
  public static void main(String[] args) {
    ArchiveSettings settings;
    try {
      settings = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("strait-spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("strait-archive").getOrCreate();
    try {
      ArchiveSummary summary = run(spark, settings);
      System.out.printf("files %d, valid rows %d, kept %d, rejected %d, output %s%n", summary.files().size(),
          summary.valid(), summary.kept(), summary.rejected(), settings.out());
      summary.errors().forEach(e -> System.err.println("strait-spark: " + e));
      System.exit(summary.errors().isEmpty() ? 0 : 1);
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in a session and returns what it read.
   *
   * <p>Three Spark jobs: the events (shuffled by month so that each month's folder gets one file rather than one per
   * input file), the rejects and the dyad-month aggregates (from the parsed events in memory, not read back); the
   * per-file counts and monthly totals are small and are summed on the driver.
   */
  public static ArchiveSummary run(SparkSession spark, ArchiveSettings settings) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<FileResult> results = jsc.binaryFiles(String.join(",", settings.inputs()), settings.partitions())
        .map(t -> FileTask.read(t._1(), t._2(), settings))
        .persist(StorageLevel.MEMORY_AND_DISK());
    String out = settings.out();

    Dataset<Row> events = spark.createDataFrame(
        results.flatMap(r -> r.events().stream().map(v -> RowFactory.create(v)).iterator()), ArchiveSchemas.EVENTS);
    events.repartition(functions.col("month")).sortWithinPartitions("month", "file", "line")
        .write().partitionBy("month").parquet(out + "/events");
    spark.createDataFrame(results.flatMap(r -> r.rejects().stream().map(v -> RowFactory.create(v)).iterator()),
        ArchiveSchemas.REJECTS).write().parquet(out + "/rejects");
    events.createOrReplaceTempView("strait_archive_events");
    spark.sql(DyadMonths.sql("strait_archive_events", DyadMonths.SPARK_MONTH)).write().parquet(out + "/dyad_months");

    List<FileCounts> counts = new ArrayList<>(results.map(FileCounts::of).collect());
    results.unpersist();
    counts.sort(Comparator.comparing(FileCounts::file));
    Map<List<String>, Long> months = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
        .thenComparing(k -> k.get(1)));
    counts.forEach(c -> c.months().forEach((m, n) -> months.merge(List.of(c.source(), m), n, Long::sum)));
    spark.createDataFrame(months.entrySet().stream()
            .map(e -> RowFactory.create(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList(),
        ArchiveSchemas.MONTHS).coalesce(1).write().parquet(out + "/source_months");
    List<ArchiveSummary.FileRow> files = counts.stream().map(c -> new ArchiveSummary.FileRow(c.file(), c.format(),
        c.source(), c.months().values().stream().mapToLong(Long::longValue).sum(), c.kept(), c.rejected(), c.error()))
        .toList();
    spark.createDataFrame(files.stream().map(f -> RowFactory.create(f.file(), f.format(), f.source(), f.valid(),
        f.kept(), f.rejected(), f.error())).toList(), ArchiveSchemas.FILES).coalesce(1).write().parquet(out + "/files");

    ArchiveSummary summary = new ArchiveSummary(files,
        files.stream().mapToLong(ArchiveSummary.FileRow::valid).sum(),
        files.stream().mapToLong(ArchiveSummary.FileRow::kept).sum(),
        files.stream().mapToLong(ArchiveSummary.FileRow::rejected).sum());
    writeMarker(spark, out, summary);
    return summary;
  }

  private static void writeMarker(SparkSession spark, String out, ArchiveSummary summary) {
    StringBuilder json = new StringBuilder("{\"format\": \"strait-archive\", \"version\": \"")
        .append(Version.current()).append("\", \"files\": [");
    for (int i = 0; i < summary.files().size(); i++) {
      ArchiveSummary.FileRow f = summary.files().get(i);
      json.append(i == 0 ? "" : ", ").append("{\"file\": \"").append(escape(f.file())).append("\", \"valid\": ")
          .append(f.valid()).append(", \"kept\": ").append(f.kept()).append(", \"rejected\": ").append(f.rejected())
          .append('}');
    }
    json.append("]}\n");
    org.apache.hadoop.fs.Path marker = new org.apache.hadoop.fs.Path(out, ArchiveSchemas.MARKER);
    try {
      FileSystem fs = marker.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream o = fs.create(marker, false)) {
        o.write(json.toString().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + marker, e);
    }
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  static ArchiveSettings parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    String out = null;
    String format = null;
    String source = null;
    List<String> countries = List.of("JPN", "KOR", "USA", "CHN", "PRK", "RUS");
    int partitions = 2;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        String v = args[++i];
        switch (a) {
          case "--out" -> out = v;
          case "--format" -> format = v;
          case "--source" -> source = v;
          case "--countries" -> countries = List.of(v.split(","));
          case "--partitions" -> partitions = Integer.parseInt(v);
          default -> throw new IllegalArgumentException("unknown option " + a
              + "; options: --out DIR --format F --source LABEL --countries ISO3,... --partitions N");
        }
      } else {
        inputs.add(a);
      }
    }
    return new ArchiveSettings(inputs, out, format, source, countries, partitions);
  }
}
