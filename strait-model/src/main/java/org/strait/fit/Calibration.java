package org.strait.fit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.Well19937c;
import org.strait.core.Require;
import org.strait.core.Version;
import org.strait.model.MechanismId;
import org.strait.model.ParameterSpec;
import org.strait.model.Prior;

/*
 * Calibration by penalised maximum likelihood (the posterior mode):
 *
 *   θ̂ = argmin_θ  -log L_index(θ) - log L_events(θ) - Σ_j log p_j(θ_j)   over the parameters' ranges,
 *
 * with L_index the Kalman-filter likelihood of the index (StateSpace), L_events that of the chronicle's flares and
 * tests (Dynamics), and p_j the ParameterSpecs' priors (normal priors add (θ_j - m_j)² / 2 s_j², uniform ones
 * nothing inside the range). Parameters are searched in the scaled coordinates z_j = (θ_j - c_j) / s_j (c the
 * prior centre, s the prior sd, or a sixth of the range for a uniform prior), first by CMA-ES (N. Hansen, "The CMA
 * Evolution Strategy: A Tutorial", 2016; Hipparchus' implementation with a seeded Well19937c generator) and then
 * polished by BOBYQA; CMA-ES runs twice (seeds from one SeedSequence) and the better end point is polished,
 * since the split of variance between σ and the observation noise can trap one run. Polished by BOBYQA (M. J. D. Powell 2009).
 *
 * Intervals: Laplace's approximation. The Hessian of the objective at θ̂ by central differences in z (steps at most
 * half the distance to a bound), inverted through its eigen-decomposition with eigenvalues floored at 1e-8; 95%
 * interval θ̂_j ± 1.96 s_j √(H⁻¹)_jj clipped to the range, except for the positive scale parameters (σ, the
 * observation noise, κ), whose likelihood is skewed: their interval is θ̂·exp(±1.96 sd/θ̂), the same Laplace sd
 * carried to log θ by the delta method; a variance wider than the whole range is reported as an
 * infinite sd (neither data nor prior bound the parameter). A parameter at a bound of its range (within 1e-4 of
 * the range) is left out of the Hessian; its interval is one-sided, from the bound to the point where the
 * objective, moving that parameter alone, has risen by 1.92 (half the 95% quantile of χ²₁, a likelihood-ratio
 * bound), and its reported sd is that reach over 1.96. When the chronicle of the window holds no dated
 * shock, the point-process rates are not fitted (FitSpace.fitted). At a bound the interval is one-sided in effect and
 * the normal approximation is rough; docs/fit.md says so.
 */

/** Fits the model to a {@link FitInput}: estimates, Laplace intervals, likelihoods. */
public final class Calibration {
  private static final double Z95 = 1.959963984540054;
  private static final int MAX_EVAL = 40_000;
  private static final int RESTARTS = 2;
  private static final double HALF_CHI2_95 = 1.920729410347062;
  /** Positive scale parameters whose Laplace interval is taken on the log scale. */
  private static final java.util.Set<String> LOG_SCALE = java.util.Set.of(org.strait.model.CoreParameters.NOISE,
      FitSpace.OBSERVATION_NOISE.name(), org.strait.model.CoreParameters.REVERSION);

  private Calibration() {}

