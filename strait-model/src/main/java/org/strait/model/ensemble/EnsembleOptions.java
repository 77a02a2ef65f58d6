package org.strait.model.ensemble;

import org.strait.core.Require;

/**
 * How an ensemble is run: how many replicates, from which base seed, on how many threads. The result depends on
 * {@code runs} and {@code seed} only, never on {@code threads}.
 *
 * @param runs number of replicates, 1..10,000,000
 * @param seed base seed; replicate {@code i} uses stream {@code i} of {@code SeedSequence(seed)}
 * @param threads worker threads, 1..256
 */
public record EnsembleOptions(int runs, long seed, int threads) {
  /** Checks the counts. */
  public EnsembleOptions {
    Require.argument(runs >= 1 && runs <= 10_000_000, "runs must be 1..10000000, was %s", runs);
    Require.argument(threads >= 1 && threads <= 256, "threads must be 1..256, was %s", threads);
  }
}
