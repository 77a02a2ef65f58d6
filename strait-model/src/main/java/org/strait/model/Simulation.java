package org.strait.model;

import java.util.List;
import org.strait.core.Require;

/**
 * A run specification compiled with its mechanisms, from which any number of seeded runs can be made, on any
 * thread. Immutable and thread-safe; each {@link #model(long)} is a fresh {@link Model}.
 */
public final class Simulation {
  private final Plan plan;

  private Simulation(Plan plan) {
    this.plan = plan;
  }

  /**
   * Compiles {@code spec} with the mechanisms among {@code mechanisms} that the spec switches on.
   *
   * @param spec the run specification
   * @param mechanisms the mechanisms available, built from the spec's parameters (see
   *     {@code org.strait.model.mechanism.Mechanisms})
   */
  public static Simulation compile(RunSpec spec, List<Mechanism> mechanisms) {
    Require.nonNull(spec, "run spec");
    Require.nonNull(mechanisms, "mechanisms");
    return new Simulation(new Plan(spec, List.copyOf(mechanisms)));
  }

  /** Returns the specification this simulation runs. */
  public RunSpec spec() {
    return plan.spec;
  }

  /** Returns the ids of the mechanisms that are on, in order. */
  public List<MechanismId> mechanisms() {
    return java.util.Arrays.stream(plan.mechanisms).map(Mechanism::id).toList();
  }

  /** Returns a new model at its initial state, seeded with {@code seed} (setup). */
  public Model model(long seed) {
    return new Model(plan, seed);
  }

  /** Runs the whole horizon with {@code seed} and returns only the temperature path (the ensembles' fast path). */
  public double[] temperaturePath(long seed) {
    Model m = new Model(plan, seed, false);
    double[] out = new double[plan.horizon];
    for (int t = 0; t < out.length; t++) {
      m.step();
      out[t] = m.temperature();
    }
    return out;
  }

  /** Runs the whole horizon with {@code seed} and returns the result. */
  public RunResult run(long seed) {
    return model(seed).run();
  }
}
