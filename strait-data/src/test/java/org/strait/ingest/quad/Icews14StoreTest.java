package org.strait.ingest.quad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.core.Dyad;
import org.strait.ingest.ReadOptions;
import org.strait.store.EventQuery;
import org.strait.store.EventStore;
import org.strait.store.IngestReport;

/** ICEWS14 ingested through the event store: the events table holds the JPN-KOR events the raw files hold. */
class Icews14StoreTest {
  private static final LocalDate ORIGIN = LocalDate.of(2014, 1, 1);

  @TempDir Path dir;

  @Test
  void ingest_icews14_eventsTableHoldsTheIndependentJpnKorCounts() throws IOException, SQLException {
    Path folder = SharedData.data("icews14");
    List<String> names = List.of("train.txt", "valid.txt", "test.txt");
    ReadOptions options = new ReadOptions("icews14", Set.copyOf(Country.DEFAULT_SET), new TestActors(), ORIGIN, 1);
    Map<String, Long> independent = JpnKorCountsTest.independentIds(folder, names, ORIGIN);

    try (EventStore store = EventStore.open(dir.resolve("icews14.duckdb"))) {
      long valid = 0;
      for (String name : names) {
        IngestReport report = store.ingest(folder.resolve(name), new IdQuadReader(), options);
        assertThat(report.rejected()).as("rejects of %s: %s", name, report.rejectsByReason()).isZero();
        valid += report.valid();
      }
      IngestReport again = store.ingest(folder.resolve("train.txt"), new IdQuadReader(), options);

      Map<String, Long> stored = strictPerYear(store);
      assertThat(stored).isEqualTo(Map.of("2014 JPN>KOR", independent.get("2014 JPN>KOR"),
          "2014 KOR>JPN", independent.get("2014 KOR>JPN")));
      assertThat(stored.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(481);
      assertThat(valid).isEqualTo(independent.get("lines"));
      assertThat(single(store, "SELECT sum(events) FROM source_months")).isEqualTo(independent.get("lines"));
      assertThat(single(store, "SELECT count(*) FROM rejects")).isZero();
      assertThat(again.alreadyStored()).isTrue();
      assertThat(store.reader().count(new EventQuery(Dyad.parse("JPN-KOR"),
          LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31), "icews14", true))).isEqualTo(481);
      System.out.println("icews14 in the store, strict JPN-KOR: " + stored + "; all JPN-KOR (sector actors too): "
          + store.reader().count(new EventQuery(Dyad.parse("JPN-KOR"), null, null, null, false)));
    }
  }

  private static Map<String, Long> strictPerYear(EventStore store) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    String sql = "SELECT year(event_date), actor1_name, count(*) FROM events"
        + " WHERE (actor1_name = 'Japan' AND actor2_name = 'South Korea')"
        + " OR (actor1_name = 'South Korea' AND actor2_name = 'Japan') GROUP BY 1, 2";
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        String direction = r.getString(2).equals("Japan") ? "JPN>KOR" : "KOR>JPN";
        counts.put(r.getInt(1) + " " + direction, r.getLong(3));
      }
    }
    return counts;
  }

  private static long single(EventStore store, String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
