package org.strait.bargain;

/**
 * A bargaining model: turns a dispute into the positions of its actors round by round until the model's stopping
 * rule holds.
 *
 * <p>Implementations are immutable and thread-safe; {@link #run} is a pure function of the dispute (and of the
 * model's options), so the Monte Carlo may call it from many threads.
 */
public interface BargainModel {

  /** Returns the model's short name, as used on the command line ({@code "eu"} or {@code "smp"}). */
  String name();

  /** Runs the model on {@code dispute}. */
  BargainRun run(Dispute dispute);
}
