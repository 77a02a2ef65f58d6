package org.strait.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strait.core.Require;

/**
 * Reads one pair's de-duplicated events from the store and sums them per period and source, then keeps, for each
 * period, the source the {@link SourcePlan} chose for the period's month ({@link Granularity#month}).
 *
 * <p>De-duplication, within one source: rows with a {@code source_event_id} (GDELT's GLOBALEVENTID, ICEWS's Event
 * ID) are one event per id, and the copy from the latest file and line is kept; rows without an id (temporal-KG
 * quadruple files, which are sets) are one event per identical quadruple (actor1 name, CAMEO code, actor2 name,
 * date).
 *
 * <p>Sums are exact and independent of DuckDB's summation order: Goldstein scores carry one decimal on the published
 * scale, so they are summed as integer tenths (and weights, being counts, as integers), and a score off that scale
 * is an error rather than a silent rounding.
 */
final class PeriodAggregator {
  private PeriodAggregator() {}

  private static final String SQL = """
      SELECT source, CAST(date_trunc('%s', event_date) AS DATE) AS period, count(*),
        CAST(sum(g) AS DOUBLE),
        count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
        count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
        CAST(coalesce(sum(w), 0) AS DOUBLE), CAST(coalesce(sum(w * w), 0) AS DOUBLE),
        CAST(coalesce(sum(w * g), 0) AS DOUBLE), CAST(coalesce(sum(w * g * g), 0) AS DOUBLE),
        count(*) FILTER (WHERE w IS NULL), max(off_scale)
      FROM (
        SELECT source, event_date, quad_class, CAST(round(goldstein * 10) AS BIGINT) AS g,
          abs(goldstein * 10 - round(goldstein * 10)) AS off_scale, %s AS w,
          row_number() OVER (PARTITION BY source, source_event_id,
            CASE WHEN source_event_id IS NULL THEN actor1_name END,
            CASE WHEN source_event_id IS NULL THEN actor2_name END,
            CASE WHEN source_event_id IS NULL THEN cameo END,
            CASE WHEN source_event_id IS NULL THEN event_date END
            ORDER BY file_id DESC, line DESC) AS copy
        FROM events
        WHERE ((actor1_country = ? AND actor2_country = ?) OR (? AND actor1_country = ? AND actor2_country = ?))
          AND event_date >= ? AND event_date < ?)
      WHERE copy = 1
      GROUP BY source, period
      """;

  /** Returns one entry per period from {@code first} up to, not including, {@code end}; empty periods included. */
  static List<PeriodStats> read(Connection connection, IndexQuery query, SourcePlan plan, LocalDate first,
                                LocalDate end) throws SQLException {
    Granularity granularity = query.granularity();
    String weight = query.weighting().column() == null ? "CAST(1 AS BIGINT)"
        : "CAST(" + query.weighting().column() + " AS BIGINT)";
    String sql = String.format(SQL, granularity == Granularity.MONTH ? "month" : "week", weight);
    Map<String, PeriodStats> sums = new HashMap<>();
    Map<String, Long> unweighted = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      String a = query.dyad().source().code();
      String b = query.dyad().target().code();
      statement.setString(1, a);
      statement.setString(2, b);
      statement.setBoolean(3, !query.directed());
      statement.setString(4, b);
      statement.setString(5, a);
      statement.setObject(6, first);
      statement.setObject(7, end);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String source = rows.getString(1);
          LocalDate start = rows.getObject(2, LocalDate.class);
          Require.state(rows.getDouble(14) < 1e-6, "source %s has Goldstein scores off the published one-decimal"
              + " scale in %s", source, granularity.label(start));
          sums.put(source + '|' + start, new PeriodStats(start, source, rows.getLong(3), rows.getDouble(4) / 10,
              rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getDouble(9),
              rows.getDouble(10), rows.getDouble(11) / 10, rows.getDouble(12) / 100));
          unweighted.put(source + '|' + start, rows.getLong(13));
        }
      }
    }
    List<PeriodStats> periods = new ArrayList<>();
    for (LocalDate start = first; start.isBefore(end); start = granularity.next(start)) {
      String source = plan.sourceOf(granularity.month(start));
      String key = source + '|' + start;
      Require.argument(unweighted.getOrDefault(key, 0L) == 0,
          "source %s has no %s counts for %s events in %s; use weighting none", source, query.weighting().column(),
          unweighted.get(key), granularity.label(start));
      periods.add(sums.getOrDefault(key, PeriodStats.empty(start, source)));
    }
    return periods;
  }
}
