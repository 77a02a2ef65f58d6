package org.strait.fit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.Well19937c;
import org.strait.core.Version;
import org.strait.model.MechanismId;
import org.strait.model.ParameterSpec;
import org.strait.core.numeric.Quantiles;

/*
 * Calibration by penalised maximum likelihood (the posterior mode):
 *
 *   θ̂ = argmin_θ  -log L_index(θ) - log L_events(θ) - Σ_j log p_j(θ_j)   over the parameters' ranges,
 *
 * with L_index the Kalman-filter likelihood of the index (StateSpace), L_events that of the chronicle's flares and
 * tests (Dynamics), and p_j the priors: the regularised horseshoe (Shrinkage) on each mechanism's key parameter,
 * the ParameterSpecs' priors on the rest (normal priors add (θ_j - m_j)² / 2 s_j², uniform ones nothing inside the
 * range). Parameters are searched in the scaled coordinates z_j = (θ_j - c_j) / s_j (c the
 * prior centre, s the prior sd, or a sixth of the range for a uniform prior), first by CMA-ES (N. Hansen, "The CMA
 * Evolution Strategy: A Tutorial", 2016; Hipparchus' implementation with a seeded Well19937c generator) and then
 * polished by BOBYQA; CMA-ES runs twice (seeds from one SeedSequence) and the better end point is polished,
 * since the split of variance between σ and the observation noise can trap one run (BOBYQA: M. J. D. Powell 2009).
 *
 * Intervals: posterior draws (Posterior, by adaptive Metropolis with the scale parameters on the log scale,
 * LogScaled, the key parameters as logits of their prior's CDF and the zero-based rates on the log scale,
 * SmoothTarget): the 2.5%..97.5% quantiles, or from the nearer bound to the 95% quantile when the mode lies at a bound
 * (within 1e-4 of the range) or outside those quantiles. Laplace's approximation (Laplace) starts the sampler's
 * proposal, and gives the intervals of fits that do not sample (PosteriorSettings.LAPLACE). When the chronicle of
 * the window holds no dated shock, the point-process rates are not fitted (FitSpace.fitted). docs/fit.md describes
 * the whole and the measured coverage.
 */

/** Fits the model to a {@link FitInput}: posterior modes, posterior intervals, likelihoods. */
public final class Calibration {
  private static final int MAX_EVAL = 40_000;
  private static final int RESTARTS = 2;

  private Calibration() {}

  /**
   * Fits the parameters of the mechanisms in {@code enabled} (and the dynamics') to every visible month of {@code
   * data}, starting from {@code base} values (e.g. {@link FitSpace#defaults()}, or an earlier fit's values for a
   * warm start); parameters not fitted keep their {@code base} values. Give it {@code data.until(end)}
   * to fit a training window: it reads no month after the view's end. Intervals are posterior intervals from
   * {@link PosteriorSettings#DEFAULT} sampling.
   */
  public static FitResult fit(FitInput data, Set<MechanismId> enabled, Map<String, Double> base, long seed) {
    return fit(data, enabled, base, seed, PosteriorSettings.DEFAULT);
  }

  /**
   * Fits as {@link #fit(FitInput, Set, Map, long)} does, with intervals from {@code posterior} sampling (or
   * Laplace's approximation when it has no chains). The sampler's seed is derived from {@code seed}.
   */
  public static FitResult fit(FitInput data, Set<MechanismId> enabled, Map<String, Double> base, long seed,
      PosteriorSettings posterior) {
    return fit(data, enabled, base, seed, posterior, false);
  }

  /**
   * Fits as {@link #fit(FitInput, Set, Map, long, PosteriorSettings)} does; when {@code local}, {@code base} must
   * hold the mode of a neighbouring model (e.g. the full model's, for a refit without one mechanism) and the mode is
   * searched from there by BOBYQA alone, without the two global CMA-ES runs.
   */
  public static FitResult fit(FitInput data, Set<MechanismId> enabled, Map<String, Double> base, long seed,
      PosteriorSettings posterior, boolean local) {
    Table tab = Table.of(data);
    boolean chronicle = false;
    for (java.util.List<org.strait.model.Shock> month : tab.shocks) {
      chronicle |= !month.isEmpty();
    }
    List<ParameterSpec> specs = FitSpace.fitted(enabled, chronicle);
    int n = specs.size();
    Objective objective = new Objective(tab, specs, enabled, base);
    double[] lo = objective.lo;
    double[] hi = objective.hi;
    double[] start = new double[n];
    double[] sigma = new double[n];
    for (int j = 0; j < n; j++) {
      Double given = base.get(specs.get(j).name());
      start[j] = objective.z(j, given == null ? specs.get(j).defaultValue() : given);
      sigma[j] = Math.min(0.5, (hi[j] - lo[j]) / 4);
    }
    org.strait.core.SeedSequence seeds = new org.strait.core.SeedSequence(seed);
    double[] z = (local ? polish(objective, new PointValuePair(start, objective.value(start)))
        : optimise(objective, start, sigma, seeds)).getPoint();
    boolean[] atBound = new boolean[n];
    for (int j = 0; j < n; j++) {
      atBound[j] = Math.min(z[j] - lo[j], hi[j] - z[j]) < 1e-4 * (hi[j] - lo[j]);
    }
    double[][] cov = Laplace.covariance(objective, z, atBound);
    double[] reach = new double[n];
    for (int j = 0; j < n; j++) {
      if (atBound[j]) {
        reach[j] = Laplace.reach(objective, z, j);
        cov[j][j] = (reach[j] / Laplace.Z95) * (reach[j] / Laplace.Z95);
      }
    }
    List<Estimate> estimates = new java.util.ArrayList<>();
    Sampling sampling = Sampling.laplace();
    PosteriorSample sample = PosteriorSample.empty();
    if (posterior.chains() > 0) {
      boolean[] log = new boolean[n];
      for (int j = 0; j < n; j++) {
        log[j] = Laplace.LOG_SCALE.contains(specs.get(j).name());
      }
      SmoothTarget target = new SmoothTarget(objective, log);
      Posterior.Draws draws = Posterior.sample(target, target.v(z), target.covariance(cov, z), posterior,
          seeds.seed(RESTARTS));
      sampling = draws.sampling();
      sample = PosteriorSample.thin(specs.stream().map(ParameterSpec::name).toList(), draws.values());
      for (int j = 0; j < n; j++) {
        estimates.add(posteriorEstimate(objective, j, objective.value(j, z[j]), atBound[j], draws.values()));
      }
    } else {
      for (int j = 0; j < n; j++) {
        estimates.add(Laplace.estimate(objective, j, z[j], atBound[j], cov[j][j], objective.scale(j) * reach[j]));
      }
    }
    Map<String, Double> values = objective.values(z);
    StateSpace.Filtered f = StateSpace.filter(new Theta(values, enabled), tab);
    return new FitResult(data.start(), data.end(), enabled, estimates, values, f.logLikIndex, f.logLikEvents,
        f.logLik() - penalty(objective, z), f.observations, objective.evaluations, seed, Version.current(), sampling,
        sample, FilteredLevel.of(data.end(), f));
  }

