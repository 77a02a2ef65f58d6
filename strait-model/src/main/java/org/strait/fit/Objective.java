package org.strait.fit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strait.core.Require;
import org.strait.model.MechanismId;
import org.strait.model.ParameterSpec;
import org.strait.model.Prior;

/**
 * The negative log posterior of the fitted parameters, in the scaled coordinates {@code z_j = (θ_j - c_j) / s_j}
 * that {@link Calibration} searches and {@link Posterior} samples: {@code -log L_index - log L_events} plus
 * {@code (θ_j - m_j)² / 2 s_j²} for every normal prior, and {@code -log p(θ_j)} of the regularised horseshoe
 * ({@link Shrinkage}) for every mechanism's key parameter instead of its spec's prior. Not thread-safe (it counts its evaluations): give each
 * thread its own {@link #copy()}.
 */
final class Objective extends BoxedTarget {
  private final Table tab;
  private final List<ParameterSpec> specs;
  private final Map<String, Double> base;
  private final double[] centre;
  private final double[] scale;
  private final Theta baseTheta;
  private final double[] shrinkSize;
  int evaluations;

  Objective(Table tab, List<ParameterSpec> specs, Set<MechanismId> enabled, Map<String, Double> base) {
    super(new double[specs.size()], new double[specs.size()]);
    Require.argument(base.keySet().containsAll(FitSpace.defaults().keySet()),
        "base values must name every parameter of the catalogue and the observation noise");
    this.tab = tab;
    this.specs = specs;
    this.base = base;
    int n = specs.size();
    this.centre = new double[n];
    this.scale = new double[n];
    this.shrinkSize = new double[n];
    for (int j = 0; j < n; j++) {
      ParameterSpec s = specs.get(j);
      shrinkSize[j] = FitSpace.isKey(s.name()) ? Shrinkage.size(s) : 0;
      centre[j] = s.prior().centre();
      scale[j] = s.prior() instanceof Prior.Normal p ? Math.min(p.sd(), (s.upper() - s.lower()) / 4)
          : (s.upper() - s.lower()) / 6;
      lo[j] = (s.lower() - centre[j]) / scale[j];
      hi[j] = (s.upper() - centre[j]) / scale[j];
    }
    this.baseTheta = new Theta(base, enabled);
  }

  private Objective(Objective o) {
    super(o.lo, o.hi);
    this.tab = o.tab;
    this.specs = o.specs;
    this.base = o.base;
    this.centre = o.centre;
    this.scale = o.scale;
    this.baseTheta = o.baseTheta;
    this.shrinkSize = o.shrinkSize;
  }

  /** Returns an objective over the same data and parameters with its own evaluation count. */
  @Override
  public Objective copy() {
    return new Objective(this);
  }

  @Override
  public String name(int j) {
    return specs.get(j).name();
  }

  ParameterSpec spec(int j) {
    return specs.get(j);
  }

  /** Returns parameter {@code j}'s scale: one unit of z in the parameter's own units. */
  double scale(int j) {
    return scale[j];
  }

  /** Returns the z of value {@code v} of parameter {@code j}, kept within the range. */
  double z(int j, double v) {
    return Math.max(lo[j], Math.min(hi[j], (v - centre[j]) / scale[j]));
  }

  /** Returns parameter {@code j}'s value at {@code zj}, kept within its range. */
  @Override
  public double value(int j, double zj) {
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
      v.put(specs.get(j).name(), value(j, z[j]));
    }
    return v;
  }

  /** Returns the negative log posterior at {@code z} (1e12 where the likelihood is not finite). */
  @Override
  public double value(double[] z) {
    evaluations++;
    double ll = StateSpace.filter(theta(z), tab).logLik();
    return Double.isFinite(ll) ? penalty(z) - ll : 1e12;
  }

  /** Returns the negative log prior at {@code z}, up to a constant: the objective minus the negative log-likelihood. */
  double penalty(double[] z) {
    double penalty = 0;
    for (int j = 0; j < z.length; j++) {
      if (shrinkSize[j] > 0) {
        penalty -= Shrinkage.logDensity(value(j, z[j]), shrinkSize[j]);
      } else if (specs.get(j).prior() instanceof Prior.Normal p) {
        double d = (value(j, z[j]) - p.mean()) / p.sd();
        penalty += 0.5 * d * d;
      }
    }
    return penalty;
  }
}
