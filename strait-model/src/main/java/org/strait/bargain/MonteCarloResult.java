package org.strait.bargain;

import java.util.Arrays;
import java.util.List;
import org.strait.core.Require;
import org.strait.core.numeric.Quantiles;

/**
 * The result of a Monte Carlo: the unperturbed base run, one summary per perturbed run, the sensitivity ranking,
 * and the seed and version that reproduce it.
 *
 * @param base the run on the unperturbed inputs
 * @param draws one summary per perturbed run, in run order
 * @param sensitivity per dimension, the actors ranked by {@link Sensitivity#share()}, largest first
 * @param seed the base seed
 * @param version the strait version that produced the result
 */
public record MonteCarloResult(
    BargainRun base, List<Draw> draws, List<Sensitivity> sensitivity, long seed, String version) {

  /**
   * One perturbed run.
   *
   * @param run the run index
   * @param seed the seed of its stream
   * @param medians predicted outcome (weighted median of final positions) per dimension
   * @param means weighted mean of final positions per dimension
   * @param settled whether the run settled (see {@link BargainOutcome})
   * @param rounds number of rounds played
   */
  public record Draw(int run, long seed, List<Double> medians, List<Double> means, boolean settled, int rounds) {
    /** Copies the lists. */
    public Draw {
      medians = List.copyOf(medians);
      means = List.copyOf(means);
    }
  }

  /** Validates and copies. */
  public MonteCarloResult {
    Require.nonNull(base, "base");
    draws = List.copyOf(draws);
    sensitivity = List.copyOf(sensitivity);
    Require.argument(!draws.isEmpty(), "a Monte Carlo needs at least one draw");
  }

  /**
   * Returns the {@code q}-quantile (linear interpolation between order statistics) of the predicted outcome on
   * dimension {@code k}.
   */
  public double quantile(int k, double q) {
    Require.argument(q >= 0 && q <= 1, "quantile must lie in [0, 1], was %s", q);
    double[] m = outcomes(k);
    Arrays.sort(m);
    return Quantiles.ofSorted(m, q);
  }

  /** Returns the mean of the predicted outcome on dimension {@code k} over the runs. */
  public double mean(int k) {
    double sum = 0;
    for (Draw d : draws) {
      sum += d.medians().get(k);
    }
    return sum / draws.size();
  }

  /** Returns the predicted outcome of every run on dimension {@code k}, in run order. */
  public double[] outcomes(int k) {
    double[] m = new double[draws.size()];
    for (int r = 0; r < m.length; r++) {
      m[r] = draws.get(r).medians().get(k);
    }
    return m;
  }

  /** Returns the share of runs that settled. */
  public double settledShare() {
    long settled = draws.stream().filter(Draw::settled).count();
    return (double) settled / draws.size();
  }

  /** Returns the sensitivity ranking on dimension {@code k}, largest share first. */
  public List<Sensitivity> sensitivity(int k) {
    String name = base.dispute().dimensions().get(k);
    return sensitivity.stream().filter(s -> s.dimension().equals(name)).toList();
  }
}
