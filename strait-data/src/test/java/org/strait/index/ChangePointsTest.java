package org.strait.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.strait.core.Dyad;
import org.strait.core.SeedSequence;

/** The change-point method (round-3 candidate, not the default): what it finds, and its calibration. */
class ChangePointsTest {
  private static final IndexQuery QUERY = IndexQuery.of(Dyad.parse("JPN-KOR"));
  private static final TurningPointOptions BOCPD = TurningPointOptions.defaults().withReplicates(200)
      .withMethod(Method.CHANGE_POINTS);

  @Test
  void run_stepOfThreePointsInDenseMonths_logOddsPeakAtTheStepMonth() {
    // 40 months at 3, then 40 at 0, 40 events a month of sd 3: a change at month 40 is beyond doubt (the step is
    // about 6 month sds), and nowhere else is there one
    double[] level = new double[80];
    Arrays.fill(level, 0, 40, 3.0);
    List<PeriodStats> months = Synthetic.months(level, 40, 3, 0.2, new SplittableRandom(5));
    double[] y = RelationIndex.observations(months);
    double sigma2 = LocalLevel.pooledVariance(months);
    double[] s = RelationIndex.samplingVariances(months, sigma2);
    LevelModel.Parameters p = LevelModel.fit(y, s);
    double[] h = new double[s.length];
    for (int t = 0; t < h.length; t++) {
      h[t] = s[t] + p.omega2();
    }
    ChangePoints.Statistics st = ChangePoints.run(y, h, p);
    int argmax = 1;
    for (int t = 2; t < y.length; t++) {
      argmax = st.level()[t] > st.level()[argmax] ? t : argmax;
    }
    assertThat(argmax).isEqualTo(40);
    // posterior odds above e^2 (7 to 1) at a lag of two months: the Student-t observation keeps a rival dating
    // alive (month 40 an outlier and the change at 41), so the odds of the right month are not overwhelming
    assertThat(st.level()[40]).isGreaterThan(2);
    assertThat(st.level()[20]).isLessThan(-2);
    assertThat(st.before()[40]).isCloseTo(3.0, within(0.6));
    assertThat(st.after()[40]).isCloseTo(0.0, within(0.6));
    assertThat(st.level()[0]).isNaN();
  }

  @Test
  void detect_oneMonthExcursion_isAShockAndADropALevel() {
    double[] level = new double[80];
    Arrays.fill(level, 2.0);
    level[25] = -2.0;
    Arrays.fill(level, 55, 80, -1.0);
    IndexSeries index = RelationIndex.estimate(QUERY, Synthetic.months(level, 40, 3, 0.3, new SplittableRandom(9)));
    TurningPointResult result = TurningPoints.detect(index, BOCPD.withFalseAlarmRate(0.1), Annotations.NONE);
    assertThat(result.points()).filteredOn(p -> Math.abs(monthsFrom(25, p)) <= 1).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.SHOCK);
      assertThat(p.direction()).isEqualTo(Direction.DOWN);
      assertThat(p.after()).isCloseTo(-2.0, within(1.0));
    });
    assertThat(result.points()).filteredOn(p -> Math.abs(monthsFrom(55, p)) <= 1).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.LEVEL);
      assertThat(p.direction()).isEqualTo(Direction.DOWN);
    });
  }

  @Test
  void detect_turnFreeSeries_falseAlarmsAtMostNearTheStatedRate() {
    // 30 turn-free series of 120 months (300 years) at 10 events a month, both measures, at a stated 0.3 a year:
    // about 90 false turns at most are allowed (levels and shocks, each at half of each measure's half)
    SeedSequence seeds = new SeedSequence(13);
    TurningPointOptions options = BOCPD.withReplicates(100).withFalseAlarmRate(0.3);
    int alarms = 0;
    for (int i = 0; i < 30; i++) {
      IndexSeries index = RelationIndex.estimate(QUERY,
          Synthetic.months(new double[120], 10, 4, 0.5, seeds.stream(i), true));
      alarms += TurningPoints.detect(index, options.withSeed(1000 + i), Annotations.NONE).points().size();
    }
    System.out.printf("change points: %d false turning points in 300 turn-free years at a stated 0.3 a year%n",
        alarms);
    assertThat(alarms).isBetween(10, 115);
  }

  @Test
  void detect_addingDataAfterAGapOfTwoYears_leavesTheTurningPointsBeforeIt() {
    double[] a = new double[60];
    Arrays.fill(a, 30, 60, -1.5);
    a[12] = 3.0;
    List<PeriodStats> first = Synthetic.months(a, 20, 3, 0.3, new SplittableRandom(21));
    double[] b = new double[36];
    Arrays.fill(b, 18, 36, 2.0);
    List<PeriodStats> later = Synthetic.months(b, 40, 3, 0.3, new SplittableRandom(22));
    List<PeriodStats> both = new java.util.ArrayList<>(first);
    for (int t = 0; t < 24; t++) {
      both.add(PeriodStats.empty(Synthetic.START.plusMonths(60 + t), null));
    }
    for (PeriodStats p : later) {
      both.add(new PeriodStats(p.start().plusMonths(84), p.source(), p.events(), p.goldsteinSum(),
          p.verbalCooperation(), p.materialCooperation(), p.verbalConflict(), p.materialConflict(), p.weightSum(),
          p.weightSquareSum(), p.weightedSum(), p.weightedSquareSum()));
    }
    List<TurningPoint> alone = TurningPoints.detect(RelationIndex.estimate(QUERY, first), BOCPD, Annotations.NONE)
        .points();
    List<TurningPoint> withLater = TurningPoints.detect(RelationIndex.estimate(QUERY, both), BOCPD,
        Annotations.NONE).points().stream().filter(p -> p.start().isBefore(Synthetic.START.plusMonths(60))).toList();
    assertThat(alone).isNotEmpty();
    assertThat(withLater).isEqualTo(alone);
  }

  private static long monthsFrom(int month, TurningPoint p) {
    return ChronoUnit.MONTHS.between(Synthetic.START.plusMonths(month), p.start());
  }
}
