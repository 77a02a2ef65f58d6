package org.strait.fit;

import java.util.Locale;

/*
 * The rule that turns a mechanism's evidence into a verdict on one claim (docs/fit.md, "The verdict rule"):
 *
 *   helps:  the mechanism improves the one-month-ahead predictions of the test window, by leave-future-out
 *           cross-validation (Lfo): elpdDiff = elpd(with) - elpd(without) > 2 σ, σ = √(SE² + MCSE²) the standard
 *           error over the months and the Monte Carlo standard error of the posterior draws combined (independent
 *           errors: their variances add);
 *   sign:   the posterior probability that the key parameter has the sign the claim predicts (signProbability);
 *           for a parameter whose range starts at zero (M7, M9, M11 and the one-sided pushes M6, M8) there is no
 *           other sign, and the probability is not defined (NaN): helping is the whole evidence.
 *   verdict:
 *     SUPPORTED        helps, and signProbability ≥ 0.95 (or is not defined);
 *     CONTRADICTED     helps, and signProbability ≤ 0.05: the data want the effect, with the other sign;
 *     NOT_DISTINGUISHABLE otherwise; the reason then gives the smallest effect the record could have shown
 *                      (Detectability), so that "not distinguishable" reads "an effect smaller than X would not
 *                      show in these months".
 *
 * A sign in-sample without better predictions out of sample is not enough: shrinkage (Shrinkage) already keeps an
 * unsupported effect near zero, and the forecasts are what the verdict must stand on.
 */

/** The explicit rule from (elpd difference, its SE and Monte Carlo SE, sign probability) to a verdict. */
public final class VerdictRule {
  /** How many combined standard errors (√(SE² + MCSE²)) the elpd difference must exceed for a mechanism to help. */
  public static final double SE_MULTIPLE = 2;
  /** The posterior probability of the claim's sign that "supported" needs (and 1 minus it "contradicted"). */
  public static final double SIGN_PROBABILITY = 0.95;

  private VerdictRule() {}

  /** A verdict on a claim. */
  public enum Outcome {
    /** The mechanism improves held-out predictions with the claim's sign. */
    SUPPORTED("supported"),
    /** The mechanism improves held-out predictions with the opposite sign. */
    CONTRADICTED("contradicted"),
    /** Neither. */
    NOT_DISTINGUISHABLE("not distinguishable from noise");

    private final String words;

    Outcome(String words) {
      this.words = words;
    }

    /** Returns the verdict in plain words. */
    public String words() {
      return words;
    }
  }

  /** Returns the elpd difference's combined standard error √(SE² + MCSE²) (NaN when either is). */
  public static double error(Lfo.Comparison elpd) {
    return Math.sqrt(elpd.se() * elpd.se() + elpd.mcse() * elpd.mcse());
  }

  /** Tells whether the elpd difference says the mechanism helps: above {@link #SE_MULTIPLE} combined errors. */
  public static boolean helps(Lfo.Comparison elpd) {
    double error = error(elpd);
    return !Double.isNaN(error) && elpd.diff() > SE_MULTIPLE * error;
  }

  /** Returns "agrees", "disagrees" or "undetermined" for a sign probability (NaN: decided by {@code helps}). */
  public static String agreement(double signProbability, boolean helps) {
    if (Double.isNaN(signProbability)) {
      return helps ? "agrees" : "undetermined";
    }
    return signProbability >= SIGN_PROBABILITY ? "agrees"
        : signProbability <= 1 - SIGN_PROBABILITY ? "disagrees" : "undetermined";
  }

  /** Applies the rule to the comparison {@code elpd} (with minus without) and the sign probability. */
  public static Outcome apply(Lfo.Comparison elpd, double signProbability) {
    boolean helps = helps(elpd);
    return switch (agreement(signProbability, helps)) {
      case "agrees" -> helps ? Outcome.SUPPORTED : Outcome.NOT_DISTINGUISHABLE;
      case "disagrees" -> helps ? Outcome.CONTRADICTED : Outcome.NOT_DISTINGUISHABLE;
      default -> Outcome.NOT_DISTINGUISHABLE;
    };
  }

  /**
   * Returns the reason for the outcome in one sentence: the elpd difference with its SE and Monte Carlo SE, the sign
   * probability and, when the verdict is not distinguishable, the smallest detectable effect {@code detectable} of
   * parameter {@code name}.
   */
  public static String reason(Lfo.Comparison comparison, double signProbability, double detectable, String name) {
    String elpd = String.format(Locale.ROOT, "removing it changes the held-out log predictive density by %+.2f (SE"
        + " %.2f, Monte Carlo SE %.2f)", -comparison.diff(), comparison.se(), comparison.mcse());
    String sign = Double.isNaN(signProbability) ? "its parameter has one sign only"
        : String.format(Locale.ROOT, "the posterior puts %.0f%% on the predicted sign", 100 * signProbability);
    Outcome o = apply(comparison, signProbability);
    String size = Double.isInfinite(detectable) || Double.isNaN(detectable)
        ? "no effect of " + name + " up to four times its plausible size would show in these months"
        : String.format(Locale.ROOT, "an effect of %s smaller than %.3g would not show in these months", name,
            detectable);
    return switch (o) {
      case SUPPORTED -> elpd + " and " + sign;
      case CONTRADICTED -> elpd + ", but " + sign;
      default -> elpd + ", " + sign + "; " + size;
    };
  }
}