  /** The prior part of the objective at {@code z}: the objective minus the negative log-likelihood. */
  private static double penalty(Objective objective, double[] z) {
    return objective.penalty(z);
  }

  /**
   * CMA-ES from {@code start}, twice (the two runs in parallel, each on its own copy of the objective and its own
   * seed, so the result does not depend on the number of threads), the better end point polished by BOBYQA.
   */
  private static PointValuePair optimise(Objective objective, double[] start, double[] sigma,
      org.strait.core.SeedSequence seeds) {
    int n = start.length;
    double[] lo = objective.lo;
    double[] hi = objective.hi;
    Objective[] copies = new Objective[RESTARTS];
    PointValuePair[] found = java.util.stream.IntStream.range(0, RESTARTS).parallel().mapToObj(r -> {
      copies[r] = objective.copy();
      CMAESOptimizer cmaes = new CMAESOptimizer(3000, Double.NEGATIVE_INFINITY, true, 0, 0,
          new Well19937c(seeds.seed(r)), false,
          (iteration, previous, current) -> iteration > 50
              && Math.abs(previous.getValue() - current.getValue()) < 1e-9);
      return cmaes.optimize(new MaxEval(MAX_EVAL), new ObjectiveFunction(copies[r]::value),
          GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
          new CMAESOptimizer.PopulationSize(4 + (int) (3 * Math.log(n)) * 2));
    }).toArray(PointValuePair[]::new);
    PointValuePair best = null;
    for (int r = 0; r < RESTARTS; r++) {
      objective.evaluations += copies[r].evaluations;
      if (best == null || found[r].getValue() < best.getValue()) {
        best = found[r];
      }
    }
    return polish(objective, best);
  }

  /** Polishes {@code best} by BOBYQA within a small trust region; returns the better of the two. */
  private static PointValuePair polish(Objective objective, PointValuePair best) {
    int n = best.getPoint().length;
    double[] lo = objective.lo;
    double[] hi = objective.hi;
    if (n >= 2) {
      double radius = 0.05;
      for (int j = 0; j < n; j++) {
        radius = Math.min(radius, (hi[j] - lo[j]) / 3);
      }
      try {
        PointValuePair polished = new BOBYQAOptimizer(2 * n + 1, radius, 1e-7).optimize(new MaxEval(MAX_EVAL),
            new ObjectiveFunction(objective::value), GoalType.MINIMIZE, new InitialGuess(best.getPoint()),
            new SimpleBounds(lo, hi));
        if (polished.getValue() < best.getValue()) {
          best = polished;
        }
      } catch (org.hipparchus.exception.MathIllegalStateException e) {
        if (e.getSpecifier() != org.hipparchus.exception.LocalizedCoreFormats.MAX_COUNT_EXCEEDED) {
          throw e;
        }
        // the polish ran out of evaluations (the horseshoe's spike at zero can keep its trust region cycling): the
        // CMA-ES end point stands, and the sampler, started from it, explores the posterior as before
      }
    }
    return best;
  }

  /**
   * The posterior interval of parameter {@code j}: the equal-tailed 2.5%..97.5% quantiles of the draws; when the
   * mode lies at a bound of the range or outside those quantiles (a posterior piled against a bound), the one-sided
   * interval from the nearer bound to the 95% (or from the 5%) quantile. Both hold 95% of the posterior.
   */
  private static Estimate posteriorEstimate(Objective objective, int j, double mode, boolean atBound,
      double[][] draws) {
    ParameterSpec s = objective.spec(j);
    double[] x = new double[draws.length];
    double mean = 0;
    for (int i = 0; i < draws.length; i++) {
      x[i] = draws[i][j];
      mean += x[i];
    }
    mean /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / (x.length - 1));
    java.util.Arrays.sort(x);
    double l = Quantiles.ofSorted(x, 0.025);
    double u = Quantiles.ofSorted(x, 0.975);
    if (atBound || mode < l || mode > u) {
      boolean lower = mode - s.lower() < s.upper() - mode;
      l = lower ? s.lower() : Math.min(mode, Quantiles.ofSorted(x, 0.05));
      u = lower ? Math.max(mode, Quantiles.ofSorted(x, 0.95)) : s.upper();
    }
    return new Estimate(s.name(), mode, sd, l, u);
  }

}