  /**
   * Fits the parameters of the mechanisms in {@code enabled} (and the dynamics') to every visible month of {@code
   * data}, starting from {@code base} values (e.g. {@link FitSpace#defaults()}, or an earlier fit's values for a
   * warm start); parameters not fitted keep their {@code base} values. Give it {@code data.until(end)}
   * to fit a training window: it reads no month after the view's end.
   */
  public static FitResult fit(FitInput data, Set<MechanismId> enabled, Map<String, Double> base, long seed) {
    Table tab = Table.of(data);
    boolean chronicle = false;
    for (java.util.List<org.strait.model.Shock> month : tab.shocks) {
      chronicle |= !month.isEmpty();
    }
    List<ParameterSpec> specs = FitSpace.fitted(enabled, chronicle);
    int n = specs.size();
    double[] centre = new double[n];
    double[] scale = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    double[] start = new double[n];
    for (int j = 0; j < n; j++) {
      ParameterSpec s = specs.get(j);
      centre[j] = s.prior().centre();
      scale[j] = s.prior() instanceof Prior.Normal p ? Math.min(p.sd(), (s.upper() - s.lower()) / 4)
          : (s.upper() - s.lower()) / 6;
      lo[j] = (s.lower() - centre[j]) / scale[j];
      hi[j] = (s.upper() - centre[j]) / scale[j];
      Double given = base.get(s.name());
      start[j] = Math.max(lo[j], Math.min(hi[j], ((given == null ? s.defaultValue() : given) - centre[j]) / scale[j]));
    }
    Objective objective = new Objective(tab, specs, enabled, base, centre, scale);
    double[] sigma = new double[n];
    for (int j = 0; j < n; j++) {
      sigma[j] = Math.min(0.5, (hi[j] - lo[j]) / 4);
    }
    PointValuePair best = null;
    org.strait.core.SeedSequence seeds = new org.strait.core.SeedSequence(seed);
    for (int r = 0; r < RESTARTS; r++) {
      CMAESOptimizer cmaes = new CMAESOptimizer(3000, Double.NEGATIVE_INFINITY, true, 0, 0,
          new Well19937c(seeds.seed(r)), false,
          (iteration, previous, current) -> iteration > 50
              && Math.abs(previous.getValue() - current.getValue()) < 1e-9);
      PointValuePair found = cmaes.optimize(new MaxEval(MAX_EVAL), new ObjectiveFunction(objective::value),
          GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
          new CMAESOptimizer.PopulationSize(4 + (int) (3 * Math.log(n)) * 2));
      if (best == null || found.getValue() < best.getValue()) {
        best = found;
      }
    }
    if (n >= 2) {
      double radius = 0.05;
      for (int j = 0; j < n; j++) {
        radius = Math.min(radius, (hi[j] - lo[j]) / 3);
      }
      PointValuePair polished = new BOBYQAOptimizer(2 * n + 1, radius, 1e-7).optimize(new MaxEval(MAX_EVAL),
          new ObjectiveFunction(objective::value), GoalType.MINIMIZE, new InitialGuess(best.getPoint()),
          new SimpleBounds(lo, hi));
      if (polished.getValue() < best.getValue()) {
        best = polished;
      }
    }
    double[] z = best.getPoint();
    boolean[] atBound = new boolean[n];
    for (int j = 0; j < n; j++) {
      atBound[j] = Math.min(z[j] - lo[j], hi[j] - z[j]) < 1e-4 * (hi[j] - lo[j]);
    }
    double[][] cov = laplace(objective, z, atBound, lo, hi);
    List<Estimate> estimates = new java.util.ArrayList<>();
    for (int j = 0; j < n; j++) {
      ParameterSpec s = specs.get(j);
      double v = objective.value(j, z[j]);
      if (atBound[j]) {
        double reach = scale[j] * oneSided(objective, z, j, lo[j], hi[j]);
        boolean lower = z[j] - lo[j] < hi[j] - z[j];
        estimates.add(new Estimate(s.name(), v, reach / Z95, lower ? v : Math.max(s.lower(), v - reach),
            lower ? Math.min(s.upper(), v + reach) : v));
        continue;
      }
      double range = (s.upper() - s.lower()) / scale[j];
      double sd = cov[j][j] > range * range ? Double.POSITIVE_INFINITY : scale[j] * Math.sqrt(cov[j][j]);
      double l = Math.max(s.lower(), v - Z95 * sd);
      double u = Math.min(s.upper(), v + Z95 * sd);
      if (LOG_SCALE.contains(s.name()) && v > 0 && Double.isFinite(sd)) {
        double f = Math.exp(Z95 * sd / v);
        l = Math.max(s.lower(), v / f);
        u = Math.min(s.upper(), v * f);
      }
      estimates.add(new Estimate(s.name(), v, sd, Math.min(l, v), Math.max(u, v)));
    }
    Map<String, Double> values = objective.values(z);
    StateSpace.Filtered f = StateSpace.filter(new Theta(values, enabled), tab);
    return new FitResult(data.start(), data.end(), enabled, estimates, values, f.logLikIndex, f.logLikEvents,
        -best.getValue(), f.observations, objective.evaluations, seed, Version.current());
  }

