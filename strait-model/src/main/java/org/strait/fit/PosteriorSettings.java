package org.strait.fit;

import org.strait.core.Require;

/**
 * How much posterior sampling a fit does: {@code chains} adaptive-Metropolis chains of {@code burnIn} adapting and
 * {@code draws} kept iterations each, continued up to {@code extensions} times while they disagree or hold too few
 * effective draws; zero chains means Laplace intervals only.
 *
 * @param chains independent chains, run in parallel (the draws do not depend on the number of threads)
 * @param burnIn iterations per chain that adapt the proposal and are discarded
 * @param draws iterations per chain kept
 * @param extensions how many times chains whose R-hat exceeds {@link Sampling#RHAT_LIMIT}, or whose bulk effective
 *     sample size falls short of {@link Sampling#ESS_MIN}, are continued, each time twice as long
 */
public record PosteriorSettings(int chains, int burnIn, int draws, int extensions) {
  /**
   * The default, for fits whose intervals are reported: four chains of 10,000 adapting and 40,000 kept iterations,
   * continued up to twice. On the whole record (2005-01..2020-04) these give every parameter a bulk effective sample
   * size of several hundred to a few thousand (bench/README.md, issue 20 part 7).
   */
  public static final PosteriorSettings DEFAULT = new PosteriorSettings(4, 10_000, 40_000, 2);
  /**
   * For the verdicts' refits without one mechanism: four chains of 2,000 adapting and 2,000 kept iterations, not
   * continued. Their draws feed the leave-future-out densities (200 draws, each density exact given its draw); the
   * elpd differences' Monte Carlo error from these short chains is estimated per comparison ({@link Lfo.Comparison})
   * and counted by the verdict rule (bench/README.md, issue 20 part 8: an sd of 0.10-0.29 over refit seeds).
   */
  public static final PosteriorSettings REFIT = new PosteriorSettings(4, 2_000, 2_000, 0);
  /** Laplace intervals only, no sampling: forecasts from such a fit hold the parameters at the mode. */
  public static final PosteriorSettings LAPLACE = new PosteriorSettings(0, 0, 0, 0);

  /** Checks the counts. */
  public PosteriorSettings {
    Require.argument(chains == 0 || chains >= 2, "posterior sampling needs at least 2 chains, was %s", chains);
    Require.argument(chains == 0 || (burnIn >= 1_000 && draws >= 1_000),
        "each chain needs at least 1000 adapting and 1000 kept iterations, was %s and %s", burnIn, draws);
    Require.argument(extensions >= 0 && extensions <= 5, "extensions must be 0..5, was %s", extensions);
  }
}
