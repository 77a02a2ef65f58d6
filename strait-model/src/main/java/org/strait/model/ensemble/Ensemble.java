package org.strait.model.ensemble;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.strait.core.Require;
import org.strait.core.SeedSequence;
import org.strait.core.Version;
import org.strait.core.numeric.Replicates;
import org.strait.model.Simulation;

/**
 * Monte Carlo over one simulation: replicate {@code i} runs with stream {@code i} of the base seed's
 * {@link SeedSequence}, so the result is the same on any number of threads; then quantiles and threshold curves are
 * taken over the replicates, month by month. With parameter uncertainty, replicate {@code i} runs its own
 * simulation, chosen by its index (see {@link #run(String, IntFunction, List, EnsembleOptions, IntConsumer)} and
 * {@link ParameterDraws}), never by the thread that runs it.
 */
public final class Ensemble {
  private static final int CHUNK = 32;
  /** The most replicate-months an ensemble holds (8 bytes each, 800 MB). */
  public static final long MAX_CELLS = 100_000_000L;

  private Ensemble() {}

  /**
   * Runs the ensemble: every replicate runs {@code simulation}.
   *
   * @param scenarioId the id recorded with the result
   * @param simulation the compiled scenario
   * @param thresholds the levels whose crossing is reported
   * @param options runs, seed and threads
   * @param progress told the number of replicates just finished, from worker threads; must be thread-safe
   * @throws IllegalArgumentException when runs × months exceeds {@link #MAX_CELLS}
   * @throws IllegalStateException when a replicate fails, with its index and seed
   */
  public static EnsembleResult run(String scenarioId, Simulation simulation, List<Threshold> thresholds,
      EnsembleOptions options, IntConsumer progress) {
    Require.nonNull(simulation, "simulation");
    return run(scenarioId, r -> simulation, thresholds, options, progress);
  }

  /**
   * Runs the ensemble with one simulation per replicate: replicate {@code r} runs {@code replicates.apply(r)} with
   * stream {@code r} of the seed, e.g. the scenario under posterior draw {@code r mod n} ({@link ParameterDraws}).
   * The result depends on the runs, the seed and the function only, never on the threads: the function must be
   * pure and thread-safe (it is called from worker threads), and every simulation it returns must have replicate
   * 0's start month and horizon (checked).
   *
   * @param scenarioId the id recorded with the result
   * @param replicates the simulation of each replicate index
   * @param thresholds the levels whose crossing is reported
   * @param options runs, seed and threads
   * @param progress told the number of replicates just finished, from worker threads; must be thread-safe
   * @throws IllegalArgumentException when runs × months exceeds {@link #MAX_CELLS}, or a replicate's simulation has
   *     another calendar than replicate 0's
   * @throws IllegalStateException when a replicate fails, with its index and seed
   */
  public static EnsembleResult run(String scenarioId, IntFunction<Simulation> replicates, List<Threshold> thresholds,
      EnsembleOptions options, IntConsumer progress) {
    Require.nonNull(replicates, "replicate simulations");
    Simulation first = Require.nonNull(replicates.apply(0), "simulation of replicate 0");
    int runs = options.runs();
    int h = first.spec().horizonMonths();
    Require.argument((long) runs * h <= MAX_CELLS,
        "runs x months = %s x %s exceeds %s: the ensemble keeps every path in memory", runs, h, MAX_CELLS);
    double[][] paths = new double[runs][];
    SeedSequence seeds = new SeedSequence(options.seed());
    int chunks = (runs + CHUNK - 1) / CHUNK;
    Replicates.run(options.threads(), chunks, () -> null, (chunk, none) -> {
      int from = chunk * CHUNK;
      int to = Math.min(runs, from + CHUNK);
      for (int r = from; r < to; r++) {
        Simulation simulation = r == 0 ? first : replicates.apply(r);
        Require.argument(simulation != null && simulation.spec().start().equals(first.spec().start())
            && simulation.spec().horizonMonths() == h,
            "replicate %s: its simulation must start in %s and run %s months, as replicate 0's does", r,
            first.spec().start(), h);
        paths[r] = path(simulation, seeds.seed(r), r);
      }
      progress.accept(to - from);
    });
    return summarise(scenarioId, options, first, thresholds, paths);
  }

  private static double[] path(Simulation simulation, long seed, int replicate) {
    try {
      return simulation.temperaturePath(seed);
    } catch (RuntimeException e) {
      throw new IllegalStateException("replicate " + replicate + " (seed " + seed + ") failed: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the ensemble's result from its replicates' temperature paths, {@code paths[i]} being replicate {@code i}
   * (stream {@code i} of the seed): what {@link #run} returns, for replicates run elsewhere (the Spark sweep). The
   * months are summarised on {@code options.threads()} threads; the result does not depend on their number.
   */
  public static EnsembleResult summarise(String scenarioId, EnsembleOptions options, Simulation simulation,
      List<Threshold> thresholds, double[][] paths) {
    Require.argument(paths.length == options.runs(), "expected %s replicate paths, got %s", options.runs(),
        paths.length);
    int h = simulation.spec().horizonMonths();
    EnsembleSummary summary = EnsembleSummary.of(paths, h, EnsembleResult.LEVELS, thresholds, options.threads());
    return new EnsembleResult(scenarioId, options.seed(), paths.length, Version.current(), simulation.spec().start(),
        EnsembleResult.LEVELS.clone(), summary.quantiles(), summary.mean(), summary.curves(), paths);
  }
}
