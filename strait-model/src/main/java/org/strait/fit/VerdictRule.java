package org.strait.fit;

import org.strait.core.Require;

/*
 * The rule that turns a mechanism's evidence into a verdict on one claim (docs/fit.md, "The verdict rule"):
 *
 *   sign:   "agrees"    when the 95% interval of the key parameter lies wholly on the side the claim predicts,
 *           "disagrees" when it lies wholly on the other side, "undetermined" when it contains zero;
 *   skill:  Δ = mean over the horizons of (skill without the mechanism - skill with it), skill = 1 - CRPS/CRPS of
 *           the AR(1) baseline, conditional forecasts on the test window; Δ > 0 means forecasts are better without.
 *   verdict:
 *     CONTRADICTED     sign disagrees;
 *     SUPPORTED        sign agrees and Δ < ε (removing the mechanism does not improve forecasts by ε or more);
 *     NOT_DISTINGUISHABLE otherwise (interval contains zero, or the sign agrees in-sample only while forecasts are
 *                      better without the mechanism).
 *   ε = 0.01 (one percentage point of skill). A missing Δ (no backtest) is treated as 0.
 *
 * A key parameter whose range starts at zero, for a claim that predicts it positive (M6, M7, M8, M9, M11), cannot lie
 * on the wrong side, and every posterior interval of it excludes zero (0 is the range's edge). For it the sign test
 * is the likelihood ratio of the fits with and without the mechanism (the ablation, which sets it to zero): "agrees"
 * when 2ΔlogL ≥ 2.706, the 5% test for a parameter on the boundary of its space, whose null distribution is
 * ½χ²₀ + ½χ²₁ (S. G. Self and K.-Y. Liang, JASA 82, 1987); "undetermined" otherwise.
 */

/** The explicit rule from (interval, predicted sign, skill change) to a verdict. */
public final class VerdictRule {
  /** The skill margin ε: removing a mechanism must not improve mean skill by this much for "supported". */
  public static final double EPSILON = 0.01;
  /** The 5% critical value of 2ΔlogL for a parameter at the boundary: the 90% quantile of χ²₁. */
  public static final double BOUNDARY_LR_95 = 2.705543454095404;

  private VerdictRule() {}

  /** A verdict on a claim. */
  public enum Outcome {
    /** The data agree with the claim's sign, and out of sample the mechanism does not hurt. */
    SUPPORTED("supported"),
    /** The data put the parameter on the other side of zero. */
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

  /** Returns the sign agreement of interval {@code [lower, upper]} with predicted {@code sign}. */
  public static String agreement(double lower, double upper, int sign) {
    Require.argument(lower <= upper, "interval %s..%s is reversed", lower, upper);
    boolean positive = lower > 0;
    boolean negative = upper < 0;
    if (!positive && !negative) {
      return "undetermined";
    }
    return (positive ? 1 : -1) == sign ? "agrees" : "disagrees";
  }

  /**
   * Returns the sign agreement of a parameter bounded below by zero, from the change in log-likelihood when the
   * mechanism is removed: "agrees" when {@code 2·logLikChange} reaches {@link #BOUNDARY_LR_95}, else "undetermined".
   */
  public static String boundaryAgreement(double logLikChange) {
    return 2 * logLikChange >= BOUNDARY_LR_95 ? "agrees" : "undetermined";
  }

  /** Applies the rule to interval {@code [lower, upper]}. */
  public static Outcome apply(double lower, double upper, int sign, double skillChangeWhenRemoved) {
    return apply(agreement(lower, upper, sign), skillChangeWhenRemoved);
  }

  /** Applies the rule to a sign {@code agreement} ("agrees", "disagrees" or "undetermined"). */
  public static Outcome apply(String agreement, double skillChangeWhenRemoved) {
    double delta = Double.isNaN(skillChangeWhenRemoved) ? 0 : skillChangeWhenRemoved;
    return switch (agreement) {
      case "disagrees" -> Outcome.CONTRADICTED;
      case "agrees" -> delta < EPSILON ? Outcome.SUPPORTED : Outcome.NOT_DISTINGUISHABLE;
      default -> Outcome.NOT_DISTINGUISHABLE;
    };
  }

  /** Returns the reason for the outcome on interval {@code [lower, upper]} in one sentence. */
  public static String reason(double lower, double upper, int sign, double skillChangeWhenRemoved) {
    return reason(agreement(lower, upper, sign), interval(lower, upper), skillChangeWhenRemoved);
  }

  /** Returns the reason for the outcome of the boundary test in one sentence. */
  public static String boundaryReason(double logLikChange, double skillChangeWhenRemoved) {
    String evidence = String.format(java.util.Locale.ROOT, "likelihood ratio 2ΔlogL = %.2f against zero (5%% "
        + "boundary test: %.2f)", 2 * logLikChange, BOUNDARY_LR_95);
    return reason(boundaryAgreement(logLikChange), evidence, skillChangeWhenRemoved);
  }

  private static String interval(double lower, double upper) {
    return String.format(java.util.Locale.ROOT, "95%% interval %.3g..%.3g", lower, upper);
  }

  private static String reason(String agreement, String evidence, double skillChangeWhenRemoved) {
    double delta = Double.isNaN(skillChangeWhenRemoved) ? 0 : skillChangeWhenRemoved;
    return switch (agreement) {
      case "disagrees" -> evidence + " lies on the side opposite to the claim";
      case "agrees" -> delta < EPSILON
          ? evidence + " agrees with the claim's sign and removing it does not improve forecasts"
          : evidence + " agrees with the claim's sign, but forecasts are better without it (skill +"
              + String.format(java.util.Locale.ROOT, "%.3f", delta) + ")";
      default -> evidence.startsWith("95%") ? evidence + " contains zero" : evidence + " does not tell it from zero";
    };
  }
}
