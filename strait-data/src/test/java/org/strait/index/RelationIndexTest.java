package org.strait.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strait.core.Dyad;

class RelationIndexTest {
  private static final IndexQuery JPN_KOR = IndexQuery.of(Dyad.parse("JPN-KOR"));

  @Test
  void compute_handWrittenMonths_countsSumsAndSharesAreTheEvents() throws Exception {
    try (EventRows rows = EventRows.inMemory()) {
      rows.add("icews14", "2014-01-03", "JPN", "KOR", "040", 1, 1.0)
          .add("icews14", "2014-01-09", "KOR", "JPN", "111", 3, -2.0)
          .add("icews14", "2014-01-20", "KOR", "JPN", "057", 2, 8.0)
          .add("icews14", "2014-03-02", "JPN", "KOR", "190", 4, -10.0)
          .add("icews14", "2014-03-02", "JPN", "CHN", "040", 1, 1.0)
          .month("icews14", "2014-01", 100).month("icews14", "2014-02", 90).month("icews14", "2014-03", 80);
      IndexSeries series = RelationIndex.compute(rows.reader(), JPN_KOR);

      assertThat(series.points()).extracting(IndexPoint::label).containsExactly("2014-01", "2014-02", "2014-03");
      PeriodStats january = series.points().get(0).stats();
      assertThat(january.events()).isEqualTo(3);
      assertThat(january.goldsteinSum()).isEqualTo(7.0);
      assertThat(january.goldsteinMean()).isCloseTo(7.0 / 3, within(1e-12));
      assertThat(january.share(1)).isCloseTo(1.0 / 3, within(1e-12));
      assertThat(january.share(4)).isZero();
      assertThat(january.netCooperation()).isEqualTo(1);
      assertThat(january.source()).isEqualTo("icews14");
      assertThat(series.points().get(1).events()).isZero();
      assertThat(series.points().get(2).stats().materialConflict()).isEqualTo(1);
      assertThat(series.points().get(2).stats().netCooperation()).isEqualTo(-1);
    }
  }

  @Test
  void compute_directed_keepsOneDirection() throws Exception {
    try (EventRows rows = EventRows.inMemory()) {
      rows.add("icews14", "2014-01-03", "JPN", "KOR", "040", 1, 1.0)
          .add("icews14", "2014-01-09", "KOR", "JPN", "111", 3, -2.0)
          .month("icews14", "2014-01", 10);
      IndexSeries directed = RelationIndex.compute(rows.reader(),
          IndexQuery.of(Dyad.parse("KOR-JPN")).withDirected(true));
      assertThat(directed.points()).singleElement().satisfies(p -> {
        assertThat(p.events()).isEqualTo(1);
        assertThat(p.raw()).isEqualTo(-2.0);
      });
      assertThat(directed.query().seriesName()).isEqualTo("KOR->JPN");
    }
  }

  @Test
  void compute_reemittedGdeltId_countsOnceWithTheLatestCopy() throws Exception {
    try (EventRows rows = EventRows.inMemory()) {
      rows.add(1, "gdelt2", "900001", "2019-07-01", "JPN", "KOR", "163", 4, -8.0, 2)
          .add(2, "gdelt2", "900001", "2019-07-01", "JPN", "KOR", "163", 4, -8.0, 6)
          .add(2, "gdelt2", "900002", "2019-07-04", "KOR", "JPN", "036", 1, 4.0, 2)
          .month("gdelt2", "2019-07", 1000);
      IndexSeries plain = RelationIndex.compute(rows.reader(), JPN_KOR);
      assertThat(plain.points().get(0).events()).isEqualTo(2);
      assertThat(plain.points().get(0).raw()).isEqualTo(-2.0);
      IndexSeries weighted = RelationIndex.compute(rows.reader(), JPN_KOR.withWeighting(Weighting.MENTIONS));
      // the later copy says 6 mentions: (6 * -8 + 2 * 4) / 8 = -5
      assertThat(weighted.points().get(0).raw()).isEqualTo(-5.0);
      assertThat(weighted.points().get(0).stats().effectiveEvents()).isCloseTo(64.0 / 40, within(1e-12));
    }
  }

