package org.strait.index;

import org.strait.core.Require;

/**
 * How turning points are found: the false-alarm rate the penalty is calibrated to, the shortest segment, and the
 * number and seed of the simulated change-free series used for calibration.
 *
 * @param falseAlarmRate the probability that a series with no change at all shows one or more (e.g. 0.05)
 * @param minSegment the fewest observed periods a level must last (2 keeps one-month spikes from counting)
 * @param replicates the number of simulated change-free series
 * @param seed the base seed of the simulation; replicate {@code i} uses stream {@code i} of it
 */
public record TurningPointOptions(double falseAlarmRate, int minSegment, int replicates, long seed) {
  /** Checks every field. */
  public TurningPointOptions {
    Require.argument(falseAlarmRate > 0 && falseAlarmRate < 1, "false-alarm rate must be within (0, 1), was %s",
        falseAlarmRate);
    Require.argument(minSegment >= 1, "minimum segment must be at least 1, was %s", minSegment);
    Require.argument(replicates >= 20, "at least 20 replicates are needed, was %s", replicates);
  }

  /** Returns the defaults: 5% false alarms per series, segments of 2 or more periods, 1000 replicates, seed 1. */
  public static TurningPointOptions defaults() {
    return new TurningPointOptions(0.05, 2, 1000, 1L);
  }

  /** Returns these options with another false-alarm rate. */
  public TurningPointOptions withFalseAlarmRate(double value) {
    return new TurningPointOptions(value, minSegment, replicates, seed);
  }

  /** Returns these options with another number of replicates. */
  public TurningPointOptions withReplicates(int value) {
    return new TurningPointOptions(falseAlarmRate, minSegment, value, seed);
  }

  /** Returns these options with another seed. */
  public TurningPointOptions withSeed(long value) {
    return new TurningPointOptions(falseAlarmRate, minSegment, replicates, value);
  }
}
