package org.strait.index;

import org.strait.core.Require;

/**
 * How turning points are found: the false-alarm rate the threshold is calibrated to, and the number and seed of
 * the simulated turn-free series used for calibration.
 *
 * @param falseAlarmRate the expected number of false turning points per year of observed data in a series without
 *     any (e.g. 0.1: one a decade)
 * @param replicates the number of simulated turn-free series
 * @param seed the base seed of the simulation; replicate {@code i} uses stream {@code i} of it
 */
public record TurningPointOptions(double falseAlarmRate, int replicates, long seed) {
  /** The default false-alarm rate: one false turning point per ten years of data (docs/indices.md). */
  public static final double DEFAULT_FALSE_ALARM_RATE = 0.1;

  /** Checks every field. */
  public TurningPointOptions {
    Require.argument(falseAlarmRate > 0 && falseAlarmRate <= 12, "false-alarm rate must be within (0, 12] a year,"
        + " was %s", falseAlarmRate);
    Require.argument(replicates >= 20, "at least 20 replicates are needed, was %s", replicates);
  }

  /** Returns the defaults: 0.1 false alarms a year, 1000 replicates, seed 1. */
  public static TurningPointOptions defaults() {
    return new TurningPointOptions(DEFAULT_FALSE_ALARM_RATE, 1000, 1L);
  }

  /** Returns these options with another false-alarm rate. */
  public TurningPointOptions withFalseAlarmRate(double value) {
    return new TurningPointOptions(value, replicates, seed);
  }

  /** Returns these options with another number of replicates. */
  public TurningPointOptions withReplicates(int value) {
    return new TurningPointOptions(falseAlarmRate, value, seed);
  }

  /** Returns these options with another seed. */
  public TurningPointOptions withSeed(long value) {
    return new TurningPointOptions(falseAlarmRate, replicates, value);
  }
}
