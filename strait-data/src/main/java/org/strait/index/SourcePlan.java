package org.strait.index;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.strait.core.Require;

/**
 * Which one source each month's events are taken from, so that no event is counted twice when two files of
 * different sources cover the same month (icews14 and the icews05-15 tail both hold 2014).
 *
 * <p>Rule (docs/indices.md): among the sources with valid rows in the month ({@code source_months}, or events when
 * a file has no monthly totals), the most complete one speaks for the month: (1) a source whose stored events in
 * the month span at least half of it (first to last event day over the month's days) before one that spans less;
 * (2) the complete ICEWS record (a label starting {@code icews} without {@code sample}), then ICEWS samples, then
 * {@code gdelt2}, then other {@code gdelt} sources, then anything else (the density: a complete record holds every
 * event of the days it covers, a sample a fifth, GDELT a different coding); (3) more valid rows in the month;
 * (4) the label, alphabetically. With a source filter, every month of that source uses it.
 */
final class SourcePlan {
  /** The share of a month a source's events must span to speak for it ahead of sources spanning less. */
  static final double MIN_COVERAGE = 0.5;

  private final SortedMap<YearMonth, String> chosen;

  private SourcePlan(SortedMap<YearMonth, String> chosen) {
    this.chosen = chosen;
  }

  /** Returns the source of {@code month}, or null when no source covers it. */
  String sourceOf(YearMonth month) {
    return chosen.get(month);
  }

  /** Returns the first month any chosen source covers, or null when the store is empty. */
  YearMonth first() {
    return chosen.isEmpty() ? null : chosen.firstKey();
  }

  /** Returns the last month any chosen source covers, or null when the store is empty. */
  YearMonth last() {
    return chosen.isEmpty() ? null : chosen.lastKey();
  }

  /** Returns the chosen source of each covered month. */
  SortedMap<YearMonth, String> months() {
    return chosen;
  }

  /** Reads the store's monthly totals and spans and chooses a source per month; {@code only} restricts to one. */
  static SourcePlan read(Connection connection, String only) throws SQLException {
    record Candidate(String source, long rows) {}
    Map<YearMonth, List<Candidate>> byMonth = new TreeMap<>();
    String sql = "SELECT source, month, sum(events) FROM ("
        + " SELECT source, month, events FROM source_months"
        + " UNION ALL SELECT source, strftime(event_date, '%Y-%m'), 0 FROM events"
        + " WHERE source NOT IN (SELECT DISTINCT source FROM source_months)) GROUP BY source, month";
    TreeSet<String> sources = new TreeSet<>();
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String source = rows.getString(1);
        sources.add(source);
        if (only == null || only.equals(source)) {
          byMonth.computeIfAbsent(YearMonth.parse(rows.getString(2)), m -> new ArrayList<>())
              .add(new Candidate(source, rows.getLong(3)));
        }
      }
    }
    Require.argument(only == null || sources.contains(only), "no source '%s' in the store; it holds: %s", only,
        sources.isEmpty() ? "nothing" : String.join(", ", sources));
    Map<String, LocalDate[]> spans = spans(connection);
    SortedMap<YearMonth, String> chosen = new TreeMap<>();
    byMonth.forEach((month, candidates) -> chosen.put(month, candidates.stream()
        .min(Comparator.<Candidate>comparingInt(c -> coverage(spans.get(c.source() + '|' + month), month)
                >= MIN_COVERAGE ? 0 : 1)
            .thenComparingInt(c -> rank(c.source()))
            .thenComparing(Comparator.comparingLong(Candidate::rows).reversed())
            .thenComparing(Candidate::source))
        .orElseThrow().source()));
    return new SourcePlan(chosen);
  }

  /** Returns the priority class of a source label: 0 complete ICEWS, 1 ICEWS sample, 2 gdelt2, 3 gdelt, 4 other. */
  static int rank(String source) {
    if (source.startsWith("icews")) {
      return source.contains("sample") ? 1 : 0;
    } else if (source.startsWith("gdelt2")) {
      return 2;
    }
    return source.startsWith("gdelt") ? 3 : 4;
  }

  /** Returns the share of the month's days from the first to the last stored event day of the source in it. */
  static double coverage(LocalDate[] span, YearMonth month) {
    if (span == null) {
      return 0;
    }
    return (span[1].toEpochDay() - span[0].toEpochDay() + 1.0) / month.lengthOfMonth();
  }

  private static Map<String, LocalDate[]> spans(Connection connection) throws SQLException {
    Map<String, LocalDate[]> spans = new HashMap<>();
    String sql = "SELECT source, strftime(event_date, '%Y-%m'), min(event_date), max(event_date) FROM events"
        + " GROUP BY 1, 2";
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        spans.put(rows.getString(1) + '|' + YearMonth.parse(rows.getString(2)),
            new LocalDate[] {date(rows.getDate(3)), date(rows.getDate(4))});
      }
    }
    return spans;
  }

  private static LocalDate date(Date date) {
    return date.toLocalDate();
  }
}
