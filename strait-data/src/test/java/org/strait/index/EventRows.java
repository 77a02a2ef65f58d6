package org.strait.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.strait.store.EventStore;
import org.strait.store.StoreReader;

/** An in-memory store into which tests write event rows and monthly totals by hand. */
final class EventRows implements AutoCloseable {
  private final EventStore store;
  private final Connection connection;
  private long line;

  private EventRows(EventStore store) {
    this.store = store;
    this.connection = store.connection();
  }

  /** Opens an in-memory store with the schema. */
  static EventRows inMemory() {
    return new EventRows(EventStore.inMemory());
  }

  /** Returns the store's reader, for the index. */
  StoreReader reader() {
    return store.reader();
  }

  /** Adds one event without id or weights, as a quadruple file gives it. */
  EventRows add(String source, String date, String from, String to, String cameo, int quad, double goldstein)
      throws SQLException {
    return add(1, source, null, date, from, to, cameo, quad, goldstein, null);
  }

  /** Adds one event row. */
  EventRows add(long fileId, String source, String id, String date, String from, String to, String cameo, int quad,
                double goldstein, Integer mentions) throws SQLException {
    String sql = "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL, ?, ?, ?, ?, ?, NULL, NULL, NULL)";
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setLong(1, fileId);
      s.setLong(2, ++line);
      s.setString(3, source);
      s.setString(4, id);
      s.setObject(5, LocalDate.parse(date));
      s.setString(6, from.equals("JPN") ? "Japan" : from.equals("KOR") ? "South Korea" : from);
      s.setString(7, from);
      s.setString(8, to.equals("JPN") ? "Japan" : to.equals("KOR") ? "South Korea" : to);
      s.setString(9, to);
      s.setString(10, cameo);
      s.setInt(11, Integer.parseInt(cameo.substring(0, 2)));
      s.setInt(12, quad);
      s.setDouble(13, goldstein);
      if (mentions == null) {
        s.setNull(14, java.sql.Types.INTEGER);
      } else {
        s.setInt(14, mentions);
      }
      s.executeUpdate();
    }
    return this;
  }

  /** Adds a monthly total of valid rows for a source. */
  EventRows month(String source, String month, long events) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("INSERT INTO source_months VALUES (1, ?, ?, ?)")) {
      s.setString(1, source);
      s.setString(2, month);
      s.setLong(3, events);
      s.executeUpdate();
    }
    return this;
  }

  @Override
  public void close() {
    store.close();
  }
}
