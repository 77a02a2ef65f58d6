package org.strait.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.formats.StandardReaders;
import org.strait.store.DyadMonths;
import org.strait.store.EventStore;
import org.strait.store.IngestReport;

/**
 * The Spark job in {@code local[2]} against the embedded path, on the shared ICEWS sample and on a GDELT 2.0 file
 * with bad rows: the same aggregates, monthly totals and rejected-row counts, and the job's Parquet ingested back
 * into a store gives the same aggregates again.
 */
class ArchiveJobIT {
  static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("strait-test")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Path shared() {
    return Path.of(System.getProperty("strait.shared.dir", "../shared")).resolve("data");
  }

  @Test
  void run_sharedSampleAndGdelt_matchesEmbeddedIngestExactly() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in/mixed"));
    Path sample = Files.copy(shared().resolve("icews05-15/sample/icews_2005-2015_test.txt"),
        input.resolve("icews_2005-2015_test.txt"));
    Path gdelt = GdeltRows.write(input.resolve("20140101000000.export.CSV"));
    Path out = dir.resolve("out");

    ArchiveSummary summary = ArchiveJob.run(spark, new ArchiveSettings(
        List.of(sample.toUri().toString(), gdelt.toUri().toString()), out.toUri().toString(), null, null,
        List.of("JPN", "KOR", "USA", "CHN", "PRK", "RUS"), 2));
    assertThat(summary.errors()).isEmpty();
    assertThat(summary.files()).hasSize(2);

