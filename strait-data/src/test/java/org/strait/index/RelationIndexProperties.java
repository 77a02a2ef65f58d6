package org.strait.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.strait.core.Dyad;

class RelationIndexProperties {
  private static final IndexQuery QUERY = IndexQuery.of(Dyad.parse("JPN-KOR"))
      .withMonths(YearMonth.of(2014, 1), YearMonth.of(2014, 6));

  /** One generated event: month offset, day, direction, quad class and Goldstein score in tenths. */
  record Row(int month, int day, boolean forward, int quad, int tenths) {}

  @Provide
  Arbitrary<List<Row>> rows() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 28),
        Arbitraries.of(true, false), Arbitraries.integers().between(1, 4), Arbitraries.integers().between(-100, 100))
        .as(Row::new).list().ofMinSize(1).ofMaxSize(60);
  }

  @Property(tries = 40)
  void compute_everyEventReEmittedWithItsId_leavesTheSeriesUnchanged(@ForAll("rows") List<Row> rows)
      throws SQLException {
    try (EventRows store = EventRows.inMemory()) {
      insert(store, rows, 1, true);
      IndexSeries once = RelationIndex.compute(store.reader(), QUERY);
      insert(store, rows, 2, true);
      assertThat(RelationIndex.compute(store.reader(), QUERY)).isEqualTo(once);
    }
  }

  @Property(tries = 40)
  void compute_everyQuadrupleRepeated_leavesTheSeriesUnchanged(@ForAll("rows") List<Row> rows) throws SQLException {
    try (EventRows store = EventRows.inMemory()) {
      insert(store, rows, 1, false);
      IndexSeries once = RelationIndex.compute(store.reader(), QUERY);
      insert(store, rows, 2, false);
      assertThat(RelationIndex.compute(store.reader(), QUERY)).isEqualTo(once);
    }
  }

  @Property(tries = 40)
  void compute_everyEventDuplicatedUnderNewIds_keepsMeansAndSharesAndDoublesCounts(@ForAll("rows") List<Row> rows)
      throws SQLException {
    try (EventRows store = EventRows.inMemory()) {
      insert(store, rows, 1, true);
      IndexSeries once = RelationIndex.compute(store.reader(), QUERY);
      insert(store, rows, 2, true, "copy-");
      IndexSeries twice = RelationIndex.compute(store.reader(), QUERY);
      for (int m = 0; m < 6; m++) {
        PeriodStats a = once.points().get(m).stats();
        PeriodStats b = twice.points().get(m).stats();
        assertThat(b.events()).isEqualTo(2 * a.events());
        if (a.events() > 0) {
          assertThat(b.weightedMean()).isCloseTo(a.weightedMean(), within(1e-12));
          for (int q = 1; q <= 4; q++) {
            assertThat(b.share(q)).isCloseTo(a.share(q), within(1e-12));
          }
        }
      }
    }
  }

  @Property(tries = 100)
  void raw_simpleRandomSubsample_keepsTheExpectedMean(@ForAll @Size(min = 2, max = 80) List<@IntRange(min = -100,
      max = 100) Integer> tenths, @ForAll long seed) {
    int n = tenths.size();
    int k = 1 + new SplittableRandom(seed).nextInt(n);
    double population = tenths.stream().mapToDouble(t -> t / 10.0).average().orElseThrow();
    SplittableRandom random = new SplittableRandom(seed);
    int draws = 3000;
    double sum = 0;
    double squares = 0;
    for (int r = 0; r < draws; r++) {
      List<Integer> pool = new ArrayList<>(tenths);
      double s = 0;
      double s2 = 0;
      for (int i = 0; i < k; i++) {
        double g = pool.remove(random.nextInt(pool.size())) / 10.0;
        s += g;
        s2 += g * g;
      }
      double mean = new PeriodStats(LocalDate.of(2014, 1, 1), "s", k, s, k, 0, 0, 0, k, k, s, s2).weightedMean();
      sum += mean;
      squares += mean * mean;
    }
    double average = sum / draws;
    double se = Math.sqrt(Math.max(0, squares / draws - average * average) / draws);
    assertThat(average).isCloseTo(population, within(4.5 * se + 1e-9));
  }

  @Property(tries = 50)
  void estimate_noEventsAtAll_isThePriorWithAWideInterval(@ForAll @IntRange(min = 1, max = 36) int months) {
    List<PeriodStats> empty = new ArrayList<>();
    for (int t = 0; t < months; t++) {
      empty.add(PeriodStats.empty(LocalDate.of(2014, 1, 1).plusMonths(t), null));
    }
    IndexSeries index = RelationIndex.estimate(IndexQuery.of(Dyad.parse("JPN-KOR")), empty);
    assertThat(index.points()).allSatisfy(p -> {
      assertThat(p.index()).isEqualTo(LocalLevel.PRIOR_MEAN);
      assertThat(p.sd()).isGreaterThanOrEqualTo(Math.sqrt(LocalLevel.PRIOR_VARIANCE) - 1e-9);
      assertThat(p.upper() - p.lower()).isGreaterThan(16.4);
    });
  }

  @Property(tries = 100)
  void estimate_emptyMonthInside_liesBetweenItsNeighboursWithAWiderIntervalThanIfObserved(
      @ForAll @IntRange(min = 3, max = 30) int months, @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] level = new double[months];
    for (int t = 0; t < months; t++) {
      level[t] = 6 * random.nextDouble() - 2;
    }
    List<PeriodStats> full = Synthetic.months(level, 12, 3, 0.5, random);
    int gap = 1 + random.nextInt(months - 2);
    List<PeriodStats> periods = new ArrayList<>(full);
    periods.set(gap, PeriodStats.empty(periods.get(gap).start(), "synthetic"));
    IndexSeries index = RelationIndex.estimate(IndexQuery.of(Dyad.parse("JPN-KOR")), periods);
    IndexPoint before = index.points().get(gap - 1);
    IndexPoint hole = index.points().get(gap);
    IndexPoint after = index.points().get(gap + 1);
    assertThat(hole.level()).isBetween(Math.min(before.level(), after.level()) - 1e-9,
        Math.max(before.level(), after.level()) + 1e-9);
    // a month without data has no effect of its own to estimate: its value is the level's prediction, wider by omega2
    assertThat(hole.index()).isEqualTo(hole.level());
    assertThat(hole.sd() * hole.sd()).isCloseTo(hole.levelSd() * hole.levelSd() + index.omega2(), within(1e-9));
    // with the same parameters, observing the month would have narrowed the level's interval there
    LevelModel.Parameters p = new LevelModel.Parameters(index.omega2(), index.tau2(), index.shiftRate(),
        index.shiftVariance());
    double[] y = RelationIndex.observations(full);
    double[] s = RelationIndex.samplingVariances(full, index.sigma2());
    if (!Double.isNaN(y[gap])) {
      boolean[] none = new boolean[months];
      double[] masked = y.clone();
      masked[gap] = Double.NaN;
      double without = LevelModel.smoothWith(masked, s, p, none, none).variance()[gap];
      double with = LevelModel.smoothWith(y, s, p, none, none).variance()[gap];
      assertThat(without).isGreaterThan(with);
    }
  }

  private static void insert(EventRows store, List<Row> rows, long file, boolean ids) throws SQLException {
    insert(store, rows, file, ids, "");
  }

  private static void insert(EventRows store, List<Row> rows, long file, boolean ids, String prefix)
      throws SQLException {
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      String date = LocalDate.of(2014, 1 + r.month(), r.day()).toString();
      String cameo = switch (r.quad()) {
        case 1 -> "040";
        case 2 -> "070";
        case 3 -> "111";
        default -> "190";
      };
      String actor = r.forward() ? "JPN" : "KOR";
      store.add(file, "src", ids ? prefix + i : null, date, actor, actor.equals("JPN") ? "KOR" : "JPN",
          cameo, r.quad(), r.tenths() / 10.0, null);
    }
    if (file == 1) {
      for (int m = 1; m <= 6; m++) {
        store.month("src", "2014-0" + m, 100);
      }
    }
  }
}