  @Test
  void compute_identicalQuadruples_countOnceButOtherDaysCount() throws Exception {
    try (EventRows rows = EventRows.inMemory()) {
      rows.add("icews05-15/sample", "2012-08-10", "KOR", "JPN", "111", 3, -2.0)
          .add("icews05-15/sample", "2012-08-10", "KOR", "JPN", "111", 3, -2.0)
          .add("icews05-15/sample", "2012-08-11", "KOR", "JPN", "111", 3, -2.0)
          .add("icews05-15/sample", "2012-08-10", "JPN", "KOR", "111", 3, -2.0)
          .month("icews05-15/sample", "2012-08", 50);
      assertThat(RelationIndex.compute(rows.reader(), JPN_KOR).points().get(0).events()).isEqualTo(3);
    }
  }

  @Test
  void compute_twoSourcesInOneMonth_takesOneByTheDocumentedRule() throws Exception {
    try (EventRows rows = EventRows.inMemory()) {
      // the tail's events of August 2012 span the 7th to the 31st (25 of 31 days, more than half), so the
      // complete record speaks for August although the sample spans the whole month
      rows.add("icews05-15/tail", "2012-08-07", "KOR", "JPN", "111", 3, -2.0)
          .add("icews05-15/tail", "2012-08-31", "KOR", "JPN", "040", 1, 1.0)
          .add("icews05-15/tail", "2012-09-30", "KOR", "JPN", "040", 1, 1.0)
          .add("icews05-15/tail", "2012-09-01", "KOR", "JPN", "040", 1, 1.0)
          .add("icews05-15/sample", "2005-01-01", "KOR", "JPN", "040", 1, 1.0)
          .add("icews05-15/sample", "2012-08-10", "KOR", "JPN", "173", 4, -5.0)
          .add("icews05-15/sample", "2012-09-10", "KOR", "JPN", "173", 4, -5.0)
          .add("icews05-15/sample", "2014-12-31", "KOR", "JPN", "040", 1, 1.0)
          .month("icews05-15/tail", "2012-08", 10).month("icews05-15/tail", "2012-09", 10)
          .month("icews05-15/sample", "2012-08", 5).month("icews05-15/sample", "2012-09", 5);
      IndexSeries series = RelationIndex.compute(rows.reader(),
          JPN_KOR.withMonths(YearMonth.of(2012, 8), YearMonth.of(2012, 9)));
      assertThat(series.points()).extracting(p -> p.stats().source())
          .containsExactly("icews05-15/tail", "icews05-15/tail");
      assertThat(series.points()).extracting(IndexPoint::raw).containsExactly(-0.5, 1.0);
    }
  }

  @Test
  void compute_completeSourceSpanningLessThanHalfTheMonth_leavesTheMonthToTheSample() throws Exception {
    try (EventRows rows = EventRows.inMemory()) {
      // the tail's only August event is on the 25th: it spans 7 of 31 days, so the sample speaks for August
      rows.add("icews05-15/tail", "2012-08-25", "KOR", "JPN", "111", 3, -2.0)
          .add("icews05-15/tail", "2012-08-31", "KOR", "JPN", "040", 1, 1.0)
          .add("icews05-15/sample", "2012-08-01", "KOR", "JPN", "173", 4, -5.0)
          .add("icews05-15/sample", "2012-08-30", "KOR", "JPN", "173", 4, -5.0)
          .month("icews05-15/tail", "2012-08", 10).month("icews05-15/sample", "2012-08", 5);
      IndexSeries series = RelationIndex.compute(rows.reader(),
          JPN_KOR.withMonths(YearMonth.of(2012, 8), YearMonth.of(2012, 8)));
      assertThat(series.points().get(0).stats().source()).isEqualTo("icews05-15/sample");
      assertThat(series.points().get(0).raw()).isEqualTo(-5.0);
    }
  }

