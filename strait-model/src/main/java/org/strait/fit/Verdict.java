package org.strait.fit;

import java.util.Map;
import java.util.TreeMap;
import org.strait.core.Require;
import org.strait.model.SeedClaim;

/**
 * One row of the verdict table: a claim, the estimate of its mechanism's key parameter, the out-of-sample change
 * when the mechanism is removed (leave-future-out elpd and forecast skill), the sign's posterior probability, the
 * smallest detectable effect, and the verdict {@link VerdictRule} gives.
 *
 * @param claim the claim judged
 * @param estimate the key parameter's estimate and interval in the full fit
 * @param agreement "agrees", "disagrees" or "undetermined": the sign probability against the claim (VerdictRule)
 * @param skillChange per horizon, skill against AR(1) without the mechanism minus with it (conditional forecasts);
 *     positive = better without
 * @param skillChangeUnconditional the same for unconditional forecasts
 * @param meanSkillChange the mean of {@code skillChange} over the horizons, the rule's Δ
 * @param logLikChange log-likelihood of the full fit minus that of the fit without the mechanism (training window,
 *     each at its posterior mode)
 * @param priorRatio the key parameter's posterior sd over its prior sd: near or above 1, the data add nothing
 * @param elpdDiff one-month-ahead leave-future-out elpd with the mechanism minus without it, over the test window
 *     (positive = it predicts better with the mechanism)
 * @param elpdSe the standard error of {@code elpdDiff} over the forecast origins
 * @param elpdMcse the Monte Carlo standard error of {@code elpdDiff} from the two fits' posterior draws
 * @param signProbability the posterior probability of the sign the claim predicts; NaN for a parameter with one sign
 * @param detectable the smallest size of the key parameter the rule detects with probability 0.8 on records
 *     simulated like this one (+∞ when none up to four plausible sizes is)
 * @param outcome the verdict
 * @param reason the verdict's reason in one sentence
 */
public record Verdict(SeedClaim claim, Estimate estimate, String agreement, Map<Integer, Double> skillChange,
    Map<Integer, Double> skillChangeUnconditional, double meanSkillChange, double logLikChange, double priorRatio,
    double elpdDiff, double elpdSe, double elpdMcse, double signProbability, double detectable,
    VerdictRule.Outcome outcome, String reason) {
  /** Copies. */
  public Verdict {
    Require.nonNull(claim, "claim");
    Require.nonNull(estimate, "estimate");
    skillChange = java.util.Collections.unmodifiableMap(new TreeMap<>(skillChange));
    skillChangeUnconditional = java.util.Collections.unmodifiableMap(new TreeMap<>(skillChangeUnconditional));
  }
}
