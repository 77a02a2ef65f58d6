package org.strait.fit;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.strait.model.ParameterSpec;

/*
 * Laplace's approximation of the posterior at its mode θ̂ (in the scaled coordinates z of the Objective): the
 * Hessian H of the negative log posterior by central differences (steps at most half the distance to a bound),
 * inverted through its eigen-decomposition with eigenvalues floored at 1e-8. 95% interval θ̂_j ± 1.96 s_j √(H⁻¹)_jj
 * clipped to the range, except for the positive scale parameters (σ, the observation noise, κ): θ̂·exp(±1.96 sd/θ̂),
 * the sd carried to log θ by the delta method; a variance wider than the whole range is reported as an infinite sd.
 * A parameter at a bound of its range is left out of the Hessian; its interval runs from the bound to the point
 * where the objective, moving that parameter alone, has risen by 1.92 (half the 95% quantile of χ²₁, a
 * likelihood-ratio bound), and its sd is that reach over 1.96.
 */

/** Laplace's approximation at the posterior mode: the sampler's starting proposal, and intervals without sampling. */
final class Laplace {
  static final double Z95 = 1.959963984540054;
  private static final double HALF_CHI2_95 = 1.920729410347062;
  /** Positive scale parameters whose interval is taken on the log scale (and which the sampler walks in log). */
  static final java.util.Set<String> LOG_SCALE = java.util.Set.of(org.strait.model.CoreParameters.NOISE,
      FitSpace.OBSERVATION_NOISE.name(), org.strait.model.CoreParameters.REVERSION);

  private Laplace() {}

  /** The Laplace interval of parameter {@code j} (the reach, in the parameter's units, of one at a bound). */
  static Estimate estimate(Objective objective, int j, double zj, boolean atBound, double variance,
      double reach) {
    ParameterSpec s = objective.spec(j);
    double v = objective.value(j, zj);
    if (atBound) {
      boolean lower = zj - objective.lo[j] < objective.hi[j] - zj;
      return new Estimate(s.name(), v, reach / Z95, lower ? v : Math.max(s.lower(), v - reach),
          lower ? Math.min(s.upper(), v + reach) : v);
    }
    double range = (s.upper() - s.lower()) / objective.scale(j);
    double sd = variance > range * range ? Double.POSITIVE_INFINITY : objective.scale(j) * Math.sqrt(variance);
    double l = Math.max(s.lower(), v - Z95 * sd);
    double u = Math.min(s.upper(), v + Z95 * sd);
    if (LOG_SCALE.contains(s.name()) && v > 0 && Double.isFinite(sd)) {
      double f = Math.exp(Z95 * sd / v);
      l = Math.max(s.lower(), v / f);
      u = Math.min(s.upper(), v * f);
    }
    return new Estimate(s.name(), v, sd, Math.min(l, v), Math.max(u, v));
  }

  /**
   * Returns the Laplace covariance in z of the parameters not at a bound (rows and columns of those at a bound are
   * zero), by central differences with steps kept inside the range.
   */
  static double[][] covariance(Objective objective, double[] z, boolean[] atBound) {
    double[] lo = objective.lo;
    double[] hi = objective.hi;
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
  static double reach(Objective objective, double[] z, int j) {
    double lo = objective.lo[j];
    double hi = objective.hi[j];
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
}
