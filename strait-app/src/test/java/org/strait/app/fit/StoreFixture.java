package org.strait.app.fit;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.strait.core.Country;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.quad.NamedQuadReader;
import org.strait.knowledge.StandardActors;
import org.strait.store.EventStore;

/** Writes small generated event stores for the fit's tests: rows inserted directly, values known by construction. */
public final class StoreFixture {
  private StoreFixture() {}

  /** Inserts one event; QuadClass 1 when goldstein ≥ 0, else 4 (material conflict). */
  public static void event(PreparedStatement ps, int line, LocalDate day, String from, String to, double goldstein)
      throws SQLException {
    ps.setLong(1, 1);
    ps.setLong(2, line);
    ps.setString(3, "fixture");
    ps.setObject(4, day);
    ps.setString(5, from);
    ps.setString(6, from);
    ps.setString(7, to);
    ps.setString(8, to);
    ps.setInt(9, goldstein >= 0 ? 1 : 4);
    ps.setDouble(10, goldstein);
    ps.addBatch();
  }

  /** Returns the insert statement {@link #event} fills. */
  public static PreparedStatement insert(Connection c) throws SQLException {
    return c.prepareStatement("INSERT INTO events (file_id, line, source, event_date, actor1_name, actor1_country,"
        + " actor2_name, actor2_country, cameo, root_code, quad_class, goldstein) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
        + " '042', 4, ?, ?)");
  }

  /**
   * Writes {@code months} months from {@code start} of synthetic events: each month 6 JPN→KOR and 6 KOR→JPN events
   * on distinct days (so that the relation index's de-duplication keeps them all) scattered around an AR(1) level,
   * and a few USA, CHN and PRK events; returns the store's path.
   */
  public static Path synthetic(Path file, YearMonth start, int months, long seed) throws SQLException {
    SplittableRandom rng = new SplittableRandom(seed);
    try (EventStore store = EventStore.open(file); PreparedStatement ps = insert(store.connection())) {
      int line = 0;
      double level = 1;
      for (int t = 0; t < months; t++) {
        level = 1 + 0.8 * (level - 1) + 0.5 * (rng.nextDouble() - 0.5) * 2;
        LocalDate day = start.plusMonths(t).atDay(1 + rng.nextInt(27));
        for (int k = 0; k < 6; k++) {
          YearMonth m = start.plusMonths(t);
          event(ps, line++, m.atDay(1 + 4 * k), "JPN", "KOR", clamp(level + 4 * (rng.nextDouble() - 0.5)));
          event(ps, line++, m.atDay(2 + 4 * k), "KOR", "JPN", clamp(level + 4 * (rng.nextDouble() - 0.5)));
        }
        event(ps, line++, day, "USA", "JPN", clamp(2 + 4 * (rng.nextDouble() - 0.5)));
        event(ps, line++, day, "USA", "KOR", clamp(2 + 4 * (rng.nextDouble() - 0.5)));
        event(ps, line++, day, "USA", "CHN", clamp(-1 + 6 * (rng.nextDouble() - 0.5)));
        if (rng.nextDouble() < 0.5) {
          event(ps, line++, day, "PRK", "KOR", -9);
        }
      }
      ps.executeBatch();
    }
    return file;
  }

  /**
   * Ingests the shared ICEWS 2005-15 sample (both files) into a store at {@code file} as {@code strait ingest} does
   * (named quadruples, the standard actors, the default countries) and returns its path.
   */
  public static Path icewsSample(Path file) throws IOException {
    Path sample = Path.of(System.getProperty("strait.shared.dir", "../shared")).resolve("data/icews05-15/sample");
    try (EventStore store = EventStore.open(file)) {
      ReadOptions options = new ReadOptions("icews05-15/sample", Set.copyOf(Country.DEFAULT_SET),
          StandardActors.resolver(), null, 0);
      for (String name : List.of("icews_2005-2015_valid.txt", "icews_2005-2015_test.txt")) {
        store.ingest(sample.resolve(name), new NamedQuadReader(), options);
      }
    }
    return file;
  }

  /** Clamps to -10..10 and rounds to the Goldstein scale's one decimal (the relation index refuses others). */
  private static double clamp(double g) {
    return Math.round(Math.max(-10, Math.min(10, g)) * 10) / 10.0;
  }
}
