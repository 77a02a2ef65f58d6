package org.strait.bargain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.strait.core.Require;
import org.strait.core.numeric.Draws;

/**
 * How uncertain the inputs of a dispute are, for the Monte Carlo: every actor's capability is multiplied by
 * {@code exp(capabilityLogSd · z)}, and every salience and position gets {@code sd · z} points added, with
 * independent standard normal {@code z}.
 *
 * <p>Perturbed positions are truncated to [0, 100] and positive saliences to [0.01, 100] (a draw never makes an
 * actor stop caring); when an actor's perturbed saliences sum to more
 * than 100 they are scaled down to sum to 100 (KTAB's constraint). The draws themselves are returned so that the
 * sensitivity analysis can relate outcomes to them.
 *
 * @param capabilityLogSd standard deviation of log capability, e.g. 0.2 for about ±20%
 * @param salienceSd standard deviation of saliences, in points
 * @param positionSd standard deviation of positions, in points
 */
public record Uncertainty(double capabilityLogSd, double salienceSd, double positionSd) {
  private static final double MIN_SALIENCE = 0.01;

  /** Validates the standard deviations. */
  public Uncertainty {
    Require.argument(capabilityLogSd >= 0 && Double.isFinite(capabilityLogSd),
        "capability log-sd must be finite and non-negative, was %s", capabilityLogSd);
    Require.argument(salienceSd >= 0 && Double.isFinite(salienceSd),
        "salience sd must be finite and non-negative, was %s", salienceSd);
    Require.argument(positionSd >= 0 && Double.isFinite(positionSd),
        "position sd must be finite and non-negative, was %s", positionSd);
  }

  /** Returns the default: ±20% capability (log-sd 0.2), 5 points of salience, 5 points of position. */
  public static Uncertainty defaults() {
    return new Uncertainty(0.2, 5, 5);
  }

  /** One draw: the perturbed dispute and the standard normal deviates, {@code z[actor][input]}. */
  record Draw(Dispute dispute, double[][] z) {}

  /**
   * Draws a perturbed dispute. Input {@code 0} of an actor is its capability, inputs {@code 1..D} its saliences,
   * inputs {@code D+1..2D} its positions. Actors that do not care about the dispute stay as they are (a draw of
   * salience cannot make them care).
   */
  Draw draw(Dispute dispute, SplittableRandom rng) {
    int dims = dispute.dimensionCount();
    double[][] z = new double[dispute.size()][1 + 2 * dims];
    List<Stakeholder> perturbed = new ArrayList<>();
    for (int i = 0; i < dispute.size(); i++) {
      for (int q = 0; q < z[i].length; q++) {
        z[i][q] = Draws.normal(rng);
      }
      Stakeholder s = dispute.stakeholders().get(i);
      if (s.totalSalience() == 0) {
        perturbed.add(s);
        continue;
      }
      double cap = s.capability() * Math.exp(capabilityLogSd * z[i][0]);
      List<Double> sal = new ArrayList<>();
      List<Double> pos = new ArrayList<>();
      double total = 0;
      for (int k = 0; k < dims; k++) {
        double v = s.salience(k) == 0 ? 0 : Math.max(MIN_SALIENCE, clip(s.salience(k) + salienceSd * z[i][1 + k]));
        sal.add(v);
        total += v;
        pos.add(clip(s.position(k) + positionSd * z[i][1 + dims + k]));
      }
      if (total > 100) {
        for (int k = 0; k < dims; k++) {
          sal.set(k, sal.get(k) * 100 / total);
        }
      }
      perturbed.add(s.with(cap, pos, sal));
    }
    return new Draw(dispute.withStakeholders(perturbed), z);
  }

  private static double clip(double v) {
    return Math.max(0, Math.min(100, v));
  }
}
