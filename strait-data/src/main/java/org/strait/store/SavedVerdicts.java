package org.strait.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.Optional;
import org.strait.core.Require;

/**
 * A verdict table kept in the store with its provenance, so that the dashboard opens on the latest one computed
 * (by the demo, {@code strait verdicts} or the dashboard's job) instead of computing it again. The table is the
 * verdict report's JSON document as produced; the store does not read its fields.
 *
 * @param id the row's number, rising with every table saved
 * @param savedAt when it was computed (stored as a UTC timestamp)
 * @param computedBy what computed it, e.g. {@code strait verdicts} or {@code dashboard job 1f0c…}
 * @param dataStart the first month the store held events in when it was computed
 * @param dataEnd the last such month
 * @param files the number of files the store held then (a store that ingested more since has another count)
 * @param trainStart the first month of the training window
 * @param trainEnd the last month of the training window
 * @param testEnd the last month of the test window, which starts the month after {@code trainEnd}
 * @param seed the base seed
 * @param samples Monte Carlo paths per forecast
 * @param version the strait version that computed it
 * @param json the verdict table as the verdict report's JSON document
 */
public record SavedVerdicts(long id, Instant savedAt, String computedBy, YearMonth dataStart, YearMonth dataEnd,
    long files, YearMonth trainStart, YearMonth trainEnd, YearMonth testEnd, long seed, int samples, String version,
    String json) {
  /** The table's statement, one of {@link Schema#DDL}. */
  static final String DDL = "CREATE TABLE IF NOT EXISTS verdicts ("
      + " id BIGINT PRIMARY KEY, saved_at TIMESTAMP NOT NULL, computed_by VARCHAR NOT NULL,"
      + " data_start VARCHAR NOT NULL, data_end VARCHAR NOT NULL, files BIGINT NOT NULL,"
      + " train_start VARCHAR NOT NULL, train_end VARCHAR NOT NULL, test_end VARCHAR NOT NULL,"
      + " seed BIGINT NOT NULL, samples INTEGER NOT NULL, version VARCHAR NOT NULL, result VARCHAR NOT NULL)";

  /** Checks. */
  public SavedVerdicts {
    Require.nonNull(savedAt, "saved at");
    Require.nonNull(computedBy, "computed by");
    Require.nonNull(dataStart, "data start");
    Require.nonNull(dataEnd, "data end");
    Require.nonNull(trainStart, "training start");
    Require.nonNull(trainEnd, "training end");
    Require.nonNull(testEnd, "test end");
    Require.nonNull(version, "version");
    Require.nonNull(json, "verdict table");
    Require.argument(!dataEnd.isBefore(dataStart), "the data span %s..%s is reversed", dataStart, dataEnd);
    Require.argument(trainEnd.isAfter(trainStart) && testEnd.isAfter(trainEnd),
        "the windows %s..%s and ..%s are not in order", trainStart, trainEnd, testEnd);
  }

  /**
   * Keeps a verdict table in the store behind {@code c}, after every one kept before, and returns it with its id.
   * The data span and the file count are read from the store now.
   *
   * @param savedAt when it was computed
   * @throws StoreException when the store holds no event or cannot be written
   */
  static SavedVerdicts save(Connection c, Instant savedAt, String computedBy, YearMonth trainStart,
      YearMonth trainEnd, YearMonth testEnd, long seed, int samples, String version, String json) {
    try {
      YearMonth[] span = span(c);
      long files;
      long id;
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM files), (SELECT coalesce(max(id), 0) + 1"
              + " FROM verdicts)")) {
        r.next();
        files = r.getLong(1);
        id = r.getLong(2);
      }
      SavedVerdicts saved = new SavedVerdicts(id, savedAt, computedBy, span[0], span[1], files, trainStart, trainEnd,
          testEnd, seed, samples, version, json);
      try (PreparedStatement p = c.prepareStatement("INSERT INTO verdicts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        p.setLong(1, id);
        p.setObject(2, LocalDateTime.ofInstant(savedAt, ZoneOffset.UTC));
        p.setString(3, computedBy);
        p.setString(4, span[0].toString());
        p.setString(5, span[1].toString());
        p.setLong(6, files);
        p.setString(7, trainStart.toString());
        p.setString(8, trainEnd.toString());
        p.setString(9, testEnd.toString());
        p.setLong(10, seed);
        p.setInt(11, samples);
        p.setString(12, version);
        p.setString(13, json);
        p.executeUpdate();
      }
      return saved;
    } catch (SQLException e) {
      throw new StoreException("cannot keep the verdict table in the store: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the verdict table saved last in the store behind {@code c}, or empty when none was (or the store
   * predates the table and was opened read-only).
   */
  static Optional<SavedVerdicts> latest(Connection c) {
    try (Statement s = c.createStatement()) {
      try (ResultSet t = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name ="
          + " 'verdicts' AND table_schema = current_schema()")) {
        t.next();
        if (t.getLong(1) == 0) {
          return Optional.empty();
        }
      }
      try (ResultSet r = s.executeQuery("SELECT id, saved_at, computed_by, data_start, data_end, files,"
          + " train_start, train_end, test_end, seed, samples, version, result FROM verdicts ORDER BY id DESC"
          + " LIMIT 1")) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(new SavedVerdicts(r.getLong(1), r.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), r.getString(3),
            YearMonth.parse(r.getString(4)), YearMonth.parse(r.getString(5)), r.getLong(6),
            YearMonth.parse(r.getString(7)), YearMonth.parse(r.getString(8)), YearMonth.parse(r.getString(9)),
            r.getLong(10), r.getInt(11), r.getString(12), r.getString(13)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the saved verdict table: " + e.getMessage(), e);
    }
  }

  private static YearMonth[] span(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT min(event_date), max(event_date) FROM events")) {
      r.next();
      if (r.getDate(1) == null) {
        throw new StoreException("the store holds no event: no verdict table to keep");
      }
      return new YearMonth[] {YearMonth.from(r.getDate(1).toLocalDate()), YearMonth.from(r.getDate(2).toLocalDate())};
    }
  }
}
