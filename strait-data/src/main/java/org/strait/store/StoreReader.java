package org.strait.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.strait.core.Dyad;
import org.strait.core.Version;

/**
 * Typed reads of one store over one connection: the only door to the store's tables besides ingesting
 * ({@link EventStore}) and the index ({@code org.strait.index}), which compute on the same connection. Adapters (the
 * command line, the web server, the report) and the fit read the store through these methods and never see SQL or
 * JDBC.
 *
 * <p>A reader is used by one thread at a time; {@link EventStore#reader()} is the store's own, and
 * {@link EventStore#readers(int)} makes more on the same database for concurrent readers. Every failure is a
 * {@link StoreException} naming what was read.
 */
public final class StoreReader implements AutoCloseable {
  private static final String PAIR =
      "((actor1_country = ? AND actor2_country = ?) OR (actor1_country = ? AND actor2_country = ?))";

  private final Path path;
  private final Connection connection;
  private final boolean owned;

  StoreReader(Path path, Connection connection, boolean owned) {
    this.path = path;
    this.connection = connection;
    this.owned = owned;
  }

  /** Returns the store's file. */
  public Path path() {
    return path;
  }

  /**
   * Returns the JDBC connection, for the relation index ({@code org.strait.index}), the one package besides this
   * one that knows the store's tables. Everything else reads through the typed methods.
   */
  public Connection connection() {
    return connection;
  }

  /** Returns the number of stored events the query selects. */
  public long count(EventQuery query) {
    return StoredEvents.count(connection, query);
  }

  /** Returns up to {@code limit} events the query selects as rows of text, oldest first, with a header row. */
  public List<List<String>> list(EventQuery query, int limit) {
    return StoredEvents.list(connection, query, limit);
  }

  /** Returns the source labels of the stored files, sorted. */
  public List<String> sources() {
    return StoredEvents.sources(connection);
  }

