package org.strait.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.strait.core.Country;
import org.strait.ingest.CountryEntities;

/** Counts and lists stored events selected by an {@link EventQuery}. */
final class StoredEvents {
  private StoredEvents() {}

  /** Returns the number of stored events the query selects. */
  static long count(Connection c, EventQuery q) {
    Sql sql = where(q);
    try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM events WHERE " + sql.text)) {
      sql.bind(p);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count events for " + q + ": " + e.getMessage(), e);
    }
  }

  /** Returns up to {@code limit} selected events as rows of text, oldest first, with a header row. */
  static List<List<String>> list(Connection c, EventQuery q, int limit) {
    Sql sql = where(q);
    String select = "SELECT event_date, source, actor1_name, actor1_country, actor2_name, actor2_country, cameo,"
        + " quad_class, goldstein FROM events WHERE " + sql.text
        + " ORDER BY event_date, file_id, line LIMIT " + Math.max(0, limit);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("date", "source", "actor1", "country1", "actor2", "country2", "cameo", "quad_class",
        "goldstein"));
    try (PreparedStatement p = c.prepareStatement(select)) {
      sql.bind(p);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= 9; i++) {
            row.add(String.valueOf(r.getObject(i)));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new StoreException("cannot list events for " + q + ": " + e.getMessage(), e);
    }
  }

  /** Returns the source labels of the stored files, sorted. */
  static List<String> sources(Connection c) {
    try (java.sql.Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT DISTINCT source FROM files ORDER BY source")) {
      List<String> out = new ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list the stored sources: " + e.getMessage(), e);
    }
  }

  private static Sql where(EventQuery q) {
    Country a = q.dyad().source();
    Country b = q.dyad().target();
    StringBuilder text = new StringBuilder(
        "((actor1_country = ? AND actor2_country = ?) OR (actor1_country = ? AND actor2_country = ?))");
    List<Object> args = new ArrayList<>(List.of(a.code(), b.code(), b.code(), a.code()));
    if (q.from() != null) {
      text.append(" AND event_date >= ?");
      args.add(java.sql.Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      text.append(" AND event_date <= ?");
      args.add(java.sql.Date.valueOf(q.to()));
    }
    if (q.source() != null) {
      text.append(" AND source = ?");
      args.add(q.source());
    }
    if (q.strict()) {
      text.append(" AND actor1_sector IS NULL AND actor2_sector IS NULL")
          .append(" AND upper(actor1_name) IN (").append(placeholders(a, b, args)).append(")")
          .append(" AND upper(actor2_name) IN (").append(placeholders(a, b, args)).append(")");
    }
    return new Sql(text.toString(), args);
  }

  private static String placeholders(Country a, Country b, List<Object> args) {
    List<String> names = new ArrayList<>();
    for (Country c : List.of(a, b)) {
      Set<String> upper = CountryEntities.upperNames(c);
      names.addAll(upper);
    }
    args.addAll(names);
    return String.join(", ", java.util.Collections.nCopies(names.size(), "?"));
  }

  private record Sql(String text, List<Object> args) {
    void bind(PreparedStatement p) throws SQLException {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
    }
  }
}
