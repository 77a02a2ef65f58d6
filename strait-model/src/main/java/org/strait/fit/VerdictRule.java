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
 */

/** The explicit rule from (interval, predicted sign, skill change) to a verdict. */
public final class VerdictRule {
  /** The skill margin ε: removing a mechanism must not improve mean skill by this much for "supported". */
  public static final double EPSILON = 0.01;

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

  /** Applies the rule. */
  public static Outcome apply(double lower, double upper, int sign, double skillChangeWhenRemoved) {
    String agreement = agreement(lower, upper, sign);
    double delta = Double.isNaN(skillChangeWhenRemoved) ? 0 : skillChangeWhenRemoved;
    return switch (agreement) {
      case "disagrees" -> Outcome.CONTRADICTED;
      case "agrees" -> delta < EPSILON ? Outcome.SUPPORTED : Outcome.NOT_DISTINGUISHABLE;
      default -> Outcome.NOT_DISTINGUISHABLE;
    };
  }

  /** Returns the reason for the outcome in one sentence. */
  public static String reason(double lower, double upper, int sign, double skillChangeWhenRemoved) {
    String agreement = agreement(lower, upper, sign);
    double delta = Double.isNaN(skillChangeWhenRemoved) ? 0 : skillChangeWhenRemoved;
    String interval = String.format(java.util.Locale.ROOT, "95%% interval %.3g..%.3g", lower, upper);
    return switch (agreement) {
      case "disagrees" -> interval + " lies on the side opposite to the claim";
      case "agrees" -> delta < EPSILON
          ? interval + " agrees with the claim's sign and removing it does not improve forecasts"
          : interval + " agrees with the claim's sign, but forecasts are better without it (skill +"
              + String.format(java.util.Locale.ROOT, "%.3f", delta) + ")";
      default -> interval + " contains zero";
    };
  }
}
