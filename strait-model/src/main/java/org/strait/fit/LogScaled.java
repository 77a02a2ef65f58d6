package org.strait.fit;

/**
 * The objective seen by the sampler, with the positive scale parameters (σ, the observation noise, κ) on a log
 * scale: {@code w_j = log θ_j} for those, {@code w_j = z_j} for the others. The density of w is that of θ times the
 * Jacobian {@code θ_j = exp(w_j)}, so minus its log is the objective minus {@code Σ w_j}. On the log scale the funnel
 * that opens as σ approaches zero (the latent state becomes deterministic and every other parameter sharply
 * determined) is a straight slope that a random walk can climb; on the natural scale the chains stick in its neck.
 * Scale parameters are kept at or above 1e-6.
 */
final class LogScaled extends BoxedTarget {
  private static final double FLOOR = 1e-6;
  private final Objective objective;
  private final boolean[] log;

  LogScaled(Objective objective, boolean[] log) {
    super(new double[log.length], new double[log.length]);
    this.objective = objective;
    this.log = log.clone();
    int n = log.length;
    for (int j = 0; j < n; j++) {
      lo[j] = log[j] ? Math.log(Math.max(FLOOR, objective.spec(j).lower())) : objective.lo[j];
      hi[j] = log[j] ? Math.log(objective.spec(j).upper()) : objective.hi[j];
    }
  }

  /** Returns the point in w of {@code z}. */
  double[] w(double[] z) {
    double[] w = z.clone();
    for (int j = 0; j < w.length; j++) {
      if (log[j]) {
        w[j] = Math.max(lo[j], Math.log(objective.value(j, z[j])));
      }
    }
    return w;
  }

  /** Carries a covariance in z to w at {@code z} by the delta method ({@code dw = dz·scale/θ}). */
  double[][] covariance(double[][] covZ, double[] z) {
    int n = z.length;
    double[] d = new double[n];
    for (int j = 0; j < n; j++) {
      d[j] = log[j] ? objective.scale(j) / Math.max(FLOOR, objective.value(j, z[j])) : 1;
    }
    double[][] out = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        out[a][b] = covZ[a][b] * d[a] * d[b];
      }
    }
    return out;
  }

  private double[] z(double[] w) {
    double[] z = w.clone();
    for (int j = 0; j < z.length; j++) {
      if (log[j]) {
        z[j] = objective.z(j, Math.exp(w[j]));
      }
    }
    return z;
  }

  @Override
  public double value(double[] w) {
    double jacobian = 0;
    for (int j = 0; j < w.length; j++) {
      jacobian += log[j] ? w[j] : 0;
    }
    return objective.value(z(w)) - jacobian;
  }

  @Override
  public double value(int j, double wj) {
    return log[j] ? Math.exp(wj) : objective.value(j, wj);
  }

  @Override
  public String name(int j) {
    return objective.name(j);
  }

  @Override
  public LogScaled copy() {
    return new LogScaled(objective.copy(), log);
  }
}
