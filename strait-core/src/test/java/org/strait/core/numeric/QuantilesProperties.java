package org.strait.core.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Selecting order statistics gives, bit for bit, the quantiles of a sorted copy, whatever the sample. */
class QuantilesProperties {
  @Property(tries = 300)
  void select_equalsOfSortedBitForBit(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3000) int n,
      @ForAll @IntRange(min = 0, max = 3) int kind) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = switch (kind) {
        case 0 -> Draws.normal(rng); // distinct values
        case 1 -> rng.nextInt(7) - 3.5; // many ties
        case 2 -> rng.nextInt(5) == 0 ? (rng.nextBoolean() ? 0.0 : -0.0) : Draws.normal(rng); // signed zeros
        default -> rng.nextInt(50) == 0 ? Double.NaN : rng.nextDouble() * 20 - 10; // NaN
      };
    }
    double[] levels = rng.nextBoolean() ? new double[] {0.05, 0.25, 0.5, 0.75, 0.95} /* the ensembles' levels */ : randomLevels(rng);
    assertSelectEqualsOfSorted(x, levels);
  }

  /**
   * The same on ensemble-sized samples (up to 40,000 values): distinct values, many ties, values already in
   * ascending or descending order, and a sample whose every third value is one constant.
   */
  @Property(tries = 60)
  void select_largeSamples_equalsOfSortedBitForBit(@ForAll long seed,
      @ForAll @IntRange(min = 3000, max = 40_000) int n, @ForAll @IntRange(min = 0, max = 4) int kind) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = switch (kind) {
        case 0 -> Draws.normal(rng);
        case 1 -> rng.nextInt(40) - 19.5;
        case 2 -> i * 0.25 - 7;
        case 3 -> 3 - i * 1e-3;
        default -> i % 3 == 1 ? 2.5 : Draws.normal(rng) * 4;
      };
    }
    assertSelectEqualsOfSorted(x, rng.nextBoolean() ? new double[] {0.05, 0.25, 0.5, 0.75, 0.95} : randomLevels(rng));
  }

  private static void assertSelectEqualsOfSorted(double[] x, double[] levels) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double[] got = new double[levels.length];
    Quantiles.select(x, levels, got);
    for (int l = 0; l < levels.length; l++) {
      assertThat(Double.doubleToRawLongBits(got[l]))
          .as("level %s of %s values", levels[l], x.length)
          .isEqualTo(Double.doubleToRawLongBits(Quantiles.ofSorted(sorted, levels[l])));
    }
    double[] reordered = x.clone();
    Arrays.sort(reordered);
    assertThat(reordered).as("select only reorders the sample").isEqualTo(sorted);
  }

  private static double[] randomLevels(SplittableRandom rng) {
    double[] levels = new double[1 + rng.nextInt(9)];
    for (int l = 0; l < levels.length; l++) {
      levels[l] = rng.nextInt(4) == 0 ? rng.nextInt(3) / 2.0 : rng.nextDouble();
    }
    Arrays.sort(levels);
    return levels;
  }
}
