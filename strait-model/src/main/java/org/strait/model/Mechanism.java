package org.strait.model;

import java.util.List;

/**
 * One of the seeds' claims as a term of the monthly dynamics (see {@link Model} for the equations), evaluated by the
 * simulation and by the fit alike through {@link MonthTerms}.
 *
 * <p>Usage: a mechanism is created from parameter values once and is then immutable and shared by every replicate
 * and thread. Each month {@link MonthTerms} calls {@link #hazards} (before the month's random events) and then
 * {@link #push} (before the temperature moves); both read and write only through the {@link Step} they are given. A
 * term linear in the two temperatures is declared by {@link #crossLag} instead, so that the fit's Kalman filter can
 * carry it in its transition matrix. A mechanism that is switched off is simply not in the month's list, so it
 * contributes nothing.
 */
public interface Mechanism {
  /** Returns what the mechanism declares about itself: id, parameters, key parameter and the claims it tests. */
  MechanismSpec spec();

  /** Returns the mechanism's id. */
  default MechanismId id() {
    return spec().id();
  }

  /** Returns the specs of its parameters, with units, ranges and priors. */
  default List<ParameterSpec> parameters() {
    return spec().parameters();
  }

  /** Adds to the month's event hazards (e.g. issue contagion); most mechanisms add nothing. */
  default void hazards(Step step) {}

  /** Adds the mechanism's terms to the month's pushes, equilibrium shifts or cooperation factor. */
  default void push(Step step) {}

  /**
   * Tells whether the mechanism's {@link #hazards} and {@link #push} read only the month (its drivers, their
   * baselines, the year, the reversion rate), never the run's state (temperatures, sentiment, threat, issue states):
   * then a simulation calls them once per month for all its runs and replays the terms they added ({@code MonthTable}),
   * which gives the same numbers. A mechanism declares it by implementing {@link StateFree}; one that declares it and
   * reads the state fails when its simulation is compiled.
   */
  default boolean stateFree() {
    return this instanceof StateFree;
  }

  /**
   * The mark of a mechanism whose terms depend on the month alone ({@link #stateFree}), like {@link
   * java.util.RandomAccess} for lists: it adds no method.
   */
  interface StateFree extends Mechanism {}

  /**
   * Returns the share of last month's gap between the two directions that each direction closes this month
   * ({@code x_JK += c·(x_KJ - x_JK)}, {@code x_KJ += c·(x_JK - x_KJ)}, not scaled by the cooperation factor); 0 for
   * a mechanism without such a term.
   */
  default double crossLag() {
    return 0;
  }
}
