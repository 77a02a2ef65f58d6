package org.strait.fit;

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
 * @param maxRhat the largest split R-hat over the parameters (Gelman et al., Bayesian Data Analysis, 3rd ed., §11.4);
 *     near 1 when the chains agree
 * @param worst the parameter with that R-hat (empty for Laplace)
 * @param minEss the smallest effective sample size over the parameters (batch means)
 * @param seed the seed the chains were drawn from
 */
public record Sampling(String method, int chains, int burnIn, int draws, double acceptance, double maxRhat,
    String worst, double minEss, long seed) {
  /** Above this split R-hat the chains disagree and the intervals should not be trusted. */
  public static final double RHAT_LIMIT = 1.05;

  /** Checks the method. */
  public Sampling {
    Require.argument(method.equals("laplace") || method.equals("mcmc"), "unknown interval method %s", method);
  }

  /** Returns the record of Laplace intervals. */
  public static Sampling laplace() {
    return new Sampling("laplace", 0, 0, 0, Double.NaN, Double.NaN, "", Double.NaN, 0);
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
        + " after %d adapting, acceptance %.2f, max split R-hat %.3f (%s)%s, min effective sample size %.0f,"
        + " seed %d", chains, draws, burnIn, acceptance, maxRhat, worst, converged() ? "" : " (chains did not mix: do not trust)", minEss,
        seed);
  }
}
