package org.strait.model;

import java.util.List;

/**
 * One of the seeds' claims as a term of the monthly dynamics (see {@link Model} for the equations).
 *
 * <p>Usage: a mechanism is created from {@link Parameters} once and is then immutable and shared by every replicate
 * and thread. Each month the model calls {@link #hazards} (before it draws the month's random events) and then
 * {@link #push} (before it moves the temperature); both read and write only through the {@link Step} they are given.
 * A mechanism that is switched off is simply not in the model's list, so it contributes nothing.
 */
public interface Mechanism {
  /** Returns the mechanism's id. */
  MechanismId id();

  /** Returns the specs of its parameters, with units, ranges and priors. */
  List<ParameterSpec> parameters();

  /** Adds to the month's event hazards (e.g. issue contagion); most mechanisms add nothing. */
  default void hazards(Step step) {}

  /** Adds the mechanism's terms to the month's pushes, equilibrium shifts or cooperation factor. */
  void push(Step step);
}
