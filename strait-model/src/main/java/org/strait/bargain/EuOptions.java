package org.strait.bargain;

import org.strait.core.Require;

/**
 * Options of the expected-utility model, named as Scholz, Calbert and Smith (2011) name them.
 *
 * @param q the probability {@code Q} that the status quo persists when nobody challenges (Appendix step 6 gives
 *     0.5 or 1.0; their replication of Bueno de Mesquita's 1994 example used 1.0, which is our default)
 * @param riskAdjusted whether to estimate the risk exponents {@code r_i} (eqs. 33–34) or keep {@code r_i = 1}
 * @param rounds the number of rounds {@code τ} after which the model stops even if positions still move
 *     (Appendix steps 12–13)
 * @param tolerance the largest change of any position (on 0–100) below which a round counts as settled; the model
 *     stops early when a round is settled
 * @param conflictMoves in the conflict region (both expected utilities positive), whether the actor with the smaller
 *     expected utility moves to the other's position (the "confrontation" octants of Scholz et al.'s fig. 6) or,
 *     as Bueno de Mesquita (1997, p. 244, quoted by Scholz et al.) puts it, the conflict "has an uncertain outcome"
 *     and nobody moves (default)
 */
public record EuOptions(double q, boolean riskAdjusted, int rounds, double tolerance, boolean conflictMoves) {

  /** Validates the options. */
  public EuOptions {
    Require.argument(q >= 0 && q <= 1, "Q must lie in [0, 1], was %s", q);
    Require.argument(rounds >= 1, "rounds τ must be at least 1, was %s", rounds);
    Require.argument(tolerance >= 0 && Double.isFinite(tolerance), "tolerance must be non-negative, was %s", tolerance);
  }

  /**
   * Returns a copy with one option changed: {@code Q}, {@code riskAdjusted} (true/false), {@code rounds} (τ),
   * {@code tolerance} or {@code conflictMoves} (true/false).
   *
   * @throws IllegalArgumentException naming the known keys when {@code key} is unknown, or when the value is invalid
   */
  public EuOptions with(String key, String value) {
    try {
      return switch (key) {
        case "Q" -> new EuOptions(Double.parseDouble(value), riskAdjusted, rounds, tolerance, conflictMoves);
        case "riskAdjusted" -> new EuOptions(q, bool(value), rounds, tolerance, conflictMoves);
        case "rounds" -> new EuOptions(q, riskAdjusted, Integer.parseInt(value), tolerance, conflictMoves);
        case "tolerance" -> new EuOptions(q, riskAdjusted, rounds, Double.parseDouble(value), conflictMoves);
        case "conflictMoves" -> new EuOptions(q, riskAdjusted, rounds, tolerance, bool(value));
        default -> throw new IllegalArgumentException(
            "unknown EU option " + key + "; known: Q, riskAdjusted, rounds, tolerance, conflictMoves");
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("EU option " + key + ": not a number: '" + value + "'", e);
    }
  }

  private static boolean bool(String value) {
    Require.argument(value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"),
        "expected true or false, was '%s'", value);
    return Boolean.parseBoolean(value);
  }

  /** Returns the defaults: Q = 1.0, risk adjusted, τ = 100, tolerance 1e-6 points, conflict moves nobody. */
  public static EuOptions defaults() {
    return new EuOptions(1.0, true, 100, 1e-6, false);
  }
}
