package org.strait.bargain;

import org.strait.core.Require;

/**
 * The result of bargaining over one dispute, in the form the relationship model takes as a shock to a dispute's
 * state (M6/M7 of MODEL.md): whether the bargain settled or failed, the predicted position on the dispute's first
 * (or chosen) dimension, and an interval for it.
 *
 * <p>How to read it: positions are on the dispute's 0–100 scale, whose ends the dispute file names. A settled
 * bargain is one whose stopping rule was met and whose final positions lie, on capability × salience weighted
 * average, within {@link #SETTLEMENT_BAND} points of the predicted outcome; for a Monte Carlo, the bargain is
 * settled when at least half of the runs settled. The interval is the 10th–90th percentile of the Monte Carlo
 * distribution of the predicted outcome (both ends equal the prediction for a single run). A relationship model
 * could, for example, turn a settled outcome near the conciliatory end into a de-escalation of the dispute's state
 * and a failed one into a flare; that mapping belongs to the relationship model, not here.
 *
 * @param disputeId the dispute's id, e.g. {@code "wartime-labour"}
 * @param status settled or failed
 * @param predictedPosition predicted outcome (the capability × salience weighted median of final positions)
 * @param low lower end of the interval
 * @param high upper end of the interval
 */
public record BargainOutcome(String disputeId, Status status, double predictedPosition, double low, double high) {

  /** Average distance (points) from the outcome within which final positions count as a settlement. */
  public static final double SETTLEMENT_BAND = 10.0;

  /** Whether the bargain settled. */
  public enum Status {
    /** Positions converged close to one outcome. */
    SETTLED,
    /** Positions did not converge, or stayed far apart. */
    FAILED
  }

  /** Validates the values. */
  public BargainOutcome {
    Require.argument(disputeId != null && !disputeId.isBlank(), "dispute id must not be blank");
    Require.nonNull(status, "status");
    Require.argument(low <= predictedPosition && predictedPosition <= high,
        "need low <= predicted <= high, were %s, %s, %s", low, predictedPosition, high);
    Require.argument(low >= 0 && high <= 100, "interval must lie in [0, 100], was [%s, %s]", low, high);
  }

  /** Returns the outcome of a single run on dimension {@code k}. */
  public static BargainOutcome of(BargainRun run, int k) {
    double m = run.median(k);
    Status status = run.settled(SETTLEMENT_BAND) ? Status.SETTLED : Status.FAILED;
    return new BargainOutcome(run.dispute().id(), status, m, m, m);
  }

  /** Returns the outcome of a Monte Carlo on dimension {@code k}: the base run's prediction, the runs' interval. */
  public static BargainOutcome of(MonteCarloResult result, int k) {
    double m = result.base().median(k);
    double lo = Math.min(m, result.quantile(k, 0.1));
    double hi = Math.max(m, result.quantile(k, 0.9));
    Status status = result.settledShare() >= 0.5 ? Status.SETTLED : Status.FAILED;
    return new BargainOutcome(result.base().dispute().id(), status, m, lo, hi);
  }
}
