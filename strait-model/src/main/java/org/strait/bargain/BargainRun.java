package org.strait.bargain;

import java.util.ArrayList;
import java.util.List;
import org.strait.core.Require;

/**
 * The result of one bargaining run: the position of every actor on every dimension in every round (round 0 is
 * the input), whether the model's stopping rule was met, and the predicted outcomes.
 *
 * <p>Immutable: the accessors return copies. Positions are on the dispute's 0–100 scale.
 */
public final class BargainRun {
  private final Dispute dispute;
  private final String model;
  private final double[][][] path;
  private final boolean converged;

  private BargainRun(Dispute dispute, String model, double[][][] path, boolean converged) {
    this.dispute = dispute;
    this.model = model;
    this.path = path;
    this.converged = converged;
  }

  /**
   * Creates a run from its rounds.
   *
   * @param rounds one {@code [actor][dimension]} matrix per round, the first being the initial positions
   */
  public static BargainRun of(Dispute dispute, String model, List<double[][]> rounds, boolean converged) {
    Require.nonNull(dispute, "dispute");
    Require.argument(!rounds.isEmpty(), "a run needs at least the initial round");
    double[][][] copy = new double[rounds.size()][][];
    for (int t = 0; t < copy.length; t++) {
      double[][] r = rounds.get(t);
      Require.argument(r.length == dispute.size(), "round %s has %s actors, expected %s", t, r.length, dispute.size());
      copy[t] = new double[r.length][];
      for (int i = 0; i < r.length; i++) {
        Require.argument(r[i].length == dispute.dimensionCount(),
            "round %s actor %s: wrong number of dimensions", t, i);
        copy[t][i] = r[i].clone();
      }
    }
    return new BargainRun(dispute, model, copy, converged);
  }

  /** Returns the dispute that was bargained over. */
  public Dispute dispute() {
    return dispute;
  }

  /** Returns the name of the model that produced this run ({@code "eu"} or {@code "smp"}). */
  public String model() {
    return model;
  }

  /** Returns whether the model's stopping rule was met before its round limit. */
  public boolean converged() {
    return converged;
  }

  /** Returns the number of rounds recorded, including round 0 (the input). */
  public int roundCount() {
    return path.length;
  }

  /** Returns the position of actor {@code i} on dimension {@code k} in round {@code t}. */
  public double position(int t, int i, int k) {
    return path[t][i][k];
  }

  /** Returns the final position of actor {@code i} on dimension {@code k}. */
  public double finalPosition(int i, int k) {
    return path[path.length - 1][i][k];
  }

  /** Returns the final positions of all actors on dimension {@code k}. */
  public double[] finalPositions(int k) {
    double[] x = new double[dispute.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = finalPosition(i, k);
    }
    return x;
  }

  /** Returns the trajectory of actor {@code i} on dimension {@code k}, one value per round. */
  public List<Double> trajectory(int i, int k) {
    List<Double> out = new ArrayList<>(path.length);
    for (double[][] round : path) {
      out.add(round[i][k]);
    }
    return out;
  }

  /**
   * Returns the predicted outcome on dimension {@code k}: the capability × salience weighted median of the final
   * positions.
   */
  public double median(int k) {
    return Outcomes.weightedMedian(finalPositions(k), Outcomes.weights(dispute, k));
  }

  /** Returns the capability × salience weighted mean of the final positions on dimension {@code k}. */
  public double weightedMean(int k) {
    return Outcomes.weightedMean(finalPositions(k), Outcomes.weights(dispute, k));
  }

  /**
   * Returns the spread of the final positions on dimension {@code k}: the capability × salience weighted mean
   * absolute distance from the predicted outcome (the weighted median), in points of the 0–100 scale.
   */
  public double spread(int k) {
    double m = median(k);
    double[] x = finalPositions(k);
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = Math.abs(x[i] - m);
    }
    return Outcomes.weightedMean(d, Outcomes.weights(dispute, k));
  }

  /**
   * Returns whether the bargain settled: the stopping rule was met and on every dimension the spread of the final
   * positions is at most {@code band} points.
   */
  public boolean settled(double band) {
    boolean ok = converged;
    for (int k = 0; k < dispute.dimensionCount() && ok; k++) {
      ok = spread(k) <= band;
    }
    return ok;
  }

  /** Returns the baseline of dimension {@code k}: the capability × salience weighted mean of the initial positions. */
  public double baseline(int k) {
    return Outcomes.baseline(dispute, k);
  }
}
