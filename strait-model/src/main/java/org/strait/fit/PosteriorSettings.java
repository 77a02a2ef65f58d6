package org.strait.fit;

import org.strait.core.Require;

/**
 * How much posterior sampling a fit does: {@code chains} adaptive-Metropolis chains of {@code burnIn} adapting and
 * {@code draws} kept iterations each; zero chains means Laplace intervals only.
 *
 * @param chains independent chains, run in parallel (the draws do not depend on the number of threads)
 * @param burnIn iterations per chain that adapt the proposal and are discarded
 * @param draws iterations per chain kept
 */
public record PosteriorSettings(int chains, int burnIn, int draws) {
  /** The default: four chains of 10,000 adapting and 10,000 kept iterations (about 1.5 s on two cores). */
  public static final PosteriorSettings DEFAULT = new PosteriorSettings(4, 10_000, 10_000);
  /** Laplace intervals only, no sampling: for refits whose intervals are not reported. */
  public static final PosteriorSettings LAPLACE = new PosteriorSettings(0, 0, 0);

  /** Checks the counts. */
  public PosteriorSettings {
    Require.argument(chains == 0 || chains >= 2, "posterior sampling needs at least 2 chains, was %s", chains);
    Require.argument(chains == 0 || (burnIn >= 1_000 && draws >= 1_000),
        "each chain needs at least 1000 adapting and 1000 kept iterations, was %s and %s", burnIn, draws);
  }
}
