package org.strait.app.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.model.Driver;
import org.strait.store.EventStore;

class FitDataTest {
  @TempDir Path dir;

  @Test
  void fromStore_handMadeEvents_givesMeansCountsAndTrainingZScores() throws Exception {
    Path db = dir.resolve("s.duckdb");
    try (EventStore store = EventStore.open(db); PreparedStatement ps = StoreFixture.insert(store.connection())) {
      int l = 0;
      // 2005-01: JPN->KOR 3 and 1, KOR->JPN -2; USA->JPN 4; PRK->KOR two material-conflict events
      StoreFixture.event(ps, l++, LocalDate.of(2005, 1, 3), "JPN", "KOR", 3);
      StoreFixture.event(ps, l++, LocalDate.of(2005, 1, 9), "JPN", "KOR", 1);
      StoreFixture.event(ps, l++, LocalDate.of(2005, 1, 20), "KOR", "JPN", -2);
      StoreFixture.event(ps, l++, LocalDate.of(2005, 1, 20), "USA", "JPN", 4);
      StoreFixture.event(ps, l++, LocalDate.of(2005, 1, 21), "PRK", "KOR", -9);
      StoreFixture.event(ps, l++, LocalDate.of(2005, 1, 22), "PRK", "KOR", -9);
      // 2005-02: nothing between JPN and KOR; USA->KOR 2
      StoreFixture.event(ps, l++, LocalDate.of(2005, 2, 5), "USA", "KOR", 2);
      // 2005-03: KOR->JPN 5; USA->JPN 0; a JPN->JPN event that must be ignored
      StoreFixture.event(ps, l++, LocalDate.of(2005, 3, 31), "KOR", "JPN", 5);
      StoreFixture.event(ps, l++, LocalDate.of(2005, 3, 30), "USA", "JPN", 0);
      StoreFixture.event(ps, l++, LocalDate.of(2005, 3, 30), "JPN", "JPN", -10);
      // 2005-04 (after the window): must not be read
      StoreFixture.event(ps, l++, LocalDate.of(2005, 4, 1), "JPN", "KOR", -10);
      ps.executeBatch();
    }
    FitData data;
    try (EventStore store = EventStore.open(db)) {
      data = FitData.fromStore(store.reader(), YearMonth.of(2005, 1), YearMonth.of(2005, 3),
          YearMonth.of(2005, 3), null, null, List.of());
    }
    assertThat(data.events()).isEqualTo(4);
    assertThat(data.input().index().values()[0]).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(data.input().index().values()[1]).isNaN();
    assertThat(data.input().index().values()[2]).isEqualTo(5.0);
    assertThat(data.input().jpnToKor().values()[0]).isEqualTo(2.0);
    assertThat(data.input().korToJpn().values()[0]).isEqualTo(-2.0);
    assertThat(data.input().counts().values()).containsExactly(3, 0, 1);
    // US engagement: means 4, 2, 0 → z = (x - 2) / 2
    YearMonth jan = YearMonth.of(2005, 1);
    assertThat(data.input().drivers().value(Driver.US_ENGAGEMENT, jan)).isCloseTo(1.0, within(1e-12));
    assertThat(data.input().drivers().value(Driver.US_ENGAGEMENT, jan.plusMonths(2))).isCloseTo(-1.0,
        within(1e-12));
    // PRK material conflict: log1p of 2, 0, 0 → mean log(3)/3, z of January = 2/sqrt(3)
    assertThat(data.input().drivers().value(Driver.PRK_MATERIAL_CONFLICT, jan)).isCloseTo(2 / Math.sqrt(3),
        within(1e-12));
    assertThat(data.input().drivers().value(Driver.GDP_RATIO, jan)).isEqualTo(Driver.GDP_RATIO.neutral());
    assertThat(data.notes()).anyMatch(n -> n.contains("no knowledge base")).anyMatch(n -> n.contains("no indicators"));
    // no USA-CHN event: the conflict share has no month, so the driver is held neutral and noted
    assertThat(data.input().drivers().value(Driver.US_CHN_CONFLICT, jan)).isZero();
    assertThat(data.notes()).anyMatch(n -> n.startsWith("us-chn-conflict: fewer than two months with events"));
  }

  @Test
  void standardise_usesTheTrainingMonthsOnly() {
    List<String> notes = new ArrayList<>();
    double[] z = FitData.standardise("x", new double[] {1, 3, Double.NaN, 100}, 3, notes);
    // training months 1, 3 (NaN skipped): mean 2, sd sqrt(2)
    assertThat(z[0]).isCloseTo(-1 / Math.sqrt(2), within(1e-12));
    assertThat(z[2]).isZero();
    assertThat(z[3]).isCloseTo(98 / Math.sqrt(2), within(1e-12));
    assertThat(notes).singleElement().asString().contains("1 of 4 months");
  }

  @Test
  void fromStore_windowWithoutJapanKoreaEvents_failsNamingTheWindow() throws Exception {
    Path db = dir.resolve("empty.duckdb");
    try (EventStore store = EventStore.open(db)) {
      assertThatThrownBy(() -> FitData.fromStore(store.reader(), YearMonth.of(2005, 1), YearMonth.of(2005, 6),
          YearMonth.of(2005, 3))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2005-01..2005-06");
    }
  }
}
