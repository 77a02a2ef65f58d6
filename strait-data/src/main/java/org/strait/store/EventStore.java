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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.strait.ingest.EventReader;
import org.strait.ingest.IngestException;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;

/**
 * The embedded DuckDB store of events: two files, {@code NAME.duckdb} and its write-ahead log
 * {@code NAME.duckdb.wal} (present while changes are not yet checkpointed, e.g. after a process stopped before a
 * checkpoint; it holds committed ingests and belongs with the store).
 *
 * <p>Sharing, as DuckDB's file lock allows it: any number of processes may {@link #openReadOnly read} a store at
 * once (commands that only read, and {@code strait serve}); a process that {@link #open writes} (an ingest) needs
 * the store to itself, so it waits for no reader and no reader waits for it: the second one to open is refused
 * with a message that says so ({@link #IN_USE}).
 *
 * <p>Lifecycle: {@link #open} → {@link #ingest}* and queries on {@link #connection()} → {@link #close}. Each file is
 * ingested in one transaction, so that a failure or a killed process leaves the store as it was before that file;
 * a file whose content (SHA-256) is stored already with the same reading options ({@link FileOptions}) is not read
 * again, and a stored file can be replaced or removed, in one transaction too.
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
  private final StoreReader reader;

  private EventStore(Path path, DuckDBConnection connection) {
    this.path = path;
    this.connection = connection;
    this.reader = new StoreReader(path, connection, false);
  }

  /** Why {@link #preload} could not load DuckDB's native library, if it could not. */
  private static volatile LinkageError preloadFailure;

  /** The start of the message when another process holds the store: the rule of sharing follows it. */
  public static final String IN_USE = "the store is in use by another process";

  /**
   * Opens the existing store in {@code dbFile} for reading only: its tables cannot be changed through it, and other
   * processes may read the store at the same time.
   *
   * @throws StoreException when the file is not a store of this schema, or a process that writes holds it
   */
  public static EventStore openReadOnly(Path dbFile) {
    java.util.Properties readOnly = new java.util.Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try {
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + dbFile.toAbsolutePath(), readOnly);
      EventStore store = new EventStore(dbFile, c.unwrap(DuckDBConnection.class));
      try {
        store.checkSchema();
      } catch (SQLException | RuntimeException e) {
        store.close();
        throw e;
      }
      return store;
    } catch (SQLException e) {
      throw failure(dbFile, true, e);
    }
  }

  /**
   * Starts loading DuckDB on a daemon thread and returns at once: the JDBC driver unpacks its native library (57 MB)
   * from the jar and loads it at every start of a process, about half a CPU-second, which a command can overlap with
   * its own start-up by calling this first. Opening a store later waits for the load if it is still running; a
   * failure here is left for that open to report, with the store's name.
   */
  public static void preload() {
    Thread t = new Thread(() -> {
      try {
        DriverManager.getConnection("jdbc:duckdb:").close();
      } catch (SQLException | RuntimeException e) {
        // nothing to do: open() meets the same failure and reports it
      } catch (LinkageError e) {
        preloadFailure = e; // the library did not load: open() meets a bare NoClassDefFoundError, and adds this
      }
    }, "strait-duckdb-load");
    t.setDaemon(true);
    t.start();
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
      throw failure(dbFile, false, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of the store " + dbFile, e);
    } catch (LinkageError e) {
      LinkageError cause = preloadFailure;
      if (cause != null && cause != e) {
        e.addSuppressed(cause);
      }
      throw e;
    }
  }

  /** Opens a store in memory with the schema, for tests and one-off computations: it is gone when closed. */
  public static EventStore inMemory() {
    try {
      Connection c = DriverManager.getConnection("jdbc:duckdb:");
      EventStore store = new EventStore(Path.of(":memory:"), c.unwrap(DuckDBConnection.class));
      store.createSchema();
      return store;
    } catch (SQLException e) {
      throw new StoreException("cannot open a store in memory: " + e.getMessage(), e);
    }
  }

  /** Returns the failure to open {@code dbFile}, saying who holds the store when DuckDB's lock is the cause. */
  private static StoreException failure(Path dbFile, boolean reading, SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
      java.util.regex.Matcher pid = java.util.regex.Pattern.compile("PID (\\d+)").matcher(m);
      String who = pid.find() ? " (PID " + pid.group(1) + ")" : "";
      return new StoreException(IN_USE + who + ": " + dbFile + ". "
          + (reading ? "Reads run beside other reads and beside strait serve, but not while a process writes to the"
              + " store (ingest, forget, demo): wait until it has finished."
              : "Writing (ingest, forget, demo, keeping the verdicts) needs the store to itself: wait until the other"
              + " process (a read, or strait serve) has finished, or stop it, then run this again."), e);
    }
    return new StoreException("cannot open the store " + dbFile + ": " + m, e);
  }

  private void checkSchema() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
      String found = r.next() ? r.getString(1) : null;
      if (!String.valueOf(Schema.VERSION).equals(found)) {
        throw new StoreException("the store " + path + " has schema version " + found + "; this strait reads "
            + Schema.VERSION + ". Ingest into a new store.");
      }
    } catch (SQLException e) {
      throw new StoreException("the file " + path + " is not a strait store: " + e.getMessage(), e);
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

  /**
   * Returns the JDBC connection, for tests and tools that check the tables themselves; the system reads through
   * {@link #reader()}. Callers must not change the tables.
   */
  public Connection connection() {
    return connection;
  }

  /** Returns the typed reads of this store on its own connection (one thread at a time). */
  public StoreReader reader() {
    return reader;
  }

  /**
   * Returns {@code n} readers on connections of their own to this store's database, for concurrent reads (one
   * thread per reader at a time); closing a reader closes its connection.
   *
   * @throws StoreException when a connection cannot be opened (those opened are closed)
   */
  public List<StoreReader> readers(int n) {
    List<StoreReader> out = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        out.add(new StoreReader(path, connection.duplicate(), true));
      }
      return out;
    } catch (SQLException e) {
      StoreException failure = new StoreException("cannot open read connections to the store " + path + ": "
          + e.getMessage(), e);
      for (StoreReader r : out) {
        try {
          r.close();
        } catch (StoreException closing) {
          failure.addSuppressed(closing);
        }
      }
      throw failure;
    }
  }

  /**
   * Ingests one file in one transaction: all its events, monthly totals and rejected rows, or nothing.
   *
   * @return what was read; {@link IngestReport#alreadyStored()} when the same content was ingested before with the
   *     same options
   * @throws IngestException when the same content is stored with other options (the message names both)
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
    return ingest(file, reader, options, onRow, false);
  }

  /**
   * Ingests one file; with {@code replace}, a stored file of the same content is read again with these options and
   * replaces the stored one in the same transaction (its events, totals and rejects removed, the new ones written),
   * and the report's {@link IngestReport#note()} says what was replaced and why. Without it, the same content stored
   * with the same options is left alone ({@link IngestReport#alreadyStored()}) and stored with other options is an
   * {@link IngestException} naming the differences. The content is that of {@link EventReader#contentFiles}.
   */
  public IngestReport ingest(Path file, EventReader reader, ReadOptions options, Runnable onRow, boolean replace)
      throws IOException {
    return ingest(file, reader, options, onRow, replace, null);
  }

  /**
   * Starts computing the content hash of a file as {@code reader} reads it, on a thread of its own, before a store is
   * open: handed to {@link #ingest(Path, EventReader, ReadOptions, Runnable, boolean, ContentHash)} of the same file,
   * it spares the ingest hashing after the store's start-up.
   */
  public static ContentHash startHash(Path file, EventReader reader) {
    return new ContentHash(file, reader, HASHER.submit(() -> sha256(reader.contentFiles(file))));
  }

  /**
   * Ingests one file as {@link #ingest(Path, EventReader, ReadOptions, Runnable, boolean)} does, taking over the hash
   * {@code started} when it is that of this file and reader ({@link #startHash}); a null, or another file's, is
   * ignored and the hash computed anew.
   */
  public IngestReport ingest(Path file, EventReader reader, ReadOptions options, Runnable onRow, boolean replace,
      ContentHash started) throws IOException {
    Map<String, StoredFile> stored = storedBySha();
    String identity = FileOptions.of(reader, options);
    Future<String> hash = started != null && started.of(file, reader) ? started.future()
        : HASHER.submit(() -> sha256(reader.contentFiles(file)));
    DuplicateCheck duplicate = new DuplicateCheck(hash, replace ? Set.of() : stored.keySet(), onRow);
    IngestReport report;
    try {
      report = transaction(file, reader, options, replace, stored, identity, duplicate);
    } catch (IOException | RuntimeException e) {
      hash.cancel(true);
      try {
        autoCommit("store " + file);
      } catch (StoreException restoring) {
        e.addSuppressed(restoring);
      }
      throw e;
    }
    hash.cancel(true);
    autoCommit("store " + file);
    return report;
  }

  /** Reads the file in one transaction and commits it, or rolls it back and throws with the cause and file. */
  private IngestReport transaction(Path file, EventReader reader, ReadOptions options, boolean replace,
      Map<String, StoredFile> stored, String identity, DuplicateCheck duplicate) throws IOException {
    // replacing: the stored file of the same content (if any) is known before reading, from the hash
    StoredFile replaced = replace ? stored.get(duplicate.sha()) : null;
    try {
      connection.setAutoCommit(false);
      if (replaced != null) {
        delete(replaced.fileId());
      }
      long fileId = nextFileId();
      StoreSink sink;
      try (DuckDBAppender events = connection.createAppender("main", "events");
          DuckDBAppender rejects = connection.createAppender("main", "rejects")) {
        sink = new StoreSink(fileId, options.source(), options.countries(), events, rejects, duplicate);
        reader.read(new InputFile(file), options, sink);
      }
      String sha = duplicate.sha();
      if (!replace && stored.containsKey(sha)) {
        throw new DuplicateCheck.AlreadyStored();
      }
      writeMonths(fileId, sink.months());
      writeFile(fileId, file, sha, reader.format(), options.source(), identity, sink);
      connection.commit();
      return new IngestReport(file, reader.format(), options.source(), false,
          sink.valid(), sink.kept(), sink.rejected(), sink.reasons(),
          replaced == null ? null : replacement(replaced, identity), sink.actors());
    } catch (DuplicateCheck.AlreadyStored e) {
      rollback(e);
      return storedReport(file, stored.get(duplicate.sha()), identity);
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

  /** Returns the files the store holds, by file id. */
  public List<StoredFile> files() {
    return List.copyOf(new TreeMap<>(storedById()).values());
  }

  /**
   * Removes a stored file, its events, monthly totals and rejected rows in one transaction.
   *
   * @return what was removed
   * @throws StoreException when no file has this id
   */
  public StoredFile forget(long fileId) {
    StoredFile file = storedById().get(fileId);
    if (file == null) {
      throw new StoreException("the store " + path + " holds no file with id " + fileId);
    }
    try {
      connection.setAutoCommit(false);
      delete(fileId);
      connection.commit();
      return file;
    } catch (SQLException e) {
      StoreException failure = new StoreException("cannot remove file " + fileId + " from " + path + ": "
          + e.getMessage(), e);
      rollback(failure);
      throw failure;
    } finally {
      autoCommit("remove file " + fileId);
    }
  }

  /** Returns the SHA-256 of a file's bytes, in hex, as the store records it. */
  public static String contentHash(Path file) throws IOException {
    return sha256(file);
  }

  /** Returns the content hash the store records for a file read by this reader ({@link EventReader#contentFiles}). */
  public static String contentHash(Path file, EventReader reader) throws IOException {
    return sha256(reader.contentFiles(file));
  }

  private void delete(long fileId) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("INSERT OR REPLACE INTO meta VALUES"
        + " ('last_removed_file_id', CAST(greatest(?, (SELECT coalesce(max(CAST(value AS BIGINT)), 0) FROM meta"
        + " WHERE key = 'last_removed_file_id')) AS VARCHAR))")) {
      p.setLong(1, fileId);
      p.executeUpdate();
    }
    for (String table : List.of("events", "rejects", "source_months", "files")) {
      try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + table + " WHERE file_id = ?")) {
        p.setLong(1, fileId);
        p.executeUpdate();
      }
    }
  }

  private static String replacement(StoredFile old, String identity) {
    String why = old.options() == null ? "its options were not recorded (" + identity + " now)"
        : FileOptions.differences(old.options(), identity).isEmpty() ? "read again with the same options"
        : "options changed: " + String.join(", ", FileOptions.differences(old.options(), identity));
    return "replaced " + old.describe() + ": " + why;
  }

  private Map<String, StoredFile> storedBySha() {
    Map<String, StoredFile> bySha = new HashMap<>();
    storedById().values().forEach(f -> bySha.put(f.sha256(), f));
    return bySha;
  }

  private Map<Long, StoredFile> storedById() {
    Map<Long, StoredFile> files = new HashMap<>();
    String sql = "SELECT file_id, path, sha256, format, source, options, rows_valid, rows_kept, rows_rejected,"
        + " rows_involving, rows_resolved FROM files";
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        long involving = r.getLong(10);
        ActorCoverage actors = r.wasNull() ? null : new ActorCoverage(involving, r.getLong(11));
        files.put(r.getLong(1), new StoredFile(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
            r.getString(5), r.getString(6), r.getLong(7), r.getLong(8), r.getLong(9), actors));
      }
      return files;
    } catch (SQLException e) {
      throw new StoreException("cannot read the stored files of " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * The report of a file whose content is stored: unchanged when the options are the same (or were not recorded),
   * else an {@link IngestException} naming the differences and the way out.
   */
  private IngestReport storedReport(Path file, StoredFile s, String identity) {
    String note = null;
    if (s.options() == null) {
      note = "stored before strait recorded reading options: --replace reads it again with " + identity;
    } else if (!s.options().equals(identity)) {
      throw new IngestException(file, "the same content is stored as " + s.describe() + " with other options ("
          + String.join(", ", FileOptions.differences(s.options(), identity)) + "); nothing changed. `strait ingest"
          + " --replace` reads it again with these options and replaces the stored file; `strait forget` removes it");
    }
    try {
      return new IngestReport(file, s.format(), s.source(), true, s.valid(), s.kept(), s.rejected(),
          rejectsByReason(s.fileId()), note, s.actors());
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

  /**
   * Returns the id of the next file: above every id stored and every id removed (meta {@code last_removed_file_id}),
   * so that an id is never used twice and {@code count(*)/max(file_id)} of {@code files} changes with every change.
   */
  private long nextFileId() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT greatest(coalesce(max(file_id), 0), (SELECT coalesce(max(CAST(value AS"
            + " BIGINT)), 0) FROM meta WHERE key = 'last_removed_file_id')) + 1 FROM files")) {
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

  private void writeFile(long fileId, Path file, String sha, String format, String source, String options,
      StoreSink sink) throws SQLException, IOException {
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO files (file_id, path, sha256, size, format,"
        + " source, ingested_at, rows_valid, rows_kept, rows_rejected, options, rows_involving, rows_resolved) VALUES"
        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
      p.setString(11, options);
      p.setLong(12, sink.actors().involving());
      p.setLong(13, sink.actors().resolved());
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

  /** Restores auto-commit after a transaction; a failure says what the transaction was and DuckDB's reason. */
  private void autoCommit(String doing) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new StoreException("cannot " + doing + " in " + path + ": " + e.getMessage(), e);
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
