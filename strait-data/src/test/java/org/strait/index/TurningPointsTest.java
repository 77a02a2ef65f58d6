package org.strait.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.strait.core.Dyad;
import org.strait.core.SeedSequence;

class TurningPointsTest {
  private static final IndexQuery QUERY = IndexQuery.of(Dyad.parse("JPN-KOR"));
  private static final TurningPointOptions FAST = TurningPointOptions.defaults().withReplicates(200);

  @Test
  void detect_clearDropAtMonth40_findsOneDownTurnWithItsNotes() {
    double[] level = new double[80];
    Arrays.fill(level, 0, 40, 3.0);
    Arrays.fill(level, 40, 80, 0.0);
    IndexSeries index = RelationIndex.estimate(QUERY, Synthetic.months(level, 30, 4, 0.3, new SplittableRandom(7)));
    Note note = new Note(LocalDate.of(2003, 5, 20), "a test note", "test");
    Note far = new Note(LocalDate.of(2003, 9, 1), "too far", "test");
    TurningPointResult result = TurningPoints.detect(index, FAST, Annotations.of(List.of(far, note)));

    // the true break is found within one month (the evaluation's tolerance: a month's noise can delay it); a 5%
    // family-wise rate allows an occasional weak extra change, but not near it
    assertThat(result.points()).filteredOn(p -> Math.abs(monthsFromBreak(p)) <= 1).singleElement().satisfies(p -> {
      assertThat(p.direction()).isEqualTo(Direction.DOWN);
      assertThat(p.confidence()).isGreaterThan(0.99);
      assertThat(p.before()).isCloseTo(3.0, within(0.5));
      assertThat(p.after()).isCloseTo(0.0, within(1.0));
      assertThat(p.notes()).containsExactly(note);
    });
    assertThat(result.points()).filteredOn(p -> Math.abs(monthsFromBreak(p)) > 1)
        .allSatisfy(p -> assertThat(Math.abs(monthsFromBreak(p))).isGreaterThan(6));
    assertThat(result.options().seed()).isEqualTo(1L);
  }

  private static long monthsFromBreak(TurningPoint p) {
    return ChronoUnit.MONTHS.between(Synthetic.START.plusMonths(40), p.start());
  }

  @Test
  void detect_sameSeed_sameResult() {
    double[] level = new double[60];
    Arrays.fill(level, 30, 60, 1.5);
    IndexSeries index = RelationIndex.estimate(QUERY, Synthetic.months(level, 10, 4, 0.5, new SplittableRandom(3)));
    assertThat(TurningPoints.detect(index, FAST, Annotations.NONE))
        .isEqualTo(TurningPoints.detect(index, FAST, Annotations.NONE));
  }

  @Test
  void detect_changeFreeSeries_falseAlarmsNearTheStatedRate() {
    // 200 change-free series of 120 months, 10 events a month; at the default 5% rate false alarms should number
    // about 10 (binomial sd 3.1); the bound leaves room for the calibration's own Monte Carlo error
    SeedSequence seeds = new SeedSequence(11);
    int alarms = 0;
    for (int i = 0; i < 200; i++) {
      IndexSeries index = RelationIndex.estimate(QUERY,
          Synthetic.months(new double[120], 10, 4, 0.5, seeds.stream(i)));
      alarms += TurningPoints.detect(index, FAST.withSeed(1000 + i), Annotations.NONE).points().isEmpty() ? 0 : 1;
    }
    System.out.printf("detector study: change-free series with a false change %d/200 at a stated rate of 5%%%n",
        alarms);
    assertThat(alarms).isLessThanOrEqualTo(20);
  }

  @Test
  void nugget_noiseAtTheSamplingLevel_isZeroAndExtraNoiseIsFound() {
    SplittableRandom random = new SplittableRandom(5);
    double[] y = new double[4000];
    double[] base = new double[y.length];
    for (int t = 0; t < y.length; t++) {
      base[t] = 1.0;
      y[t] = Math.sqrt(1.0 + 3.0) * Gaussian.next(random);
    }
    assertThat(TurningPoints.nugget(y, base)).isCloseTo(3.0, within(0.4));
    for (int t = 0; t < y.length; t++) {
      y[t] = 0.5 * Gaussian.next(random);
    }
    assertThat(TurningPoints.nugget(y, base)).isZero();
  }

  @Test
  void annotations_ofNotes_returnThoseWithinOneMonth() {
    Note july = new Note(LocalDate.of(2012, 7, 31), "july", "test");
    Note august = new Note(LocalDate.of(2012, 8, 10), "august", "test");
    Note october = new Note(LocalDate.of(2012, 10, 1), "october", "test");
    assertThat(Annotations.of(List.of(october, august, july)).near(YearMonth.of(2012, 8)))
        .containsExactly(july, august);
  }
}
