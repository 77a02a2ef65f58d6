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
import java.util.SortedMap;
import java.util.TreeMap;
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
      SELECT source, CAST(date_trunc('%s', event_date) AS DATE) AS period, g, quad_class, count(*),
        CAST(coalesce(sum(w), 0) AS DOUBLE), CAST(coalesce(sum(w * w), 0) AS DOUBLE),
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
      GROUP BY source, period, g, quad_class
      """;

  /**
   * A pair's periods and the Goldstein scores of the events in them.
   *
   * @param periods one entry per period, empty periods included
   * @param scores the count of events per Goldstein score (in tenths) over the periods kept
   */
  record Aggregate(List<PeriodStats> periods, SortedMap<Integer, Long> scores) {}

  /** Returns one entry per period from {@code first} up to, not including, {@code end}; empty periods included. */
  static Aggregate read(Connection connection, IndexQuery query, SourcePlan plan, LocalDate first,
                        LocalDate end) throws SQLException {
    Granularity granularity = query.granularity();
    String weight = query.weighting().column() == null ? "CAST(1 AS BIGINT)"
        : "CAST(" + query.weighting().column() + " AS BIGINT)";
    String sql = String.format(SQL, granularity == Granularity.MONTH ? "month" : "week", weight);
    Map<String, Sums> sums = new HashMap<>();
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
          Require.state(rows.getDouble(9) < 1e-6, "source %s has Goldstein scores off the published one-decimal"
              + " scale in %s", source, granularity.label(start));
          sums.computeIfAbsent(source + '|' + start, k -> new Sums(start, source))
              .add(rows.getInt(3), rows.getInt(4), rows.getLong(5), rows.getDouble(6), rows.getDouble(7),
                  rows.getLong(8));
        }
      }
    }
    List<PeriodStats> periods = new ArrayList<>();
    SortedMap<Integer, Long> scores = new TreeMap<>();
    for (LocalDate start = first; start.isBefore(end); start = granularity.next(start)) {
      String source = plan.sourceOf(granularity.month(start));
      Sums period = sums.get(source + '|' + start);
      Require.argument(period == null || period.unweighted == 0,
          "source %s has no %s counts for %s events in %s; use weighting none", source, query.weighting().column(),
          period == null ? 0 : period.unweighted, granularity.label(start));
      periods.add(period == null ? PeriodStats.empty(start, source) : period.stats());
      if (period != null) {
        period.scores.forEach((g, c) -> scores.merge(g, c, Long::sum));
      }
    }
    return new Aggregate(periods, scores);
  }

  /** The running sums of one source's period, exact: scores in integer tenths, weights integer. */
  private static final class Sums {
    private final LocalDate start;
    private final String source;
    private final long[] quad = new long[4];
    private final SortedMap<Integer, Long> scores = new TreeMap<>();
    private long events;
    private long goldstein;
    private double weights;
    private double weightSquares;
    private double weighted;
    private double weightedSquares;
    private long unweighted;

    Sums(LocalDate start, String source) {
      this.start = start;
      this.source = source;
    }

    void add(int tenths, int quadClass, long count, double weight, double weightSquare, long missing) {
      Require.state(quadClass >= 1 && quadClass <= 4, "source %s has QuadClass %s in %s", source, quadClass, start);
      quad[quadClass - 1] += count;
      scores.merge(tenths, count, Long::sum);
      events += count;
      goldstein += tenths * count;
      weights += weight;
      weightSquares += weightSquare;
      weighted += weight * tenths;
      weightedSquares += weight * tenths * (double) tenths;
      unweighted += missing;
    }

    PeriodStats stats() {
      return new PeriodStats(start, source, events, goldstein / 10.0, quad[0], quad[1], quad[2], quad[3], weights,
          weightSquares, weighted / 10, weightedSquares / 100);
    }
  }
}
