package org.strait.model.ensemble;

import java.util.List;
import java.util.function.IntFunction;
import org.strait.core.Require;
import org.strait.model.Parameters;
import org.strait.model.RunSpec;
import org.strait.model.Simulation;
import org.strait.model.mechanism.Mechanisms;

/**
 * The simulations of an ensemble with parameter uncertainty: one run specification compiled under each of {@code n}
 * parameter sets (e.g. posterior draws of a fit), replicate {@code r} running set {@code r mod n}. The set follows
 * from the replicate's index alone, so {@link Ensemble#run(String, IntFunction, List, EnsembleOptions,
 * java.util.function.IntConsumer)} gives the same result on any number of threads; the spread of the ensemble then
 * holds the parameters' uncertainty next to the process noise of each run. Immutable and thread-safe.
 */
public final class ParameterDraws implements IntFunction<Simulation> {
  private final Simulation[] simulations;

  private ParameterDraws(Simulation[] simulations) {
    this.simulations = simulations;
  }

  /**
   * Compiles {@code base} under each parameter set, in order.
   *
   * @param base the run specification; its own parameters are replaced by each set
   * @param sets the parameter sets, at least one
   */
  public static ParameterDraws of(RunSpec base, List<Parameters> sets) {
    Require.nonNull(base, "run spec");
    Require.argument(sets != null && !sets.isEmpty(), "parameter draws need at least one parameter set");
    Simulation[] out = new Simulation[sets.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Mechanisms.simulation(base.withParameters(Require.nonNull(sets.get(i), "parameter set " + i)));
    }
    return new ParameterDraws(out);
  }

  /** Returns the number of parameter sets. */
  public int size() {
    return simulations.length;
  }

  /** Returns the simulation that replicate {@code replicate} runs: parameter set {@code replicate mod size()}. */
  @Override
  public Simulation apply(int replicate) {
    Require.argument(replicate >= 0, "replicate index must be non-negative, was %s", replicate);
    return simulations[replicate % simulations.length];
  }
}
