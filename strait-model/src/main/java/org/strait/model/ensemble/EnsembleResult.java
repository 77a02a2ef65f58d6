package org.strait.model.ensemble;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.strait.core.Require;

/**
 * The immutable outcome of an ensemble: per-month quantiles and mean of the relation temperature, threshold
 * crossing probabilities, every replicate's path, and what reproduces it (scenario id, seed, runs, version).
 *
 * @param scenarioId the scenario run
 * @param seed the base seed
 * @param runs the number of replicates
 * @param version the strait version
 * @param start the first simulated month
 * @param levels the quantile levels, ascending
 * @param quantiles {@code quantiles[level][month]}
 * @param mean the mean per month
 * @param thresholds one curve per threshold
 * @param paths {@code paths[replicate][month]}, the temperature of each run
 */
public record EnsembleResult(
    String scenarioId,
    long seed,
    int runs,
    String version,
    YearMonth start,
    double[] levels,
    double[][] quantiles,
    double[] mean,
    List<ThresholdCurve> thresholds,
    double[][] paths) {
  /** The quantile levels every ensemble reports: 5, 25, 50, 75, 95 %. */
  public static final double[] LEVELS = {0.05, 0.25, 0.50, 0.75, 0.95};

  /** Checks the shapes; arrays are taken as they are (the ensemble builds them and hands them over). */
  public EnsembleResult {
    Require.nonNull(scenarioId, "scenario id");
    Require.nonNull(version, "version");
    Require.argument(quantiles.length == levels.length, "one quantile row per level");
    Require.argument(paths.length == runs, "one path per run");
    thresholds = List.copyOf(thresholds);
  }

  /** Returns the number of months. */
  public int months() {
    return mean.length;
  }

  /** Returns the month of index {@code t}. */
  public YearMonth month(int t) {
    return start.plusMonths(t);
  }

  /** Returns the level-{@code levels[level]} quantile in month {@code t}. */
  public double quantile(int level, int t) {
    return quantiles[level][t];
  }

  /** Returns replicate {@code r}'s temperature in month {@code t}. */
  public double path(int r, int t) {
    return paths[r][t];
  }

  @Override
  public double[] levels() {
    return levels.clone();
  }

  @Override
  public double[][] quantiles() {
    return Arrays.stream(quantiles).map(double[]::clone).toArray(double[][]::new);
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public double[][] paths() {
    return Arrays.stream(paths).map(double[]::clone).toArray(double[][]::new);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EnsembleResult e && e.scenarioId.equals(scenarioId) && e.seed == seed && e.runs == runs
        && e.version.equals(version) && e.start.equals(start) && Arrays.equals(e.levels, levels)
        && Arrays.deepEquals(e.quantiles, quantiles) && Arrays.equals(e.mean, mean)
        && e.thresholds.equals(thresholds) && Arrays.deepEquals(e.paths, paths);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(seed) * 31 + Arrays.hashCode(mean);
  }

  @Override
  public String toString() {
    return "EnsembleResult[" + scenarioId + ", seed=" + seed + ", runs=" + runs + ", months=" + months() + "]";
  }
}