  /**
   * Returns the Laplace covariance in z of the parameters not at a bound (rows and columns of those at a bound are
   * zero), by central differences with steps kept inside the range.
   */
  private static double[][] laplace(Objective objective, double[] z, boolean[] atBound, double[] lo, double[] hi) {
    int n = z.length;
    int[] free = java.util.stream.IntStream.range(0, n).filter(j -> !atBound[j]).toArray();
    int m = free.length;
    double[] h = new double[n];
    for (int j = 0; j < n; j++) {
      h[j] = Math.max(1e-6, Math.min(0.02, 0.5 * Math.min(z[j] - lo[j], hi[j] - z[j])));
    }
    double f0 = objective.value(z);
    double[][] hess = new double[m][m];
    double[] x = z.clone();
    for (int a = 0; a < m; a++) {
      int i = free[a];
      x[i] = z[i] + h[i];
      double fp = objective.value(x);
      x[i] = z[i] - h[i];
      double fm = objective.value(x);
      x[i] = z[i];
      hess[a][a] = (fp - 2 * f0 + fm) / (h[i] * h[i]);
      for (int b = 0; b < a; b++) {
        int j = free[b];
        double s = 0;
        for (int si = -1; si <= 1; si += 2) {
          for (int sj = -1; sj <= 1; sj += 2) {
            x[i] = z[i] + si * h[i];
            x[j] = z[j] + sj * h[j];
            s += si * sj * objective.value(x);
          }
        }
        x[i] = z[i];
        x[j] = z[j];
        hess[a][b] = s / (4 * h[i] * h[j]);
        hess[b][a] = hess[a][b];
      }
    }
    double[][] cov = new double[n][n];
    if (m == 0) {
      return cov;
    }
    EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(hess, false));
    double[] ev = eig.getEigenvalues();
    RealMatrix v = eig.getV();
    for (int k = 0; k < m; k++) {
      double inv = 1 / Math.max(ev[k], 1e-8);
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          cov[free[a]][free[b]] += v.getEntry(a, k) * inv * v.getEntry(b, k);
        }
      }
    }
    return cov;
  }

  /**
   * Returns how far parameter {@code j}, at a bound, can move into its range (holding the others) before the
   * objective rises by {@value #HALF_CHI2_95} (half the 95% quantile of χ²₁), in z units; bisection.
   */
  private static double oneSided(Objective objective, double[] z, int j, double lo, double hi) {
    double f0 = objective.value(z);
    double dir = z[j] - lo < hi - z[j] ? 1 : -1;
    double room = dir > 0 ? hi - z[j] : z[j] - lo;
    double[] x = z.clone();
    x[j] = z[j] + dir * room;
    if (objective.value(x) - f0 < HALF_CHI2_95) {
      return room;
    }
    double a = 0;
    double b = room;
    for (int k = 0; k < 40; k++) {
      double mid = (a + b) / 2;
      x[j] = z[j] + dir * mid;
      if (objective.value(x) - f0 < HALF_CHI2_95) {
        a = mid;
      } else {
        b = mid;
      }
    }
    return (a + b) / 2;
  }

  /** The negative log posterior in scaled coordinates. */
  private static final class Objective {
    private final Table tab;
    private final List<ParameterSpec> specs;
    private final Set<MechanismId> enabled;
    private final Map<String, Double> base;
    private final double[] centre;
    private final double[] scale;
    private final Theta baseTheta;
    int evaluations;

    Objective(Table tab, List<ParameterSpec> specs, Set<MechanismId> enabled, Map<String, Double> base,
        double[] centre, double[] scale) {
      this.tab = tab;
      this.specs = specs;
      this.enabled = enabled;
      this.base = base;
      this.centre = centre;
      this.scale = scale;
      Require.argument(base.keySet().containsAll(FitSpace.defaults().keySet()),
          "base values must name every parameter of the catalogue and the observation noise");
      this.baseTheta = new Theta(base, enabled);
    }

    double value(int j, double zj) {
      ParameterSpec s = specs.get(j);
      return Math.max(s.lower(), Math.min(s.upper(), centre[j] + scale[j] * zj));
    }

    Theta theta(double[] z) {
      Theta t = baseTheta.copy();
      for (int j = 0; j < z.length; j++) {
        t.set(specs.get(j).name(), value(j, z[j]));
      }
      return t;
    }

    Map<String, Double> values(double[] z) {
      Map<String, Double> v = new HashMap<>(base);
      for (int j = 0; j < z.length; j++) {
        ParameterSpec s = specs.get(j);
        v.put(s.name(), Math.max(s.lower(), Math.min(s.upper(), centre[j] + scale[j] * z[j])));
      }
      return v;
    }

    double value(double[] z) {
      evaluations++;
      double penalty = 0;
      for (int j = 0; j < z.length; j++) {
        ParameterSpec s = specs.get(j);
        if (s.prior() instanceof Prior.Normal p) {
          double d = (value(j, z[j]) - p.mean()) / p.sd();
          penalty += 0.5 * d * d;
        }
      }
      double ll = StateSpace.filter(theta(z), tab).logLik();
      return Double.isFinite(ll) ? penalty - ll : 1e12;
    }
  }
}
