package org.strait.bench.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.strait.core.numeric.Draws;
import org.strait.index.Kind;
import org.strait.index.PeriodStats;

/**
 * A generator of monthly event series with known turns: n_t ~ Poisson(rate) events a month; the level steps by
 * plus or minus {@code shift} at one to three months at least 12 apart (LEVEL), and one or two one-month excursions
 * of plus or minus {@code shock} happen at other months at least 6 from any turn (SHOCK). Each event's Goldstein
 * score is the level plus the month's cluster effect N(0, 0.5²) plus N(0, 3²) with probability 0.95, or an extreme
 * code (-10, -9.5, -9, 8.3 or 10, each equally likely) with probability 0.05: heavy tails as in the record, where one
 * "use conventional military force" row lands in a thin month. Scores are rounded to one decimal and kept within
 * -10..10; a gap of {@code gap} months without data sits in the middle when asked.
 */
final class SyntheticTurns {
  static final LocalDate START = LocalDate.of(2000, 1, 1);
  private static final double[] EXTREMES = {-10, -9.5, -9, 8.3, 10};

  /**
   * A true turn.
   *
   * @param month the month index from {@link #START}
   * @param kind level or shock
   */
  record Turn(int month, Kind kind) {}

  /**
   * One generated series.
   *
   * @param periods one entry per month
   * @param scores the count of events per score in tenths
   * @param turns the true turns
   */
  record Series(List<PeriodStats> periods, SortedMap<Integer, Long> scores, List<Turn> turns) {}

  private SyntheticTurns() {}

  static Series generate(int months, double rate, double shift, double shock, int gap, SplittableRandom random) {
    List<Turn> turns = new ArrayList<>();
    int levels = 1 + random.nextInt(3);
    while (turns.size() < levels) {
      int candidate = 12 + random.nextInt(months - 24);
      if (turns.stream().allMatch(b -> Math.abs(b.month() - candidate) >= 12)) {
        turns.add(new Turn(candidate, Kind.LEVEL));
      }
    }
    int shocks = shock > 0 ? 1 + random.nextInt(2) : 0;
    for (int tries = 0; turns.size() < levels + shocks && tries < 1000; tries++) {
      int candidate = 6 + random.nextInt(months - 12);
      if (turns.stream().allMatch(b -> Math.abs(b.month() - candidate) >= 6)) {
        turns.add(new Turn(candidate, Kind.SHOCK));
      }
    }
    int gapStart = gap > 0 ? months / 2 - gap / 2 : months;
    turns.removeIf(t -> t.month() >= gapStart - 1 && t.month() <= gapStart + gap);
    turns.sort(java.util.Comparator.comparingInt(Turn::month));
    double level = 2.0;
    List<PeriodStats> periods = new ArrayList<>();
    SortedMap<Integer, Long> scores = new TreeMap<>();
    for (int t = 0; t < months; t++) {
      final int month = t;
      if (turns.stream().anyMatch(x -> x.month() == month && x.kind() == Kind.LEVEL)) {
        level += random.nextBoolean() ? shift : -shift;
      }
      double mean = level;
      if (turns.stream().anyMatch(x -> x.month() == month && x.kind() == Kind.SHOCK)) {
        mean += random.nextBoolean() ? shock : -shock;
      }
      LocalDate start = START.plusMonths(t);
      int n = t >= gapStart && t < gapStart + gap ? 0 : Draws.poisson(rate, random);
      double effect = 0.5 * Draws.normal(random);
      long sum = 0;
      long squares = 0;
      long[] quad = new long[4];
      for (int i = 0; i < n; i++) {
        double g = random.nextDouble() < 0.05 ? EXTREMES[random.nextInt(EXTREMES.length)]
            : mean + effect + 3 * Draws.normal(random);
        long tenths = Math.round(Math.max(-10, Math.min(10, g)) * 10);
        sum += tenths;
        squares += tenths * tenths;
        quad[tenths >= 30 ? 1 : tenths >= 0 ? 0 : tenths > -50 ? 2 : 3]++;
        scores.merge((int) tenths, 1L, Long::sum);
      }
      periods.add(new PeriodStats(start, "synthetic", n, sum / 10.0, quad[0], quad[1], quad[2], quad[3], n, n,
          sum / 10.0, squares / 100.0));
    }
    return new Series(periods, scores, turns);
  }
}
