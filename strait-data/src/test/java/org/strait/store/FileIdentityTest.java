package org.strait.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.ingest.IngestException;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.quad.IdQuadReader;
import org.strait.knowledge.StandardActors;

/**
 * A stored file's identity is its content and the options that change what it holds: an id-form file ingested with
 * the wrong step is not "unchanged" when read again with the right one, and can be replaced or forgotten.
 */
class FileIdentityTest {
  @TempDir Path dir;

  /** Two rows at t = 24 and 48 hours from 2014-01-01, so 2014-01-02 and 2014-01-03 with a step of 1 hour. */
  private Path quads() throws IOException {
    Files.writeString(dir.resolve("entity2id.txt"), "Japan\t0\nSouth Korea\t1\n");
    Files.writeString(dir.resolve("relation2id.txt"), "Consult\t0\nMake statement\t1\n");
    return Files.writeString(dir.resolve("train.txt"), "0\t0\t1\t24\n1\t1\t0\t48\n1\t7\t0\t48\n");
  }

  private static ReadOptions options(String source, int stepHours) {
    return new ReadOptions(source, Set.copyOf(Country.DEFAULT_SET), StandardActors.resolver(),
        LocalDate.of(2014, 1, 1), stepHours);
  }

  private static List<String> rows(EventStore store, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  @Test
  void rerunWithTheRightStep_isNotUnchanged_andNamesTheDifference() throws Exception {
    Path file = quads();
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.ingest(file, new IdQuadReader(), options("q", 24));

      assertThatThrownBy(() -> store.ingest(file, new IdQuadReader(), options("q", 1)))
          .isInstanceOf(IngestException.class)
          .hasMessageContaining("step-hours 24 -> 1")
          .hasMessageContaining("--replace");
      // nothing changed: the wrong dates (t × 24 h) stay until the file is replaced
      assertThat(rows(store, "SELECT event_date::VARCHAR FROM events ORDER BY 1"))
          .containsExactly("2014-01-25", "2014-02-18");
    }
  }

  @Test
  void replace_withTheRightStep_replacesEventsTotalsAndRejectsInPlace() throws Exception {
    Path file = quads();
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.ingest(file, new IdQuadReader(), options("q", 24));

      IngestReport r = store.ingest(file, new IdQuadReader(), options("q", 1), () -> { }, true);

      assertThat(r.alreadyStored()).isFalse();
      assertThat(r.kept()).isEqualTo(2);
      assertThat(r.note()).startsWith("replaced " + file + " (file 1, source q, 2 valid rows, 2 events kept,"
          + " 1 rejected)").endsWith("options changed: step-hours 24 -> 1");
      assertThat(rows(store, "SELECT event_date::VARCHAR FROM events ORDER BY 1"))
          .containsExactly("2014-01-02", "2014-01-03");
      assertThat(rows(store, "SELECT month || ' ' || events FROM source_months ORDER BY 1"))
          .containsExactly("2014-01 2");
      assertThat(rows(store, "SELECT file_id || ' ' || line || ' ' || reason FROM rejects"))
          .containsExactly("2 3 unknown-relation");
      assertThat(store.files()).singleElement().satisfies(f -> {
        assertThat(f.fileId()).isEqualTo(2);
        assertThat(f.options()).contains("step-hours=1");
      });
      // and now a plain rerun with the same options is unchanged
      IngestReport again = store.ingest(file, new IdQuadReader(), options("q", 1));
      assertThat(again.alreadyStored()).isTrue();
      assertThat(again.note()).isNull();
    }
  }

  @Test
  void rerunUnderAnotherSourceLabel_isAConflictToo() throws Exception {
    Path file = quads();
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.ingest(file, new IdQuadReader(), options("q", 1));

      assertThatThrownBy(() -> store.ingest(file, new IdQuadReader(), options("icews14", 1)))
          .hasMessageContaining("source q -> icews14");
      assertThat(rows(store, "SELECT DISTINCT source FROM events")).containsExactly("q");
    }
  }

  @Test
  void replace_withTheSameOptions_readsAgainAndSaysSo() throws Exception {
    Path file = quads();
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.ingest(file, new IdQuadReader(), options("q", 1));

      IngestReport r = store.ingest(file, new IdQuadReader(), options("q", 1), () -> { }, true);

      assertThat(r.note()).endsWith("read again with the same options");
      assertThat(rows(store, "SELECT count(*) FROM events")).containsExactly("2");
      assertThat(store.files()).hasSize(1);
    }
  }

  @Test
  void forget_removesTheFileAndEverythingItStored() throws Exception {
    Path file = quads();
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.ingest(file, new IdQuadReader(), options("q", 24));
      long id = store.files().get(0).fileId();

      StoredFile gone = store.forget(id);

      assertThat(gone.kept()).isEqualTo(2);
      assertThat(store.files()).isEmpty();
      for (String table : List.of("events", "rejects", "source_months")) {
        assertThat(rows(store, "SELECT count(*) FROM " + table)).as(table).containsExactly("0");
      }
      assertThatThrownBy(() -> store.forget(id)).hasMessageContaining("no file with id " + id);
      // the file can be ingested afresh
      assertThat(store.ingest(file, new IdQuadReader(), options("q", 1)).alreadyStored()).isFalse();
    }
  }

  @Test
  void storeWithoutTheOptionsColumn_getsIt() throws Exception {
    Path db = dir.resolve("v1.duckdb");
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      // the files table as schema version 1 created it
      s.execute("CREATE TABLE files (file_id BIGINT PRIMARY KEY, path VARCHAR NOT NULL, sha256 VARCHAR NOT NULL"
          + " UNIQUE, size BIGINT NOT NULL, format VARCHAR NOT NULL, source VARCHAR NOT NULL, ingested_at TIMESTAMP"
          + " NOT NULL, rows_valid BIGINT NOT NULL, rows_kept BIGINT NOT NULL, rows_rejected BIGINT NOT NULL)");
    }
    try (EventStore store = EventStore.open(db)) {
      store.ingest(quads(), new IdQuadReader(), options("q", 1));
      assertThat(store.files()).singleElement().satisfies(f -> assertThat(f.options()).isEqualTo(
          "format=quad-id source=q origin=2014-01-01 step-hours=1 countries=CHN,JPN,KOR,PRK,RUS,USA"));
    }
  }

  @Test
  void filesStoredBeforeOptionsWereRecorded_areUnchangedWithANote() throws Exception {
    Path file = quads();
    Path db = dir.resolve("old.duckdb");
    try (EventStore store = EventStore.open(db)) {
      store.ingest(file, new IdQuadReader(), options("q", 1));
      try (Statement s = store.connection().createStatement()) {
        s.execute("UPDATE files SET options = NULL");
      }
    }
    try (EventStore store = EventStore.open(db)) {
      IngestReport again = store.ingest(file, new IdQuadReader(), options("q", 1));
      assertThat(again.alreadyStored()).isTrue();
      assertThat(again.note()).contains("--replace");
    }
  }
}
