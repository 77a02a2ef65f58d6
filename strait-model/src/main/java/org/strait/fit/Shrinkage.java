package org.strait.fit;

import java.util.SplittableRandom;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.strait.core.numeric.Draws;
import org.strait.model.ParameterSpec;
import org.strait.model.Prior;

/*
 * The regularised horseshoe (J. Piironen and A. Vehtari, "Sparsity information and regularization in the horseshoe
 * and other shrinkage priors", Electronic Journal of Statistics 11, 2017) on each mechanism's key parameter β_j,
 * in units of the mechanism's plausible size s_j (its ParameterSpec's prior: √(mean² + sd²) for a normal prior,
 * the range over √12 for a uniform one):
 *
 *   β_j / s_j ~ N(0, τ² λ̃_j²),   λ̃_j² = c² λ_j² / (c² + τ² λ_j²),   λ_j ~ half-Cauchy(0, 1),
 *
 * with the slab c = 1 (an effect the data support is held to the size the seed suggests, no tighter) and the global
 * scale τ = p0 / (D - p0) = 0.2 for p0 = 2 of the D = 12 mechanisms expected to matter (Piironen and Vehtari's
 * τ0, in slab units). The local scales are integrated out: the marginal density of u = |β|/s,
 *
 *   p(u) = ∫ N(u | 0, τ² λ̃²) · 2 / (π (1 + λ²)) dλ,
 *
 * is tabulated once (Gauss-Legendre over t = log λ) on a log-spaced grid of u and interpolated linearly in log u;
 * its spike at 0 is cut at the grid's first point (u = 1e-4). The prior is centred on zero whatever sign a seed
 * predicts: the data, not the seeds, move an effect away from zero. A parameter whose range starts at zero gets the
 * half-horseshoe (the same density, truncated).
 */

/** The regularised-horseshoe prior on the mechanisms' key parameters: log density, prior sd and draws. */
public final class Shrinkage {
  /** The global scale τ, in units of each mechanism's plausible size. */
  public static final double TAU = 0.2;
  /** The slab width c, in the same units. */
  public static final double SLAB = 1.0;
  private static final double U_MIN = 1e-4;
  private static final double U_MAX = 30;
  private static final int GRID = 600;
  private static final double[] LOG_U = new double[GRID];
  private static final double[] LOG_P = new double[GRID];
  private static final double SD;

  static {
    IterativeLegendreGaussIntegrator gauss = new IterativeLegendreGaussIntegrator(16, 1e-10, 1e-12);
    double second = 0;
    double previousU = 0;
    double previousTerm = 0;
    for (int i = 0; i < GRID; i++) {
      LOG_U[i] = Math.log(U_MIN) + (Math.log(U_MAX) - Math.log(U_MIN)) * i / (GRID - 1);
      double u = Math.exp(LOG_U[i]);
      double p = 0;
      for (double a = -30; a < 12; a += 2) {
        p += gauss.integrate(1_000_000, t -> integrand(u, t), a, a + 2);
      }
      LOG_P[i] = Math.log(p);
      double term = u * u * p;
      second += (u - previousU) * (term + previousTerm) / 2;
      previousU = u;
      previousTerm = term;
    }
    SD = Math.sqrt(2 * second);
  }

  private Shrinkage() {}

  private static double integrand(double u, double t) {
    double lambda = Math.exp(t);
    double l2 = lambda * lambda;
    double v = TAU * TAU * SLAB * SLAB * l2 / (SLAB * SLAB + TAU * TAU * l2);
    double normal = Math.exp(-u * u / (2 * v)) / Math.sqrt(2 * Math.PI * v);
    return normal * 2 / (Math.PI * (1 + l2)) * lambda;
  }

  /** Returns the plausible size s of a key parameter: the unit its horseshoe is written in. */
  public static double size(ParameterSpec spec) {
    return spec.prior() instanceof Prior.Normal n ? Math.hypot(n.mean(), n.sd())
        : (spec.upper() - spec.lower()) / Math.sqrt(12);
  }

  /** Returns log p(β) up to a constant, for a key parameter of plausible size {@code size}. */
  public static double logDensity(double beta, double size) {
    double u = Math.abs(beta) / size;
    double lu = Math.log(Math.max(u, U_MIN));
    if (lu >= LOG_U[GRID - 1]) {
      return LOG_P[GRID - 1] - (u * u - U_MAX * U_MAX) / (2 * SLAB * SLAB);
    }
    double x = (lu - LOG_U[0]) / (LOG_U[1] - LOG_U[0]);
    int i = (int) x;
    double f = x - i;
    return LOG_P[i] + f * (LOG_P[i + 1] - LOG_P[i]);
  }

  /** Returns the prior's standard deviation, in units of the plausible size (symmetric prior, mean 0). */
  public static double sd() {
    return SD;
  }

  /** Draws β / size from the prior: λ from the half-Cauchy, then the normal. */
  public static double draw(SplittableRandom rng) {
    double lambda = Math.tan(Math.PI / 2 * rng.nextDouble());
    double l2 = lambda * lambda;
    double v = TAU * TAU * SLAB * SLAB * l2 / (SLAB * SLAB + TAU * TAU * l2);
    return Math.sqrt(v) * Draws.normal(rng);
  }
}
