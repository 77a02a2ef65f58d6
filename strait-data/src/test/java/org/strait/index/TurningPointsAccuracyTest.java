package org.strait.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strait.core.Dyad;
import org.strait.core.SeedSequence;

/**
 * The detector measured on synthetic monthly series with known changes of level (Gaussian scores): precision and
 * recall at plus or minus one month at 0.1 false alarms a year. The full study (heavy-tailed scores, shocks,
 * gaps, several densities) is the bench's TurnAccuracy (docs/indices.md); this one setting keeps a floor in the
 * build, well below the printed figures, so that a regression fails.
 */
class TurningPointsAccuracyTest {
  private static final IndexQuery QUERY = IndexQuery.of(Dyad.parse("JPN-KOR"));
  private static final int MONTHS = 120;
  private static final int SERIES = 30;
  /** 0.1 false alarms a year: the series hold one to three breaks in ten years, fewer than the default's false ones. */
  private static final TurningPointOptions OPTIONS =
      TurningPointOptions.defaults().withReplicates(200).withFalseAlarmRate(0.1);

  @ParameterizedTest(name = "{0} events a month, breaks of {1}")
  @CsvSource({"40, 2.0, 0.6, 0.65"})
  void detect_syntheticBreaks_precisionAndRecallAtOneMonth(double rate, double size, double minPrecision,
                                                           double minRecall) {
    SeedSequence seeds = new SeedSequence(2012);
    int detections = 0;
    int hits = 0;
    int breaks = 0;
    int found = 0;
    for (int i = 0; i < SERIES; i++) {
      SplittableRandom random = seeds.stream(i);
      List<Integer> truth = breaks(random);
      double[] level = new double[MONTHS];
      double current = 2.0;
      for (int t = 0; t < MONTHS; t++) {
        if (truth.contains(t)) {
          current += random.nextBoolean() ? size : -size;
        }
        level[t] = current;
      }
      IndexSeries index = RelationIndex.estimate(QUERY, Synthetic.months(level, rate, 4, 0.5, random));
      List<Integer> detected = TurningPoints.detect(index, OPTIONS.withSeed(i), Annotations.NONE).points().stream()
          .map(p -> (p.start().getYear() - 2000) * 12 + p.start().getMonthValue() - 1).toList();
      detections += detected.size();
      hits += (int) detected.stream().filter(d -> truth.stream().anyMatch(b -> Math.abs(b - d) <= 1)).count();
      breaks += truth.size();
      found += (int) truth.stream().filter(b -> detected.stream().anyMatch(d -> Math.abs(b - d) <= 1)).count();
    }
    double precision = (double) hits / detections;
    double recall = (double) found / breaks;
    System.out.printf("detector study: rate %.0f, break %.1f: precision %.2f (%d/%d), recall %.2f (%d/%d)%n",
        rate, size, precision, hits, detections, recall, found, breaks);
    assertThat(precision).isGreaterThanOrEqualTo(minPrecision);
    assertThat(recall).isGreaterThanOrEqualTo(minRecall);
  }

  /** Returns one to three break months in [12, 108), at least 12 months apart. */
  private static List<Integer> breaks(SplittableRandom random) {
    int count = 1 + random.nextInt(3);
    List<Integer> breaks = new ArrayList<>();
    while (breaks.size() < count) {
      int candidate = 12 + random.nextInt(MONTHS - 24);
      if (breaks.stream().allMatch(b -> Math.abs(b - candidate) >= 12)) {
        breaks.add(candidate);
      }
    }
    return breaks;
  }
}
