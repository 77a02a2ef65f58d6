package org.strait.index;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.strait.core.Require;

/**
 * How turning points are found: the false-alarm rate the threshold is calibrated to, and the number and seed of
 * the simulated turn-free series used for calibration.
 *
 * @param falseAlarmRate the expected number of false turning points per year of observed data in a series without
 *     any (e.g. 0.1: one a decade)
 * @param replicates the number of simulated turn-free series
 * @param seed the base seed of the simulation; replicate {@code i} of the k-th measure uses stream
 *     {@code k * replicates + i} of it
 * @param measures the measures searched, each at an equal share of the false-alarm rate (default: all, the mean
 *     Goldstein score first)
 * @param method how each measure is searched (default: auxiliary residuals)
 */
public record TurningPointOptions(double falseAlarmRate, int replicates, long seed, Set<Measure> measures,
                                  Method method) {
  /**
   * The default false-alarm rate: one false turning point a year of data, the budget of an analyst who reads the
   * monthly index and checks each flag against the news (docs/indices.md).
   */
  public static final double DEFAULT_FALSE_ALARM_RATE = 1.0;
  /** The fewest simulated change-free series the calibration of the threshold takes. */
  public static final int MIN_REPLICATES = 20;
  /** The default method, chosen on the development set (docs/indices.md). */
  public static final Method DEFAULT_METHOD = Method.AUXILIARY_RESIDUALS;

  /** Checks every field. */
  public TurningPointOptions {
    Require.argument(falseAlarmRate > 0 && falseAlarmRate <= 12, "false-alarm rate must be within (0, 12] a year,"
        + " was %s", falseAlarmRate);
    Require.argument(replicates >= MIN_REPLICATES, "at least %s replicates are needed, was %s", MIN_REPLICATES,
        replicates);
    Require.argument(measures != null && !measures.isEmpty(), "at least one measure is needed");
    Require.nonNull(method, "method");
    measures = Collections.unmodifiableSet(EnumSet.copyOf(measures));
  }

  /** Options that search {@code measures} by the default method. */
  public TurningPointOptions(double falseAlarmRate, int replicates, long seed, Set<Measure> measures) {
    this(falseAlarmRate, replicates, seed, measures, DEFAULT_METHOD);
  }

  /** Options that search every measure. */
  public TurningPointOptions(double falseAlarmRate, int replicates, long seed) {
    this(falseAlarmRate, replicates, seed, EnumSet.allOf(Measure.class));
  }

  /** Returns the defaults: 1 false alarm a year, 1000 replicates, seed 1, every measure. */
  public static TurningPointOptions defaults() {
    return new TurningPointOptions(DEFAULT_FALSE_ALARM_RATE, 1000, 1L);
  }

  /** Returns these options with another false-alarm rate. */
  public TurningPointOptions withFalseAlarmRate(double value) {
    return new TurningPointOptions(value, replicates, seed, measures, method);
  }

  /** Returns these options with another number of replicates. */
  public TurningPointOptions withReplicates(int value) {
    return new TurningPointOptions(falseAlarmRate, value, seed, measures, method);
  }

  /** Returns these options with another seed. */
  public TurningPointOptions withSeed(long value) {
    return new TurningPointOptions(falseAlarmRate, replicates, value, measures, method);
  }

  /** Returns these options searching only {@code value}. */
  public TurningPointOptions withMeasures(Set<Measure> value) {
    return new TurningPointOptions(falseAlarmRate, replicates, seed, value, method);
  }

  /** Returns these options searching by {@code value}. */
  public TurningPointOptions withMethod(Method value) {
    return new TurningPointOptions(falseAlarmRate, replicates, seed, measures, value);
  }
}
