package org.strait.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.strait.ingest.EventReader;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;

/**
 * The embedded DuckDB store of events: two files, {@code NAME.duckdb} and its write-ahead log
 * {@code NAME.duckdb.wal} (present while the store is open, or after a process stopped before a checkpoint; it holds
 * committed ingests and belongs with the store), opened by one process at a time.
 *
 * <p>Lifecycle: {@link #open} → {@link #ingest}* and queries on {@link #connection()} → {@link #close}. Each file is
 * ingested in one transaction, so that a failure or a killed process leaves the store as it was before that file;
 * a file whose content (SHA-256) is stored already is not read again.
 */
public final class EventStore implements AutoCloseable {
  /** Hashes files beside the reading thread; daemon threads, so that they never keep the JVM alive. */
  private static final ExecutorService HASHER = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "strait-sha256");
    t.setDaemon(true);
    return t;
  });

  private final Path path;
  private final DuckDBConnection connection;

  private EventStore(Path path, DuckDBConnection connection) {
    this.path = path;
    this.connection = connection;
  }

  /** Opens the store in {@code dbFile}, creating the file and its schema when they do not exist. */
  public static EventStore open(Path dbFile) {
    try {
      Path parent = dbFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + dbFile.toAbsolutePath());
      EventStore store = new EventStore(dbFile, c.unwrap(DuckDBConnection.class));
      store.createSchema();
      return store;
    } catch (SQLException e) {
      throw new StoreException("cannot open the store " + dbFile + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of the store " + dbFile, e);
    }
  }

  private void createSchema() throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String ddl : Schema.DDL) {
        s.execute(ddl);
      }
      try (ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
        if (r.next()) {
          String found = r.getString(1);
          if (!String.valueOf(Schema.VERSION).equals(found)) {
            throw new StoreException("the store " + path + " has schema version " + found + "; this strait reads "
                + Schema.VERSION + ". Ingest into a new store.");
          }
          return;
        }
      }
      s.execute("INSERT INTO meta VALUES ('schema_version', '" + Schema.VERSION + "')");
    }
  }

  /** Returns the store's file. */
  public Path path() {
    return path;
  }

  /** Returns the JDBC connection, for queries. Callers must not change the tables. */
  public Connection connection() {
    return connection;
  }

  /**
   * Ingests one file in one transaction: all its events, monthly totals and rejected rows, or nothing.
   *
   * @return what was read; {@link IngestReport#alreadyStored()} when the same content was ingested before
   */
  public IngestReport ingest(Path file, EventReader reader, ReadOptions options) throws IOException {
    return ingest(file, reader, options, () -> { });
  }

  /**
   * Ingests one file as {@link #ingest(Path, EventReader, ReadOptions)} does, calling {@code onRow} per row.
   *
   * <p>The file's SHA-256 is computed on a second thread while the reader parses, so that hashing costs no wall
   * time on a multi-core machine; a file found to be stored already is abandoned as soon as its hash is known, and
   * its transaction rolled back.
   */
  public IngestReport ingest(Path file, EventReader reader, ReadOptions options, Runnable onRow) throws IOException {
    Set<String> known = storedHashes();
    Future<String> hash = HASHER.submit(() -> sha256(reader.contentFiles(file)));
    DuplicateCheck duplicate = new DuplicateCheck(hash, known, onRow);
    IngestReport report;
    try {
      report = transaction(file, reader, options, known, duplicate);
    } catch (IOException | RuntimeException e) {
      hash.cancel(true);
      try {
        autoCommit(file);
      } catch (StoreException restoring) {
        e.addSuppressed(restoring);
      }
      throw e;
    }
    hash.cancel(true);
    autoCommit(file);
    return report;
  }

  /** Reads the file in one transaction and commits it, or rolls it back and throws with the cause and file. */
  private IngestReport transaction(Path file, EventReader reader, ReadOptions options, Set<String> known,
      DuplicateCheck duplicate) throws IOException {
    try {
      connection.setAutoCommit(false);
      long fileId = nextFileId();
      StoreSink sink;
      try (DuckDBAppender events = connection.createAppender("main", "events");
          DuckDBAppender rejects = connection.createAppender("main", "rejects")) {
        sink = new StoreSink(fileId, options.source(), events, rejects, duplicate);
        reader.read(new InputFile(file), options, sink);
      }
      String sha = duplicate.sha();
      if (known.contains(sha)) {
        throw new DuplicateCheck.AlreadyStored();
      }
      writeMonths(fileId, sink.months());
      writeFile(fileId, file, sha, reader.format(), options.source(), sink);
      connection.commit();
      return new IngestReport(file, reader.format(), options.source(), false,
          sink.valid(), sink.kept(), sink.rejected(), sink.reasons());
    } catch (DuplicateCheck.AlreadyStored e) {
      rollback(e);
      return storedReport(file, duplicate.sha());
    } catch (SQLException e) {
      StoreException failure = new StoreException("cannot store " + file + " in " + path + ": " + e.getMessage(), e);
      rollback(failure);
      throw failure;
    } catch (StoreException e) {
      StoreException failure = new StoreException("cannot store " + file + " in " + path + ": " + e.getMessage(), e);
      rollback(failure);
      throw failure;
    } catch (IOException | RuntimeException e) {
      rollback(e);
      throw e;
    }
  }

  private Set<String> storedHashes() {
    Set<String> hashes = new HashSet<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT sha256 FROM files")) {
      while (r.next()) {
        hashes.add(r.getString(1));
      }
      return hashes;
    } catch (SQLException e) {
      throw new StoreException("cannot read the stored files of " + path + ": " + e.getMessage(), e);
    }
  }

  private IngestReport storedReport(Path file, String sha) {
    String sql = "SELECT format, source, rows_valid, rows_kept, rows_rejected, file_id FROM files WHERE sha256 = ?";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, sha);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        return new IngestReport(file, r.getString(1), r.getString(2), true, r.getLong(3), r.getLong(4),
            r.getLong(5), rejectsByReason(r.getLong(6)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look up " + file + " in " + path, e);
    }
  }

  private Map<String, Long> rejectsByReason(long fileId) throws SQLException {
    Map<String, Long> reasons = new HashMap<>();
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT reason, count(*) FROM rejects WHERE file_id = ? GROUP BY reason")) {
      p.setLong(1, fileId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          reasons.put(r.getString(1), r.getLong(2));
        }
      }
    }
    return reasons;
  }

  private long nextFileId() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(file_id), 0) + 1 FROM files")) {
      r.next();
      return r.getLong(1);
    }
  }

  private void writeMonths(long fileId, Map<String, Map<YearMonth, long[]>> months) throws SQLException {
    try (DuckDBAppender a = connection.createAppender("main", "source_months")) {
      for (Map.Entry<String, Map<YearMonth, long[]>> bySource : months.entrySet()) {
        for (Map.Entry<YearMonth, long[]> m : bySource.getValue().entrySet()) {
          a.beginRow();
          a.append(fileId).append(bySource.getKey()).append(m.getKey().toString()).append(m.getValue()[0]);
          a.endRow();
        }
      }
    }
  }

  private void writeFile(long fileId, Path file, String sha, String format, String source, StoreSink sink)
      throws SQLException, IOException {
    try (PreparedStatement p = connection.prepareStatement(
        "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, fileId);
      p.setString(2, file.toString());
      p.setString(3, sha);
      p.setLong(4, Files.size(file));
      p.setString(5, format);
      p.setString(6, source);
      p.setTimestamp(7, Timestamp.from(Instant.now()));
      p.setLong(8, sink.valid());
      p.setLong(9, sink.kept());
      p.setLong(10, sink.rejected());
      p.executeUpdate();
    }
  }

  private void rollback(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(new StoreException("cannot roll back the ingest in " + path, e));
    }
  }

  private void autoCommit(Path file) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new StoreException("cannot store " + file + " in " + path + ": " + e.getMessage(), e);
    }
  }

  /** Returns the SHA-256 of a file's bytes, in hex. */
  static String sha256(Path file) throws IOException {
    return sha256(List.of(file));
  }

  /**
   * Returns the SHA-256, in hex, of one file's bytes; or, of several files, of each one's name relative to the first
   * one's folder, a NUL byte, its length (8 bytes) and its bytes, in the given order.
   */
  static String sha256(List<Path> files) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
    Path folder = files.get(0).toAbsolutePath().getParent();
    byte[] buffer = new byte[1 << 16];
    for (Path file : files) {
      if (files.size() > 1) {
        digest.update(folder.relativize(file.toAbsolutePath()).toString().replace('\\', '/')
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(java.nio.ByteBuffer.allocate(8).putLong(Files.size(file)).array());
      }
      InputFile.requireRegular(file);
      try (InputStream in = Files.newInputStream(file)) {
        int n;
        while ((n = in.read(buffer)) > 0) {
          digest.update(buffer, 0, n);
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store " + path, e);
    }
  }
}
