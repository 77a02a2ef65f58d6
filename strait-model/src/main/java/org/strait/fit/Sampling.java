package org.strait.fit;

import java.util.List;
import java.util.Locale;
import org.strait.core.Require;

/**
 * How a fit's intervals were obtained, with the sampler's diagnostics: Laplace's approximation, or posterior draws
 * by adaptive Metropolis ({@link Posterior}).
 *
 * @param method {@code "laplace"} or {@code "mcmc"}
 * @param chains independent chains (0 for Laplace)
 * @param burnIn iterations per chain spent adapting the proposal and discarded
 * @param draws iterations per chain kept
 * @param acceptance the share of proposals accepted while drawing
 * @param maxRhat the largest R-hat over the parameters, each parameter's the larger of its split R-hat (Gelman et al.,
 *     Bayesian Data Analysis, 3rd ed., §11.4) and its rank-normalised split R-hat (Vehtari et al. 2021); near 1 when
 *     the chains agree
 * @param worst the parameter with that R-hat (empty for Laplace)
 * @param minEss the smallest bulk effective sample size over the parameters (Vehtari et al. 2021)
 * @param seed the seed the chains were drawn from
 * @param coordinates every sampled parameter's diagnostics, in the fit's order (empty for Laplace)
 */
public record Sampling(String method, int chains, int burnIn, int draws, double acceptance, double maxRhat,
    String worst, double minEss, long seed, List<Coordinate> coordinates) {
  /** Above this R-hat (split or rank-normalised) the chains disagree and the intervals should not be trusted. */
  public static final double RHAT_LIMIT = 1.05;
  /**
   * Below this bulk effective sample size of any parameter the chains are continued (Vehtari et al. 2021: 100 per
   * chain for four chains).
   */
  public static final double ESS_MIN = 400;

  /**
   * One parameter's convergence diagnostics ({@link Convergence}), computed on its draws in its own units.
   *
   * @param name the parameter
   * @param rhat its split R-hat
   * @param rankRhat its rank-normalised split R-hat (Vehtari et al. 2021: the larger of bulk and folded)
   * @param ess its effective sample size by batch means
   * @param bulkEss its bulk effective sample size (Vehtari et al. 2021)
   */
  public record Coordinate(String name, double rhat, double rankRhat, double ess, double bulkEss) {}

  /** Checks the method and copies the diagnostics. */
  public Sampling {
    Require.argument(method.equals("laplace") || method.equals("mcmc"), "unknown interval method %s", method);
    coordinates = List.copyOf(coordinates);
  }

  /** Returns the record of Laplace intervals. */
  public static Sampling laplace() {
    return new Sampling("laplace", 0, 0, 0, Double.NaN, Double.NaN, "", Double.NaN, 0, List.of());
  }

  /** Tells whether the intervals come from posterior draws. */
  public boolean mcmc() {
    return method.equals("mcmc");
  }

  /** Tells whether the chains mixed: split R-hat at most {@link #RHAT_LIMIT} (always true for Laplace). */
  public boolean converged() {
    return !mcmc() || maxRhat <= RHAT_LIMIT;
  }

  /** Describes the intervals in one line, for reports. */
  public String describe() {
    if (!mcmc()) {
      return "95% Laplace (inverse Hessian of the negative log posterior), clipped to each range";
    }
    return String.format(Locale.ROOT, "95%% posterior intervals from adaptive Metropolis: %d chains x %d draws"
        + " after %d adapting, acceptance %.2f, max R-hat %.3f (%s)%s, min bulk effective sample size %.0f,"
        + " seed %d", chains, draws, burnIn, acceptance, maxRhat, worst, converged() ? "" : " (chains did not mix: do not trust)", minEss,
        seed);
  }
}