    Path embedded = dir.resolve("embedded.duckdb");
    long rejectedEmbedded = 0;
    try (EventStore store = EventStore.open(embedded)) {
      for (Path file : List.of(sample, gdelt)) {
        IngestReport r = store.ingest(file, StandardReaders.registry().require(file), options("mixed"));
        rejectedEmbedded += r.rejected();
      }
      assertThat(summary.rejected()).isEqualTo(rejectedEmbedded).isPositive();
      assertThat(summary.kept()).isPositive();
      Map<String, List<Object>> expected = rows(store.connection(),
          DyadMonths.sql("events", DyadMonths.DUCKDB_MONTH));
      Map<String, List<Object>> fromSpark = parquet("SELECT * FROM read_parquet('" + out.resolve("dyad_months")
          + "/*.parquet')");
      assertThat(fromSpark).isEqualTo(expected);
      assertThat(parquet("SELECT source, month, events FROM read_parquet('" + out.resolve("source_months")
          + "/*.parquet')")).isEqualTo(rows(store.connection(),
          "SELECT source, month, sum(events) FROM source_months GROUP BY 1, 2"));
      assertThat(parquet("SELECT reason, count(*) FROM read_parquet('" + out.resolve("rejects") + "/*.parquet')"
          + " GROUP BY 1")).isEqualTo(rows(store.connection(), "SELECT reason, count(*) FROM rejects GROUP BY 1"));

      try (EventStore back = EventStore.open(dir.resolve("back.duckdb"))) {
        Path marker = out.resolve(ArchiveSchemas.MARKER);
        IngestReport r = back.ingest(marker, StandardReaders.registry().require(marker), options("archive"));
        assertThat(r.kept()).isEqualTo(summary.kept());
        assertThat(r.rejected()).isEqualTo(summary.rejected());
        assertThat(r.valid()).isEqualTo(summary.valid());
        assertThat(rows(back.connection(), DyadMonths.sql("events", DyadMonths.DUCKDB_MONTH))).isEqualTo(expected);
        assertThat(back.ingest(marker, StandardReaders.registry().require(marker), options("archive"))
            .alreadyStored()).isTrue();
      }
    }
  }

  /**
   * Input with no event to keep (one row of other countries, one with a bad date): an archive with no event that
   * reads back as such.
   */
  @Test
  void run_noEventKept_writesAnArchiveThatIngestsAsEmpty() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in/none"));
    Path gdelt = Files.write(input.resolve("20140101000000.export.CSV"), List.of(
        GdeltRows.row("2001", "20140107", "FRA", "FRANCE", "DEU", "GERMANY", "040", "04", "1", "1.0"),
        GdeltRows.row("2002", "2014013X", "JPN", "JAPAN", "KOR", "SOUTH KOREA", "040", "04", "1", "1.0")),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out-none");

    ArchiveSummary summary = ArchiveJob.run(spark, new ArchiveSettings(List.of(gdelt.toUri().toString()),
        out.toUri().toString(), "gdelt2", null, List.of("JPN", "KOR", "USA", "CHN", "PRK", "RUS"), 2));
    assertThat(summary.errors()).isEmpty();
    assertThat(summary.files()).hasSize(1);
    assertThat(summary.valid()).isEqualTo(1);
    assertThat(summary.kept()).isZero();
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(parquet("SELECT count(*) FROM read_parquet('" + out.resolve("dyad_months") + "/*.parquet')"))
        .containsExactly(Map.entry("", List.of(0L)));

    try (EventStore back = EventStore.open(dir.resolve("none.duckdb"))) {
      Path marker = out.resolve(ArchiveSchemas.MARKER);
      IngestReport r = back.ingest(marker, StandardReaders.registry().require(marker), options("archive"));
      assertThat(r.kept()).isZero();
      assertThat(r.rejected()).isEqualTo(1);
    }
  }

  static ReadOptions options(String source) {
    return new ReadOptions(source, Set.copyOf(Country.DEFAULT_SET), org.strait.knowledge.StandardActors.resolver(), null, 0);
  }

  static Map<String, List<Object>> parquet(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      return rows(c, sql);
    }
  }

  /** Returns the rows of a query keyed by their first columns' text, with the values as numbers where they are. */
  static Map<String, List<Object>> rows(Connection c, String sql) throws SQLException {
    Map<String, List<Object>> out = new TreeMap<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          Object v = r.getObject(i);
          if (v instanceof Number number) {
            row.add(number.longValue());
          } else {
            key.append(v).append('|');
          }
        }
        out.put(key.toString(), row);
      }
    }
    return out;
  }

  /** A GDELT 2.0 export written field by field: kept rows, a row of other countries, and two bad rows. */
  static final class GdeltRows {
    static Path write(Path file) throws java.io.IOException {
      List<String> lines = new ArrayList<>();
      lines.add(row("1001", "20140105", "JPN", "JAPAN", "KOR", "SOUTH KOREA", "040", "04", "1", "1.0"));
      lines.add(row("1002", "20140106", "KOR", "SOUTH KOREA", "JPN", "JAPAN", "111", "11", "3", "-2.0"));
      lines.add(row("1003", "20140107", "FRA", "FRANCE", "DEU", "GERMANY", "040", "04", "1", "1.0"));
      lines.add(row("1004", "2014013X", "JPN", "JAPAN", "KOR", "SOUTH KOREA", "040", "04", "1", "1.0"));
      lines.add("1005\tonly\tthree");
      return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Returns one 61-column row; unnamed columns are left empty or zero as GDELT leaves them. */
    static String row(String id, String day, String c1, String n1, String c2, String n2, String code, String root,
        String quad, String goldstein) {
      String[] f = new String[61];
      java.util.Arrays.fill(f, "");
      f[0] = id;
      f[1] = day;
      f[2] = day.substring(0, 6);
      f[3] = day.substring(0, 4);
      f[4] = "2014.0110";
      f[5] = c1;
      f[6] = n1;
      f[7] = c1;
      f[15] = c2;
      f[16] = n2;
      f[17] = c2;
      f[25] = "1";
      f[26] = code;
      f[27] = code;
      f[28] = root;
      f[29] = quad;
      f[30] = goldstein;
      f[31] = "4";
      f[32] = "1";
      f[33] = "4";
      f[34] = "-1.5";
      f[35] = "0";
      f[43] = "0";
      f[51] = "0";
      f[59] = "20140105000000";
      f[60] = "http://example.org/a";
      return String.join("\t", f);
    }
  }
}