  /** Returns the first and last month the store holds events in, or empty when it holds none. */
  public Optional<MonthSpan> eventMonths() {
    return read("read the months of the stored events", () -> {
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT min(event_date), max(event_date) FROM events")) {
        r.next();
        LocalDate first = r.getObject(1, LocalDate.class);
        return first == null ? Optional.empty()
            : Optional.of(new MonthSpan(YearMonth.from(first), YearMonth.from(r.getObject(2, LocalDate.class))));
      }
    });
  }

  /**
   * Returns the first and last month the store holds rows in, counted (monthly totals) or kept (events), of
   * {@code source} when it is not null; empty when there are none.
   */
  public Optional<MonthSpan> rowMonths(String source) {
    String only = source == null ? "" : " WHERE source = ?";
    String sql = "SELECT min(a), max(b) FROM (SELECT min(month) AS a, max(month) AS b FROM source_months" + only
        + " UNION ALL SELECT strftime(min(event_date), '%Y-%m'), strftime(max(event_date), '%Y-%m') FROM events"
        + only + ")";
    return read("read the months the store holds" + (source == null ? "" : " of source " + source), () -> {
      try (PreparedStatement p = connection.prepareStatement(sql)) {
        if (source != null) {
          p.setString(1, source);
          p.setString(2, source);
        }
        try (ResultSet r = p.executeQuery()) {
          r.next();
          String a = r.getString(1);
          return a == null ? Optional.empty()
              : Optional.of(new MonthSpan(YearMonth.parse(a), YearMonth.parse(r.getString(2))));
        }
      }
    });
  }

  /**
   * Returns the first and last month with a stored event of the pair (either direction, of {@code source} when it
   * is not null), or empty when there is none.
   */
  public Optional<MonthSpan> pairMonths(Dyad dyad, String source) {
    String sql = "SELECT min(event_date), max(event_date) FROM events WHERE " + PAIR
        + (source == null ? "" : " AND source = ?");
    return read("find the months of " + dyad, () -> {
      try (PreparedStatement p = connection.prepareStatement(sql)) {
        int i = bindPair(p, dyad);
        if (source != null) {
          p.setString(i, source);
        }
        try (ResultSet r = p.executeQuery()) {
          r.next();
          LocalDate first = r.getObject(1, LocalDate.class);
          return first == null ? Optional.empty()
              : Optional.of(new MonthSpan(YearMonth.from(first), YearMonth.from(r.getObject(2, LocalDate.class))));
        }
      }
    });
  }

  /**
   * Returns the events of the pair (both directions, of {@code source} when it is not null) per month of
   * {@code from..to}, months without events absent: the broad selection ({@link EventQuery#strict()} false).
   */
  public SortedMap<YearMonth, Long> monthlyCounts(Dyad dyad, String source, YearMonth from, YearMonth to) {
    String sql = "SELECT strftime(event_date, '%Y-%m') AS m, count(*) FROM events WHERE " + PAIR
        + " AND event_date >= ? AND event_date <= ?" + (source == null ? "" : " AND source = ?")
        + " GROUP BY m";
    return read("count " + dyad + " per month", () -> {
      SortedMap<YearMonth, Long> found = new TreeMap<>();
      try (PreparedStatement p = connection.prepareStatement(sql)) {
        int i = bindPair(p, dyad);
        p.setObject(i++, from.atDay(1));
        p.setObject(i++, to.atEndOfMonth());
        if (source != null) {
          p.setString(i, source);
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            found.put(YearMonth.parse(r.getString(1)), r.getLong(2));
          }
        }
      }
      return found;
    });
  }

  /** Returns every unordered pair of distinct countries with stored events, with its count and first and last day. */
  public List<PairEvents> pairs() {
    String sql = "SELECT least(actor1_country, actor2_country) AS a, greatest(actor1_country, actor2_country) AS b,"
        + " count(*), CAST(min(event_date) AS VARCHAR), CAST(max(event_date) AS VARCHAR)"
        + " FROM events WHERE actor1_country <> actor2_country GROUP BY a, b ORDER BY a, b";
    return read("list the pairs", () -> {
      List<PairEvents> out = new ArrayList<>();
      try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
        while (r.next()) {
          out.add(new PairEvents(r.getString(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5)));
        }
      }
      return out;
    });
  }

  /**
   * Returns the events of each month of {@code start..end} from one of {@code countries} to another (directed,
   * distinct countries), summed; pairs and months without events absent.
   */
  public List<PairMonth> pairMonths(Collection<String> countries, YearMonth start, YearMonth end) {
    String in = "(" + String.join(", ", Collections.nCopies(countries.size(), "?")) + ")";
    String sql = "SELECT strftime(event_date, '%Y-%m') AS m, actor1_country, actor2_country, count(*),"
        + " sum(goldstein), sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END),"
        + " sum(CASE WHEN quad_class >= 3 THEN 1 ELSE 0 END) FROM events"
        + " WHERE event_date >= ? AND event_date < ? AND actor1_country IN " + in + " AND actor2_country IN " + in
        + " AND actor1_country <> actor2_country GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
    return read("read the monthly events of " + countries + " in " + start + ".." + end, () -> {
      List<PairMonth> out = new ArrayList<>();
      try (PreparedStatement p = connection.prepareStatement(sql)) {
        int i = 1;
        p.setObject(i++, start.atDay(1));
        p.setObject(i++, end.plusMonths(1).atDay(1));
        for (int twice = 0; twice < 2; twice++) {
          for (String c : countries) {
            p.setString(i++, c);
          }
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new PairMonth(YearMonth.parse(r.getString(1)), r.getString(2), r.getString(3), r.getLong(4),
                r.getDouble(5), r.getLong(6), r.getLong(7)));
          }
        }
      }
      return out;
    });
  }

  /** Returns every stored file with its counts and spans, by file id. */
  public List<FileSummary> fileSummaries() {
    String sql = "SELECT f.file_id, f.path, f.format, f.source, f.size, CAST(f.ingested_at AS VARCHAR),"
        + " f.rows_valid, f.rows_kept, f.rows_rejected, m.first_month, m.last_month,"
        + " CAST(e.first_day AS VARCHAR), CAST(e.last_day AS VARCHAR)"
        + " FROM files f"
        + " LEFT JOIN (SELECT file_id, min(month) AS first_month, max(month) AS last_month FROM source_months"
        + "   GROUP BY file_id) m ON m.file_id = f.file_id"
        + " LEFT JOIN (SELECT file_id, min(event_date) AS first_day, max(event_date) AS last_day FROM events"
        + "   GROUP BY file_id) e ON e.file_id = f.file_id"
        + " ORDER BY f.file_id";
    return read("list the stored files", () -> {
      List<FileSummary> out = new ArrayList<>();
      try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
        while (r.next()) {
          out.add(new FileSummary(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
              r.getString(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getString(10), r.getString(11),
              r.getString(12), r.getString(13)));
        }
      }
      return out;
    });
  }

  /** Returns the rejected rows per source and reason, sorted by both. */
  public List<RejectCount> rejects() {
    String sql = "SELECT f.source, r.reason, count(*) FROM rejects r JOIN files f ON f.file_id = r.file_id"
        + " GROUP BY f.source, r.reason ORDER BY f.source, r.reason";
    return read("count the rejected rows", () -> {
      List<RejectCount> out = new ArrayList<>();
      try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
        while (r.next()) {
          out.add(new RejectCount(r.getString(1), r.getString(2), r.getLong(3)));
        }
      }
      return out;
    });
  }

  /** Returns the valid rows (kept or not) per source and month, as the monthly totals of the stored files hold them. */
  public SortedMap<String, SortedMap<YearMonth, Long>> monthlyTotals() {
    return read("read the monthly totals", () -> {
      SortedMap<String, SortedMap<YearMonth, Long>> bySource = new TreeMap<>();
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT source, month, sum(events) FROM source_months GROUP BY source, month")) {
        while (r.next()) {
          bySource.computeIfAbsent(r.getString(1), k -> new TreeMap<>())
              .put(YearMonth.parse(r.getString(2)), r.getLong(3));
        }
      }
      return bySource;
    });
  }

  /** Returns the number of stored files. */
  public long fileCount() {
    return read("count the stored files", () -> {
      try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM files")) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  /**
   * Returns the store's fingerprint, {@code files/maxFileId}: it changes with every file ingested, replaced or
   * removed (file ids are never used twice), so a result read under one fingerprint holds until it changes.
   */
  public String fingerprint() {
    return read("read the store's fingerprint", () -> {
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT count(*), coalesce(max(file_id), 0) FROM files")) {
        r.next();
        return r.getLong(1) + "/" + r.getLong(2);
      }
    });
  }

  /** Returns the verdict table kept last, or empty when none was (or the store predates the table). */
  public Optional<SavedVerdicts> latestVerdicts() {
    return SavedVerdicts.latest(connection);
  }

  /**
   * Keeps a verdict table computed now by this strait version, after every one kept before, with the store's data
   * span and file count; the one write a reader does, so it fails (a {@link StoreException}) on a store opened
   * read-only.
   *
   * @param computedBy what computed it, e.g. {@code strait verdicts}
   * @param json the verdict report's JSON document
   */
  public SavedVerdicts keepVerdicts(String computedBy, YearMonth trainStart, YearMonth trainEnd, YearMonth testEnd,
      long seed, int samples, String json) {
    return keepVerdicts(Instant.now(), computedBy, trainStart, trainEnd, testEnd, seed, samples, Version.current(),
        json);
  }

  /**
   * Keeps a verdict table as {@link #keepVerdicts(String, YearMonth, YearMonth, YearMonth, long, int, String)} does,
   * computed at {@code savedAt} by strait {@code version}.
   */
  public SavedVerdicts keepVerdicts(Instant savedAt, String computedBy, YearMonth trainStart, YearMonth trainEnd,
      YearMonth testEnd, long seed, int samples, String version, String json) {
    return SavedVerdicts.save(connection, savedAt, computedBy, trainStart, trainEnd, testEnd, seed, samples, version,
        json);
  }

  /** Closes the reader's connection when it is one of {@link EventStore#readers(int)}; the store's own stays open. */
  @Override
  public void close() {
    if (!owned) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close a read connection to the store " + path + ": " + e.getMessage(), e);
    }
  }

  private static int bindPair(PreparedStatement p, Dyad dyad) throws SQLException {
    p.setString(1, dyad.source().code());
    p.setString(2, dyad.target().code());
    p.setString(3, dyad.target().code());
    p.setString(4, dyad.source().code());
    return 5;
  }

  /** One query on the reader's connection. */
  @FunctionalInterface
  private interface Query<T> {
    T run() throws SQLException;
  }

  private <T> T read(String purpose, Query<T> query) {
    try {
      return query.run();
    } catch (SQLException e) {
      throw new StoreException("cannot " + purpose + " in " + path + ": " + e.getMessage(), e);
    }
  }
}
