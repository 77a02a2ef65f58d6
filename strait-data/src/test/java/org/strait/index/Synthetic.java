package org.strait.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.strait.core.numeric.Draws;

/**
 * Synthetic monthly period sums with known levels: n_t ~ Poisson(rate) events per month, each with a Goldstein score
 * drawn from N(level_t + month effect, sd^2), the month effect N(0, omega^2) shared by the month's events.
 */
final class Synthetic {
  static final LocalDate START = LocalDate.of(2000, 1, 1);

  private Synthetic() {}

  /** Returns one PeriodStats per month for the given levels, every event of QuadClass 1. */
  static List<PeriodStats> months(double[] level, double rate, double sd, double omega, SplittableRandom random) {
    return months(level, rate, sd, omega, random, false);
  }

  /**
   * Returns one PeriodStats per month for the given levels; with {@code bySign} an event with a negative score is
   * of QuadClass 3 (verbal conflict), the others of QuadClass 1, so that the net cooperation share moves too.
   */
  static List<PeriodStats> months(double[] level, double rate, double sd, double omega, SplittableRandom random,
                                  boolean bySign) {
    List<PeriodStats> periods = new ArrayList<>();
    for (int t = 0; t < level.length; t++) {
      int n = poisson(rate, random);
      double effect = omega * Draws.normal(random);
      double sum = 0;
      double squares = 0;
      int conflict = 0;
      for (int i = 0; i < n; i++) {
        double g = level[t] + effect + sd * Draws.normal(random);
        sum += g;
        squares += g * g;
        conflict += bySign && g < 0 ? 1 : 0;
      }
      periods.add(new PeriodStats(START.plusMonths(t), "synthetic", n, sum, n - conflict, 0, conflict, 0, n, n, sum,
          squares));
    }
    return periods;
  }

  static int poisson(double rate, SplittableRandom random) {
    double limit = StrictMath.exp(-rate);
    double product = random.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= random.nextDouble();
      n++;
    }
    return n;
  }
}
