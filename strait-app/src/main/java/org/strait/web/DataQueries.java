package org.strait.web;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.strait.core.Country;
import org.strait.core.Dyad;

/** The queries behind {@code /api/data} and {@code /api/dyads}, on the store's tables. */
final class DataQueries {
  private DataQueries() {}

  /**
   * One pair among the followed countries and its stored events in both directions.
   *
   * @param dyad the pair, its two codes in alphabetical order
   * @param events events stored
   * @param first date of the first event, or null
   * @param last date of the last event, or null
   */
  record DyadRow(String dyad, long events, String first, String last) {}

  /** Returns every pair of {@link Country#DEFAULT_SET} with its event count, pairs without events included. */
  static List<DyadRow> dyads(Connection c) throws SQLException {
    Map<String, DyadRow> found = new TreeMap<>();
    String sql = "SELECT least(actor1_country, actor2_country) AS a, greatest(actor1_country, actor2_country) AS b,"
        + " count(*), CAST(min(event_date) AS VARCHAR), CAST(max(event_date) AS VARCHAR)"
        + " FROM events WHERE actor1_country <> actor2_country GROUP BY a, b";
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        String key = r.getString(1) + "-" + r.getString(2);
        found.put(key, new DyadRow(key, r.getLong(3), r.getString(4), r.getString(5)));
      }
    }
    List<DyadRow> out = new ArrayList<>();
    List<Country> set = Country.DEFAULT_SET;
    for (int i = 0; i < set.size(); i++) {
      for (int j = i + 1; j < set.size(); j++) {
        String key = new Dyad(set.get(i), set.get(j)).undirected().toString();
        out.add(found.getOrDefault(key, new DyadRow(key, 0, null, null)));
      }
    }
    return out;
  }

  /** Returns what the store holds: files, sources, rejects and monthly valid rows. */
  static DataSummary data(Connection c) throws SQLException {
    List<DataSummary.FileRow> files = files(c);
    Map<String, long[]> totals = new TreeMap<>();
    Map<String, String[]> spans = new TreeMap<>();
    for (DataSummary.FileRow f : files) {
      long[] t = totals.computeIfAbsent(f.source(), k -> new long[4]);
      t[0]++;
      t[1] += f.valid();
      t[2] += f.kept();
      t[3] += f.rejected();
      String[] s = spans.computeIfAbsent(f.source(), k -> new String[2]);
      s[0] = min(s[0], f.firstMonth());
      s[1] = max(s[1], f.lastMonth());
    }
    List<DataSummary.SourceRow> sources = new ArrayList<>();
    totals.forEach((source, t) -> sources.add(new DataSummary.SourceRow(source, t[0], t[1], t[2], t[3],
        spans.get(source)[0], spans.get(source)[1])));
    return new DataSummary(files, sources, rejects(c), monthly(c));
  }

  private static List<DataSummary.FileRow> files(Connection c) throws SQLException {
    String sql = "SELECT f.file_id, f.path, f.format, f.source, f.size, CAST(f.ingested_at AS VARCHAR),"
        + " f.rows_valid, f.rows_kept, f.rows_rejected, m.first_month, m.last_month,"
        + " CAST(e.first_day AS VARCHAR), CAST(e.last_day AS VARCHAR)"
        + " FROM files f"
        + " LEFT JOIN (SELECT file_id, min(month) AS first_month, max(month) AS last_month FROM source_months"
        + "   GROUP BY file_id) m ON m.file_id = f.file_id"
        + " LEFT JOIN (SELECT file_id, min(event_date) AS first_day, max(event_date) AS last_day FROM events"
        + "   GROUP BY file_id) e ON e.file_id = f.file_id"
        + " ORDER BY f.file_id";
    List<DataSummary.FileRow> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        Path name = Path.of(r.getString(2)).getFileName();
        out.add(new DataSummary.FileRow(r.getLong(1), name == null ? "" : name.toString(), r.getString(3),
            r.getString(4), r.getLong(5), r.getString(6), r.getLong(7), r.getLong(8), r.getLong(9),
            r.getString(10), r.getString(11), r.getString(12), r.getString(13)));
      }
    }
    return out;
  }

  private static List<DataSummary.RejectRow> rejects(Connection c) throws SQLException {
    String sql = "SELECT f.source, r.reason, count(*) FROM rejects r JOIN files f ON f.file_id = r.file_id"
        + " GROUP BY f.source, r.reason ORDER BY f.source, r.reason";
    List<DataSummary.RejectRow> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(new DataSummary.RejectRow(r.getString(1), r.getString(2), r.getLong(3)));
      }
    }
    return out;
  }

  private static DataSummary.SourceMonths monthly(Connection c) throws SQLException {
    TreeMap<String, TreeMap<String, Long>> bySource = new TreeMap<>();
    String first = null;
    String last = null;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT source, month, sum(events) FROM source_months GROUP BY source, month")) {
      while (r.next()) {
        bySource.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2), r.getLong(3));
        first = min(first, r.getString(2));
        last = max(last, r.getString(2));
      }
    }
    List<String> months = new ArrayList<>();
    if (first != null) {
      MonthlyCounts.months(YearMonth.parse(first), YearMonth.parse(last)).forEach(m -> months.add(m.toString()));
    }
    List<DataSummary.Series> series = new ArrayList<>();
    bySource.forEach((source, counts) -> {
      String own0 = counts.firstKey();
      String own1 = counts.lastKey();
      List<Long> values = new ArrayList<>();
      for (String m : months) {
        boolean covered = m.compareTo(own0) >= 0 && m.compareTo(own1) <= 0;
        values.add(covered ? counts.getOrDefault(m, 0L) : null);
      }
      series.add(new DataSummary.Series(source, values));
    });
    return new DataSummary.SourceMonths(months, series);
  }

  private static String min(String a, String b) {
    return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
  }
}
