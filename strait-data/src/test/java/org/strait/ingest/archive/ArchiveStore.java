package org.strait.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.strait.core.Country;
import org.strait.ingest.IngestException;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.archive.ArchiveFixture.Archive;
import org.strait.ingest.archive.ArchiveFixture.EventRow;
import org.strait.store.EventStore;
import org.strait.store.IngestReport;

/**
 * A real store in a temporary folder (jqwik has no {@code @TempDir}; the folder is deleted on close) that already
 * holds one archive, and the checks the properties make on it: a failed ingest leaves every table as it was, a
 * successful one adds exactly the archive's rows.
 */
final class ArchiveStore implements AutoCloseable {
  /** The ingest keeps events among these three countries; the archives also hold CHN, PRK and RUS events. */
  static final ReadOptions OPTIONS = new ReadOptions("archive", Set.of(Country.JPN, Country.KOR, Country.USA),
      (name, date) -> java.util.Optional.empty(), null, 0);

  private final Path dir;
  private final EventStore store;
  private int archives;

  private ArchiveStore(Path dir) {
    this.dir = dir;
    this.store = EventStore.open(dir.resolve("store.duckdb"));
  }

  /** Opens a store and ingests a first, valid archive into it, checking its rows. */
  static ArchiveStore open() throws IOException, SQLException {
    ArchiveStore s = new ArchiveStore(Files.createTempDirectory("strait-archive-props"));
    Archive prior = RandomArchives.draw(20_140_101L, "prior", 1, 1);
    s.assertStores(prior, ArchiveFixture.write(prior, s.newFolder()));
    return s;
  }

  /** Returns a new, not yet existing folder for an archive. */
  Path newFolder() {
    return dir.resolve("archive-" + (++archives));
  }

  /** Returns a tag that makes an archive's input names, hence its marker, unique in this store. */
  String tag() {
    return "t" + archives;
  }

  /** Ingests the marker and checks that the store gained exactly the archive's rows. */
  IngestReport assertStores(Archive archive, Path marker) throws IOException, SQLException {
    List<String> before = snapshot();
    long fileId = 1 + before.stream().filter(r -> r.startsWith("files|")).count();
    IngestReport report = store.ingest(marker, new ArchiveReader(), OPTIONS);
    List<String> expected = new ArrayList<>(before);
    expected.addAll(rows(archive, fileId));
    assertThat(snapshot()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(report.alreadyStored()).isFalse();
    return report;
  }

  /** Ingests the marker and returns the report, checking nothing. */
  IngestReport storeOnly(Path marker) throws IOException {
    return store.ingest(marker, new ArchiveReader(), OPTIONS);
  }

  /** Ingests the marker, expecting the reader's exception, and checks that the store is as it was; returns it. */
  IngestException assertFails(Path marker) throws IOException, SQLException {
    List<String> before = snapshot();
    IngestException failure = null;
    try {
      store.ingest(marker, new ArchiveReader(), OPTIONS);
    } catch (IngestException e) {
      failure = e;
    }
    assertThat(failure).as("ingest of %s should fail", marker).isNotNull();
    assertThat(snapshot()).containsExactlyInAnyOrderElementsOf(before);
    return failure;
  }

  /** Returns every row of every table, as text, with the files table's stable columns only. */
  List<String> snapshot() throws SQLException {
    List<String> out = new ArrayList<>();
    dump("SELECT 'files', file_id, format, source, rows_valid, rows_kept, rows_rejected FROM files", out);
    dump("SELECT 'events', file_id, line, source, source_event_id, event_date, actor1_name, actor1_country,"
        + " actor1_sector, actor2_name, actor2_country, actor2_sector, cameo, root_code, quad_class, goldstein,"
        + " mentions, sources, articles, tone FROM events", out);
    dump("SELECT 'source_months', file_id, source, month, events FROM source_months", out);
    dump("SELECT 'rejects', file_id, line, reason, detail FROM rejects", out);
    return out;
  }

  /** The rows an archive should add to the store under {@code fileId}, computed from what was written. */
  static List<String> rows(Archive archive, long fileId) {
    List<String> out = new ArrayList<>();
    long kept = 0;
    for (EventRow e : archive.events()) {
      if (OPTIONS.keeps(Country.of(e.country1()), Country.of(e.country2()))) {
        kept++;
        out.add(join("events", fileId, e.line(), e.source(), e.sourceEventId(), e.date(), e.actor1(), e.country1(),
            e.sector1(), e.actor2(), e.country2(), e.sector2(), e.cameo(), e.root(), e.quad(), e.goldstein(),
            e.mentions(), e.sources(), e.articles(), e.tone()));
      }
    }
    long valid = 0;
    for (var m : archive.months().entrySet()) {
      String[] key = m.getKey().split("\\|");
      out.add(join("source_months", fileId, key[0], key[1], m.getValue()));
      valid += m.getValue();
    }
    archive.rejects().forEach(r -> out.add(join("rejects", fileId, r.line(), r.reason(), r.file() + ": " + r.detail())));
    out.add(join("files", fileId, "strait-archive", OPTIONS.source(), valid, kept, archive.rejects().size()));
    return out;
  }

  private void dump(String sql, List<String> out) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        Object[] v = new Object[n];
        for (int i = 0; i < n; i++) {
          v[i] = r.getObject(i + 1);
        }
        out.add(join(v));
      }
    }
  }

  private static String join(Object... values) {
    StringJoiner j = new StringJoiner("|");
    for (Object v : values) {
      j.add(String.valueOf(v));
    }
    return j.toString();
  }

  @Override
  public void close() throws IOException {
    store.close();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
