package org.strait.ingest.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.store.ContentHash;
import org.strait.store.EventStore;
import org.strait.store.IngestReport;

/** A zipped GDELT 2.0 fixture through the real store: events, monthly totals and rejects as the rows say. */
class GdeltStoreTest {
  @TempDir
  Path dir;

  private static List<String> rows(Statement s, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? "|" : "").append(r.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  @Test
  void ingest_zippedExport_storesKeptEventsTotalsAndRejects() throws Exception {
    Path file = GdeltFiles.write(dir, "20150218233000.export.CSV.zip", GdeltFiles.lines(List.of(
        GdeltRow.v2().line(),
        GdeltRow.v2().set("GLOBALEVENTID", "2").actor(1, "PRK", "NORTH KOREA", "PRK", "")
            .actor(2, "USAMIL", "MILITARY", "USA", "MIL").date("20150302").event("1724", 4, "-5")
            .set("AvgTone", "-7.5").line(),
        GdeltRow.v2().set("GLOBALEVENTID", "3").actor(2, "GBR", "UNITED KINGDOM", "GBR", "").line(),
        GdeltRow.v2().set("GLOBALEVENTID", "4").date("20150230").line())));
    IngestReport report;
    try (EventStore store = EventStore.open(dir.resolve("store.duckdb"))) {
      report = store.ingest(file, GdeltEventReader.gdelt2(), GdeltFiles.options("gdelt2"));
      IngestReport again = store.ingest(file, GdeltEventReader.gdelt2(), GdeltFiles.options("gdelt2"));
      assertThat(again.alreadyStored()).isTrue();

      try (Statement s = store.connection().createStatement()) {
        assertThat(rows(s, "SELECT line, source, source_event_id, event_date, actor1_name, actor1_country,"
            + " actor1_sector, actor2_name, actor2_country, actor2_sector, cameo, root_code, quad_class, goldstein,"
            + " mentions, sources, articles, tone FROM events ORDER BY line")).containsExactly(
            "1|gdelt2|410412347|2015-02-18|JAPAN|JPN|GOV|SOUTH KOREA|KOR|null|036|3|1|4.0|6|2|5|-1.25",
            "2|gdelt2|2|2015-03-02|NORTH KOREA|PRK|null|MILITARY|USA|MIL|1724|17|4|-5.0|6|2|5|-7.5");
        assertThat(rows(s, "SELECT month, events FROM source_months ORDER BY month"))
            .containsExactly("2015-02|2", "2015-03|1");
        assertThat(rows(s, "SELECT line, reason, detail FROM rejects")).containsExactly(
            "4|bad-date|SQLDATE '20150230' is not a calendar date from 1900-01-01 to 2100-12-31");
      }
    }
    assertThat(report.format()).isEqualTo("gdelt2");
    assertThat(report.valid()).isEqualTo(3);
    assertThat(report.kept()).isEqualTo(2);
    assertThat(report.rejectsByReason()).isEqualTo(Map.of("bad-date", 1L));
  }

  @Test
  void ingest_withAHashStartedBeforeTheStoreOpened_storesTheFilesSha256() throws Exception {
    Path file = GdeltFiles.write(dir, "a.export.CSV", GdeltFiles.lines(List.of(GdeltRow.v2().line())));
    Path other = GdeltFiles.write(dir, "b.export.CSV", GdeltFiles.lines(List.of(
        GdeltRow.v2().set("GLOBALEVENTID", "2").line())));
    GdeltEventReader reader = GdeltEventReader.gdelt2();
    ContentHash started = EventStore.startHash(file, reader);
    ContentHash ofTheOther = EventStore.startHash(other, reader);
    try (EventStore store = EventStore.open(dir.resolve("store.duckdb"))) {
      store.ingest(file, reader, GdeltFiles.options("gdelt2"), () -> { }, false, started);
      // a hash started for another file is not taken over: the second ingest hashes its own file
      store.ingest(file.resolveSibling("b.export.CSV"), reader, GdeltFiles.options("gdelt2"), () -> { }, false,
          started);
      ofTheOther.cancel();

      try (Statement s = store.connection().createStatement()) {
        assertThat(rows(s, "SELECT path, sha256 FROM files ORDER BY file_id")).containsExactly(
            file + "|" + sha256(file), other + "|" + sha256(other));
      }
    }
  }

  /** The SHA-256 of a file's bytes in hex, computed here with the JDK alone. */
  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
