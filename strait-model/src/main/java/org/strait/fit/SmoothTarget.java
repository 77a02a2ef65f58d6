package org.strait.fit;

import org.strait.model.ParameterSpec;
import org.strait.model.Prior;

/*
 * The posterior in the coordinates the sampler walks in (bench/README.md, issue 20 part 7, has the diagnosis):
 *
 * - a mechanism's key parameter β: its score v = logit(F(β)), F the regularised horseshoe's CDF truncated to the
 *   range (Shrinkage.Score). The prior of v is the standard logistic on the whole line: the spike at 0, and the edge
 *   at 0 that a half-horseshoe's mass piles against, become a smooth stretch of a bell. Minus the log density of v is
 *   the objective plus log p(β) - log g(v), g the logistic density (the horseshoe's term cancels);
 * - a rate whose range starts at 0 with a uniform prior (the chronicle's point processes): v = log θ, on
 *   (-∞, log upper], no floor; minus the log density of v is the objective minus v. An edge at 0 becomes an
 *   exponential tail;
 * - every other parameter as LogScaled has it (σ, the observation noise and κ on the log scale, the rest in z).
 *
 * Each map is monotone and its log-Jacobian is added, so the posterior of the parameters is unchanged: only the
 * walk's geometry is. Outside the transformed coordinates the box is LogScaled's.
 */

/** The objective in the sampler's coordinates: key parameters as scores of their prior, zero-based rates on the log scale. */
final class SmoothTarget extends BoxedTarget {
  /** The largest proposal sd given to a transformed coordinate at the start (a score's prior sd is π/√3 = 1.8). */
  private static final double MAX_SD = 2;
  /** The smallest one. */
  private static final double MIN_SD = 0.05;
  /** A start point's scores are kept within this many units of 0 (a mode at a half-horseshoe's 0 is -∞). */
  private static final double START = 8;
  private static final int PLAIN = 0;
  private static final int KEY = 1;
  private static final int RATE = 2;
  private final LogScaled inner;
  private final Objective objective;
  private final int[] kind;
  private final Shrinkage.Score[] score;

  SmoothTarget(Objective objective, boolean[] log) {
    this(new LogScaled(objective, log), objective);
  }

  private SmoothTarget(LogScaled inner, Objective objective) {
    super(inner.lo.clone(), inner.hi.clone());
    this.inner = inner;
    this.objective = objective;
    int n = lo.length;
    kind = new int[n];
    score = new Shrinkage.Score[n];
    for (int j = 0; j < n; j++) {
      ParameterSpec s = objective.spec(j);
      if (FitSpace.isKey(s.name())) {
        kind[j] = KEY;
        score[j] = Shrinkage.Score.of(s.lower(), s.upper(), Shrinkage.size(s));
        lo[j] = Double.NEGATIVE_INFINITY;
        hi[j] = Double.POSITIVE_INFINITY;
      } else if (s.lower() == 0 && s.prior() instanceof Prior.Uniform && inner.lo[j] == objective.lo[j]
          && inner.hi[j] == objective.hi[j]) {
        kind[j] = RATE;
        lo[j] = Double.NEGATIVE_INFINITY;
        hi[j] = Math.log(s.upper());
      }
    }
  }

  private SmoothTarget(SmoothTarget t) {
    super(t.lo, t.hi);
    this.inner = t.inner.copy();
    this.objective = t.objective;
    this.kind = t.kind;
    this.score = t.score;
  }

  /** Returns the point in v of {@code z} (the objective's coordinates), scores kept within ±{@value #START}. */
  double[] v(double[] z) {
    double[] v = inner.w(z);
    for (int j = 0; j < v.length; j++) {
      double theta = objective.value(j, z[j]);
      if (kind[j] == KEY) {
        v[j] = Math.max(-START, Math.min(START, score[j].score(theta)));
      } else if (kind[j] == RATE) {
        v[j] = Math.max(hi[j] - 30, Math.log(Math.max(theta, Double.MIN_NORMAL)));
      }
    }
    return v;
  }

  /**
   * Carries a covariance in z to v at {@code z}: a transformed coordinate's sd is half the distance in v between
   * the points one sd (in the parameter's units) either side of it, clipped to the range and kept between {@value
   * #MIN_SD} and {@value #MAX_SD} (a secant, where the delta method's derivative is infinite at a spike or an edge);
   * the correlations are kept. A start for the adaptation, not part of the target.
   */
  double[][] covariance(double[][] covZ, double[] z) {
    double[][] cov = inner.covariance(covZ, z);
    int n = z.length;
    double[] sd = new double[n];
    double[] kept = new double[n];
    for (int j = 0; j < n; j++) {
      sd[j] = Math.sqrt(Math.max(cov[j][j], 0));
      kept[j] = sd[j];
      if (kind[j] != PLAIN) {
        double[] up = z.clone();
        double[] down = z.clone();
        up[j] = objective.z(j, objective.value(j, z[j]) + sd[j] * objective.scale(j));
        down[j] = objective.z(j, objective.value(j, z[j]) - sd[j] * objective.scale(j));
        double spread = Math.abs(v(up)[j] - v(down)[j]) / 2;
        kept[j] = Math.max(MIN_SD, Math.min(MAX_SD, Double.isFinite(spread) ? spread : MAX_SD));
      }
    }
    return Posterior.withSds(cov, sd, kept);
  }

  /** Returns minus the log density of v: the objective at the parameters' values less the log-Jacobians. */
  @Override
  public double value(double[] v) {
    double[] w = v.clone();
    double jacobian = 0;
    for (int j = 0; j < v.length; j++) {
      if (kind[j] != PLAIN) {
        double theta = value(j, v[j]);
        w[j] = objective.z(j, theta);
        jacobian += kind[j] == KEY ? score[j].logJacobian(v[j], theta) : v[j];
      }
    }
    return inner.value(w) - jacobian;
  }

  @Override
  public double value(int j, double vj) {
    ParameterSpec s = objective.spec(j);
    return switch (kind[j]) {
      case KEY -> score[j].value(vj);
      case RATE -> Math.min(s.upper(), Math.exp(vj));
      default -> inner.value(j, vj);
    };
  }

  @Override
  public String name(int j) {
    return objective.name(j);
  }

  @Override
  public SmoothTarget copy() {
    return new SmoothTarget(this);
  }
}