  @Test
  void compute_thinMonthAndGap_rawIntervalsWidenWithFewerEventsAndTheGapHasNoRawValue() throws Exception {
    try (EventRows rows = EventRows.inMemory()) {
      // January: two events; March: eight; February: none
      rows.add("s", "2014-01-05", "KOR", "JPN", "040", 1, 1.0).add("s", "2014-01-06", "KOR", "JPN", "111", 3, -2.0);
      for (int d = 1; d <= 8; d++) {
        rows.add("s", "2014-03-0" + d, "KOR", "JPN", d % 2 == 0 ? "040" : "111", d % 2 == 0 ? 1 : 3,
            d % 2 == 0 ? 1.0 : -2.0);
      }
      List<IndexPoint> points = RelationIndex.compute(rows.reader(), JPN_KOR).points();
      IndexPoint thin = points.get(0);
      IndexPoint dense = points.get(2);
      assertThat(thin.raw()).isEqualTo(-0.5);
      assertThat(dense.raw()).isEqualTo(-0.5);
      assertThat(thin.rawUpper() - thin.rawLower()).isGreaterThan(1.5 * (dense.rawUpper() - dense.rawLower()));
      // net cooperation: one cooperative of two is 0, four of eight too; Wilson intervals, wider for January
      assertThat(thin.netCooperation()).isZero();
      assertThat(thin.netUpper() - thin.netLower()).isGreaterThan(dense.netUpper() - dense.netLower());
      assertThat(thin.netLower()).isGreaterThanOrEqualTo(-1);
      assertThat(points.get(1).raw()).isNaN();
      assertThat(points.get(1).rawLower()).isNaN();
      assertThat(points.get(1).netCooperation()).isNaN();
    }
  }

  @Test
  void rank_sourceLabels_completeIcewsFirstThenSampleThenGdelt() {
    assertThat(List.of("other", "gdelt1", "gdelt2", "icews05-15/sample", "icews14"))
        .extracting(SourcePlan::rank).containsExactly(4, 3, 2, 1, 0);
  }

  @Test
  void compute_unknownSource_failsNamingTheStoredSources() throws Exception {
    try (EventRows rows = EventRows.inMemory()) {
      rows.add("icews14", "2014-01-03", "JPN", "KOR", "040", 1, 1.0).month("icews14", "2014-01", 1);
      assertThatThrownBy(() -> RelationIndex.compute(rows.reader(), JPN_KOR.withSource("gdelt2")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no source 'gdelt2' in the store; it holds: icews14");
    }
  }

  @Test
  void compute_mentionWeightsOnIcews_failsNamingSourceAndMonth() throws Exception {
    try (EventRows rows = EventRows.inMemory()) {
      rows.add("icews14", "2014-01-03", "JPN", "KOR", "040", 1, 1.0).month("icews14", "2014-01", 1);
      assertThatThrownBy(() -> RelationIndex.compute(rows.reader(), JPN_KOR.withWeighting(Weighting.MENTIONS)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("icews14").hasMessageContaining("mentions").hasMessageContaining("2014-01");
    }
  }

  @Test
  void compute_emptyStoreWithoutMonths_failsClearly() throws Exception {
    try (EventRows rows = EventRows.inMemory()) {
      assertThatThrownBy(() -> RelationIndex.compute(rows.reader(), JPN_KOR))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("holds no events");
    }
  }

  @Test
  void compute_weekly_labelsPeriodsByTheirMonday() throws Exception {
    try (EventRows rows = EventRows.inMemory()) {
      rows.add("icews14", "2014-01-01", "JPN", "KOR", "040", 1, 1.0)
          .add("icews14", "2014-01-06", "JPN", "KOR", "040", 1, 3.0)
          .add("icews14", "2014-01-12", "JPN", "KOR", "040", 1, 5.0)
          .month("icews14", "2014-01", 3);
      IndexSeries weekly = RelationIndex.compute(rows.reader(),
          JPN_KOR.withGranularity(Granularity.WEEK).withMonths(YearMonth.of(2014, 1), YearMonth.of(2014, 1)));
      // 2014-01-01 was a Wednesday; January 2014 touches the weeks of Dec 30, Jan 6, 13, 20 and 27
      assertThat(weekly.points()).extracting(IndexPoint::label)
          .containsExactly("2013-12-30", "2014-01-06", "2014-01-13", "2014-01-20", "2014-01-27");
      assertThat(weekly.points()).extracting(IndexPoint::events).containsExactly(1L, 2L, 0L, 0L, 0L);
      assertThat(weekly.points().get(1).raw()).isEqualTo(4.0);
    }
  }

  @Test
  void compute_goldsteinOffTheOneDecimalScale_failsNamingSourceAndMonth() throws Exception {
    try (EventRows rows = EventRows.inMemory()) {
      rows.add("odd", "2014-02-03", "JPN", "KOR", "040", 1, 1.25).month("odd", "2014-02", 1);
      assertThatThrownBy(() -> RelationIndex.compute(rows.reader(), JPN_KOR))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("source odd has Goldstein scores off the published one-decimal scale in 2014-02");
    }
  }
}
