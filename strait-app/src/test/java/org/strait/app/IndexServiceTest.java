package org.strait.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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

  @BeforeEach
  void store() throws Exception {
    db = dir.resolve("store.duckdb");
    HandWrittenStores.threeMonths(db);
  }

  private Map<String, IndexSeries> compute(IndexQuery template, List<Country> countries) {
    try (EventStore store = EventStore.openReadOnly(db)) {
      return IndexService.compute(store.reader(), template, countries);
    }
  }

  @Test
  void table_onePair_oneRowPerMonthWithTheHandCountedCells() {
    IndexTable table = IndexService.table(compute(IndexQuery.of(new Dyad(Country.JPN, Country.KOR)), null));
    assertThat(table.header()).hasSize(29).startsWith("dyad", "month", "source", "events", "goldstein_sum")
        .endsWith("index", "sd", "lower", "upper", "level", "level_sd", "level_lower", "level_upper");
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
    // an empty month's value is its level's prediction
    assertThat(index).isEqualTo((double) february.get(25));
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
    HandWrittenStores.fall(fall);
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

  @Test
  void byYear_threeMonthsOfOneYear_oneYearWithItsEventsAndItsLastMonth() {
    IndexSeries series;
    try (EventStore store = EventStore.openReadOnly(db)) {
      series = IndexService.jpnKor(store.reader());
    }
    // two JPN-KOR events in January 2014, none in February, one in March (the JPN-CHN one is another pair)
    assertThat(IndexService.byYear(series)).singleElement().satisfies(y -> {
      assertThat(y.year()).isEqualTo("2014");
      assertThat(y.events()).isEqualTo(3);
      assertThat(y.last().label()).isEqualTo("2014-03");
    });
  }

  @Test
  void byYear_twoYears_eachEndsInDecember() throws Exception {
    Path fall = dir.resolve("fall.duckdb");
    HandWrittenStores.fall(fall);
    IndexSeries series;
    try (EventStore store = EventStore.openReadOnly(fall)) {
      series = IndexService.jpnKor(store.reader());
    }
    List<IndexService.Year> years = IndexService.byYear(series);
    assertThat(years).extracting(IndexService.Year::year).containsExactly("2010", "2011");
    assertThat(years).extracting(IndexService.Year::events).containsExactly(240L, 240L);
    assertThat(years).extracting(y -> y.last().label()).containsExactly("2010-12", "2011-12");
    // +4 through 2010, -3 through 2011: the Decembers lie on either side of zero
    assertThat(years.get(0).last().index()).isPositive();
    assertThat(years.get(1).last().index()).isNegative();
  }
}
