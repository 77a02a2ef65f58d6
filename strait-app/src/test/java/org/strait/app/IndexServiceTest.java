package org.strait.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.core.Dyad;
import org.strait.index.IndexQuery;
import org.strait.index.IndexSeries;
import org.strait.index.TurningPointOptions;
import org.strait.index.TurningPointResult;
import org.strait.store.EventStore;

/** The index use case's tables (index, turning points) on stores written by hand, their cells counted by hand. */
class IndexServiceTest {
  @TempDir Path dir;
  private Path db;
  private long line;

  @BeforeEach
  void store() throws Exception {
    db = dir.resolve("store.duckdb");
    try (EventStore store = EventStore.open(db)) {
      Connection c = store.connection();
      // 2014-01: +4.0 JPN->KOR (verbal cooperation), -2.0 KOR->JPN (verbal conflict); 2014-02: none;
      // 2014-03: +1.0 KOR->JPN; one JPN->CHN event
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

  private Map<String, IndexSeries> compute(IndexQuery template, List<Country> countries) {
    try (EventStore store = EventStore.openReadOnly(db)) {
      return IndexService.compute(store.reader(), template, countries);
    }
  }

  @Test
  void table_onePair_oneRowPerMonthWithTheHandCountedCells() {
    IndexTable table = IndexService.table(compute(IndexQuery.of(new Dyad(Country.JPN, Country.KOR)), null));
    assertThat(table.header()).hasSize(25).startsWith("dyad", "month", "source", "events", "goldstein_sum")
        .endsWith("index", "sd", "lower", "upper");
    assertThat(table.rows()).hasSize(3).allSatisfy(r -> assertThat(r).hasSameSizeAs(table.header()));
    List<Object> january = table.rows().get(0);
    assertThat(january.subList(0, 11)).containsExactly("JPN-KOR", "2014-01", "icews14", 2L, 2.0, 1.0, 1L, 0L, 1L,
        0L, 0.5);
    List<Object> february = table.rows().get(1);
    assertThat(february.get(1)).isEqualTo("2014-02");
    assertThat(february.get(3)).isEqualTo(0L);
    assertThat((double) february.get(15)).as("raw mean of an empty month").isNaN();
    double index = (double) february.get(21);
    assertThat(index).isBetween((double) february.get(23), (double) february.get(24));
  }

  @Test
  void table_everyPairOfThreeCountries_nineSeriesInTheRows() {
    IndexTable table = IndexService.table(compute(IndexQuery.of(new Dyad(Country.JPN, Country.KOR)),
        List.of(Country.JPN, Country.KOR, Country.CHN)));
    assertThat(table.rows().stream().map(r -> (String) r.get(0)).distinct()).containsExactlyInAnyOrder(
        "JPN->KOR", "KOR->JPN", "JPN->CHN", "CHN->JPN", "KOR->CHN", "CHN->KOR", "JPN-KOR", "CHN-JPN", "CHN-KOR");
  }

  @Test
  void json_directedPair_pointsKeyedByColumnWithNullInAGap() {
    Map<String, IndexSeries> one = compute(IndexQuery.of(new Dyad(Country.KOR, Country.JPN)).withDirected(true)
        .withMonths(java.time.YearMonth.of(2014, 1), java.time.YearMonth.of(2014, 2)), null);
    List<Map<String, Object>> json = IndexService.json(one);
    assertThat(json).hasSize(1);
    assertThat(json.get(0).get("dyad")).isEqualTo("KOR->JPN");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> points = (List<Map<String, Object>>) json.get(0).get("points");
    assertThat(points).hasSize(2);
    assertThat(points.get(0)).containsEntry("month", "2014-01").containsEntry("events", 1L)
        .containsEntry("raw", -2.0).doesNotContainKey("dyad");
    assertThat(points.get(1)).containsEntry("raw", null);
  }

  @Test
  void turningPointTable_clearFall_oneDownLevelRowWithItsSeed() throws Exception {
    Path fall = dir.resolve("fall.duckdb");
    try (EventStore store = EventStore.open(fall)) {
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
    Map<String, TurningPointResult> results = new LinkedHashMap<>();
    try (EventStore store = EventStore.openReadOnly(fall)) {
      IndexService.compute(store.reader(), IndexQuery.of(new Dyad(Country.JPN, Country.KOR)), null)
          .forEach((name, series) -> results.put(name,
              IndexService.turningPoints(series, new TurningPointOptions(1.0, 200, 7))));
    }
    TurningPointTable table = TurningPointTable.of(results, "month");
    assertThat(table.header()).containsExactly("dyad", "month", "kind", "periods", "direction", "measure",
        "confidence", "statistic", "events", "before", "after", "notes", "false_alarm", "seed", "version");
    assertThat(table.rows()).hasSize(1);
    // twelve months at +4 and twelve at -3 (offsets averaging -0.05): one fall into January 2011
    assertThat(table.rows().get(0).subList(0, 6)).containsExactly("JPN-KOR", "2011-01", "level", 1, "down",
        "goldstein");
    assertThat(table.rows().get(0).get(8)).isEqualTo(20L);
    assertThat(table.rows().get(0).get(13)).isEqualTo(7L);
    List<Map<String, Object>> json = TurningPointTable.json(results, "month");
    assertThat(json.get(0)).containsEntry("seed", 7L).containsEntry("replicates", 200);
    assertThat((Double) json.get(0).get("threshold")).isFinite();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> points = (List<Map<String, Object>>) json.get(0).get("turning_points");
    assertThat(points).singleElement().satisfies(p -> assertThat(p).containsEntry("month", "2011-01")
        .containsEntry("direction", "down").containsKey("notes"));
  }

  @Test
  void table_noSeries_sayingSo() {
    assertThatThrownBy(() -> IndexService.table(Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no index series");
  }

  private void insert(Connection c, String date, String from, String to, int quad, double goldstein)
      throws Exception {
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
