package org.strait.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.strait.store.EventStore;

/** Small stores written event by event, so that tests of the index can count their cells by hand. */
public final class HandWrittenStores {
  private static long line;

  private HandWrittenStores() {}

  /**
   * Writes three months of source {@code icews14} to {@code db}: 2014-01 two events (+4.0 JPN->KOR verbal
   * cooperation, -2.0 KOR->JPN verbal conflict); 2014-02 none; 2014-03 one (+1.0 KOR->JPN); and one JPN->CHN event.
   */
  public static void threeMonths(Path db) throws SQLException {
    try (EventStore store = EventStore.open(db)) {
      Connection c = store.connection();
      insert(c, "2014-01-05", "JPN", "KOR", 1, 4.0);
      insert(c, "2014-01-20", "KOR", "JPN", 3, -2.0);
      insert(c, "2014-03-02", "KOR", "JPN", 1, 1.0);
      insert(c, "2014-03-02", "JPN", "CHN", 1, 1.0);
      for (String m : List.of("2014-01", "2014-02", "2014-03")) {
        try (Statement s = c.createStatement()) {
          s.execute("INSERT INTO source_months VALUES (1, 'icews14', '" + m + "', 100)");
        }
      }
    }
  }

  /**
   * Writes a clear fall to {@code db}: 20 JPN-KOR events a month, alternating in direction, at Goldstein +4 (verbal
   * cooperation) through 2010 and -3 (verbal conflict) through 2011, each offset by {@code i % 3 - 1} (seven -1, seven
   * 0 and six +1 a month: a mean of -0.05).
   */
  public static void fall(Path db) throws SQLException {
    try (EventStore store = EventStore.open(db)) {
      Connection c = store.connection();
      for (int m = 0; m < 24; m++) {
        LocalDate day = LocalDate.of(2010, 1, 1).plusMonths(m);
        for (int i = 0; i < 20; i++) {
          double level = m < 12 ? 4.0 : -3.0;
          insert(c, day.plusDays(i).toString(), i % 2 == 0 ? "JPN" : "KOR", i % 2 == 0 ? "KOR" : "JPN",
              level > 0 ? 1 : 3, level + (i % 3 - 1));
        }
      }
    }
  }

  private static void insert(Connection c, String date, String from, String to, int quad, double goldstein)
      throws SQLException {
    String sql = "INSERT INTO events VALUES (1, ?, 'icews14', NULL, ?, ?, ?, NULL, ?, ?, NULL, ?, ?, ?, ?,"
        + " NULL, NULL, NULL, NULL)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, ++line);
      s.setObject(2, LocalDate.parse(date));
      s.setString(3, from + " actor " + line);
      s.setString(4, from);
      s.setString(5, to + " actor");
      s.setString(6, to);
      s.setString(7, quad == 1 ? "040" : "111");
      s.setInt(8, quad == 1 ? 4 : 11);
      s.setInt(9, quad);
      s.setDouble(10, goldstein);
      s.executeUpdate();
    }
  }
}
