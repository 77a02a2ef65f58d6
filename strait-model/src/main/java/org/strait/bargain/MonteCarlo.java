package org.strait.bargain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.strait.core.Require;
import org.strait.core.SeedSequence;
import org.strait.core.numeric.Replicates;
import org.strait.core.Version;

/*
 * Monte Carlo over uncertain inputs. Run r draws its perturbations from stream r of SeedSequence(seed), so its
 * result does not depend on which thread runs it or on how many threads there are.
 *
 * Sensitivity (first-order, in the spirit of a correlation-ratio screening: Saltelli et al., "Global Sensitivity
 * Analysis: The Primer", 2008, ch. 1): for actor a, input q and outcome dimension k,
 *   S_aqk = corr(z_aq, m_k)², with z the standard normal deviate that perturbed the input and m_k the predicted
 * outcome (weighted median) of the run. For independent inputs and a near-linear response, S sums to the share of
 * variance explained; it is a ranking device, not a variance decomposition of a non-linear model.
 */

/**
 * A Monte Carlo over a dispute's uncertain inputs: perturbed capabilities, saliences and positions, one seeded
 * stream per run, the distribution of predicted outcomes and a ranking of the actors whose inputs move it most.
 *
 * @param model the bargaining model
 * @param uncertainty how the inputs are perturbed
 * @param runs number of perturbed runs, at least 2
 * @param seed base seed; run {@code r} uses stream {@code r} of {@code new SeedSequence(seed)}
 * @param threads number of worker threads, at least 1 (results are identical for any number)
 */
public record MonteCarlo(BargainModel model, Uncertainty uncertainty, int runs, long seed, int threads) {

  /** Validates the settings. */
  public MonteCarlo {
    Require.nonNull(model, "model");
    Require.nonNull(uncertainty, "uncertainty");
    Require.argument(runs >= 2, "runs must be at least 2, was %s", runs);
    Require.argument(threads >= 1, "threads must be at least 1, was %s", threads);
  }

  /** Runs the base case and the perturbed runs. */
  public MonteCarloResult run(Dispute dispute) {
    BargainRun base = model.run(dispute);
    SeedSequence seeds = new SeedSequence(seed);
    MonteCarloResult.Draw[] draws = new MonteCarloResult.Draw[runs];
    double[][][] z = new double[runs][][];
    try {
      Replicates.run(threads, runs, () -> null, (r, none) -> {
        SplittableRandom rng = seeds.stream(r);
        Uncertainty.Draw d = uncertainty.draw(dispute, rng);
        BargainRun run = model.run(d.dispute());
        List<Double> medians = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        for (int k = 0; k < dispute.dimensionCount(); k++) {
          medians.add(run.median(k));
          means.add(run.weightedMean(k));
        }
        z[r] = d.z();
        draws[r] = new MonteCarloResult.Draw(r, seeds.seed(r), medians, means,
            run.settled(BargainOutcome.SETTLEMENT_BAND), run.roundCount() - 1);
      });
    } catch (RuntimeException e) {
      throw new IllegalStateException("Monte Carlo run failed: " + e.getMessage(), e);
    }
    List<MonteCarloResult.Draw> list = List.of(draws);
    return new MonteCarloResult(base, list, sensitivity(dispute, list, z), seed, Version.current());
  }

  /** Returns the sensitivity of every actor on every dimension, largest share first within each dimension. */
  static List<Sensitivity> sensitivity(Dispute dispute, List<MonteCarloResult.Draw> draws, double[][][] z) {
    int dims = dispute.dimensionCount();
    List<Sensitivity> out = new ArrayList<>();
    for (int k = 0; k < dims; k++) {
      double[] m = new double[draws.size()];
      for (int r = 0; r < m.length; r++) {
        m[r] = draws.get(r).medians().get(k);
      }
      List<Sensitivity> forDim = new ArrayList<>();
      for (int a = 0; a < dispute.size(); a++) {
        double cap = squaredCorrelation(column(z, a, 0), m);
        double sal = 0;
        double pos = 0;
        for (int q = 0; q < dims; q++) {
          sal += squaredCorrelation(column(z, a, 1 + q), m);
          pos += squaredCorrelation(column(z, a, 1 + dims + q), m);
        }
        forDim.add(new Sensitivity(dispute.stakeholders().get(a).name(), dispute.dimensions().get(k), cap, sal, pos));
      }
      forDim.sort((x, y) -> Double.compare(y.share(), x.share()));
      out.addAll(forDim);
    }
    return List.copyOf(out);
  }

  private static double[] column(double[][][] z, int actor, int input) {
    double[] c = new double[z.length];
    for (int r = 0; r < z.length; r++) {
      c[r] = z[r][actor][input];
    }
    return c;
  }

  /** Returns the squared Pearson correlation of {@code a} and {@code b}, or 0 when either is constant. */
  static double squaredCorrelation(double[] a, double[] b) {
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < a.length; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= a.length;
    mb /= b.length;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa > 0 && sbb > 1e-20 * b.length ? sab * sab / (saa * sbb) : 0;
  }
}
