package org.strait.web;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strait.core.Dyad;
import org.strait.store.EventQuery;
import org.strait.store.StoredEvents;

/**
 * Monthly event counts of a pair, two ways: {@link #grouped} in one {@code GROUP BY} query (broad selection only),
 * and {@link #perMonth} by one {@link StoredEvents#count} per month, which follows the store's own definition of
 * every selection (strict included) and can report progress and stop between months. Tests check that the two
 * agree.
 */
final class MonthlyCounts {
  /** The most months one request may ask for (50 years). */
  static final int MAX_MONTHS = 600;

  private static final String PAIR =
      "((actor1_country = ? AND actor2_country = ?) OR (actor1_country = ? AND actor2_country = ?))";

  /** Hears each month counted, and answers whether to go on (false stops the count). */
  interface Progress {
    boolean counted(int done, int total, YearMonth month);
  }

  private MonthlyCounts() {}

  /** Returns the months {@code from..to} inclusive. */
  static List<YearMonth> months(YearMonth from, YearMonth to) {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  /** Returns the first and last month with a stored event of the pair (either direction), or null when none. */
  static YearMonth[] extent(Connection c, Dyad dyad, String source) throws SQLException {
    String sql = "SELECT min(event_date), max(event_date) FROM events WHERE " + PAIR
        + (source == null ? "" : " AND source = ?");
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int i = bindPair(p, dyad);
      if (source != null) {
        p.setString(i, source);
      }
      try (ResultSet r = p.executeQuery()) {
        r.next();
        Date first = r.getDate(1);
        if (first == null) {
          return null;
        }
        return new YearMonth[] {YearMonth.from(first.toLocalDate()), YearMonth.from(r.getDate(2).toLocalDate())};
      }
    }
  }

  /** Counts the broad selection ({@code strict} false) of every month {@code from..to} in one query. */
  static MonthlySeries grouped(Connection c, Dyad dyad, String source, YearMonth from, YearMonth to)
      throws SQLException {
    String sql = "SELECT strftime(event_date, '%Y-%m') AS m, count(*) FROM events WHERE " + PAIR
        + " AND event_date >= ? AND event_date <= ?" + (source == null ? "" : " AND source = ?")
        + " GROUP BY m";
    Map<String, Long> found = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int i = bindPair(p, dyad);
      p.setDate(i++, Date.valueOf(from.atDay(1)));
      p.setDate(i++, Date.valueOf(to.atEndOfMonth()));
      if (source != null) {
        p.setString(i, source);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          found.put(r.getString(1), r.getLong(2));
        }
      }
    }
    List<String> months = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    long total = 0;
    for (YearMonth m : months(from, to)) {
      long n = found.getOrDefault(m.toString(), 0L);
      months.add(m.toString());
      counts.add(n);
      total += n;
    }
    return new MonthlySeries(dyad.toString(), false, source, months, counts, total);
  }

  /**
   * Counts every month {@code from..to} with one store query each, reporting each month to {@code progress}.
   *
   * @return the series, or null when {@code progress} asked to stop
   */
  static MonthlySeries perMonth(Connection c, EventQuery base, YearMonth from, YearMonth to, Progress progress) {
    List<YearMonth> all = months(from, to);
    List<String> months = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    long total = 0;
    for (YearMonth m : all) {
      LocalDate first = m.atDay(1);
      LocalDate last = m.atEndOfMonth();
      long n = StoredEvents.count(c, new EventQuery(base.dyad(), first, last, base.source(), base.strict()));
      months.add(m.toString());
      counts.add(n);
      total += n;
      if (!progress.counted(months.size(), all.size(), m)) {
        return null;
      }
    }
    return new MonthlySeries(base.dyad().toString(), base.strict(), base.source(), months, counts, total);
  }

  private static int bindPair(PreparedStatement p, Dyad dyad) throws SQLException {
    p.setString(1, dyad.source().code());
    p.setString(2, dyad.target().code());
    p.setString(3, dyad.target().code());
    p.setString(4, dyad.source().code());
    return 5;
  }
}
