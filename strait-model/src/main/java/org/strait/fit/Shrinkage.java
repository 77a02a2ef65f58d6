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
 *
 * The sampler's coordinate (Score): v = logit(F(β)) = log F(β) - log(1 - F(β)), F the CDF of this prior (the
 * tabulated density exactly: linear in log u between grid points is a power of u on each segment, integrated in
 * closed form) truncated to the parameter's range. The prior of v is the standard logistic on the whole line
 * (density e^-|v| / (1 + e^-|v|)², sd π/√3), so the spike at 0 and the edge at 0 of a half-horseshoe become a smooth
 * stretch of a bell; the Jacobian is dβ/dv = g(v) / p(β), g that density, so minus the log density of v is minus the
 * log-likelihood minus log g(v) (Score.logJacobian). The logistic rather than the normal: its CDF and inverse are
 * closed forms, exact in both tails when F and 1 - F are computed from cumulative tables from either end, and cheap
 * enough to evaluate at every step. Every range must lie within U_MAX = 30 plausible sizes of zero (it does: the
 * widest, M6.beta's, reaches 21).
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
  /** Per grid point i: the log-log slope of the density on segment [i, i + 1]. */
  private static final double[] SLOPE = new double[GRID];
  /** Per grid point i: the prior mass (unnormalised) from 0 to u_i. */
  private static final double[] BELOW = new double[GRID];
  /** Per grid point i: the prior mass (unnormalised) from u_i to U_MAX. */
  private static final double[] ABOVE = new double[GRID];

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
    BELOW[0] = U_MIN * Math.exp(LOG_P[0]);
    for (int i = 0; i + 1 < GRID; i++) {
      SLOPE[i] = (LOG_P[i + 1] - LOG_P[i]) / (LOG_U[i + 1] - LOG_U[i]);
      BELOW[i + 1] = BELOW[i] + segment(i, Math.exp(LOG_U[i + 1]));
    }
    for (int i = GRID - 2; i >= 0; i--) {
      ABOVE[i] = ABOVE[i + 1] + segment(i, Math.exp(LOG_U[i + 1]));
    }
  }

  /** Returns the tabulated density's integral from u_i to {@code u} (within segment i), in closed form. */
  private static double segment(int i, double u) {
    double ui = Math.exp(LOG_U[i]);
    double pu = Math.exp(LOG_P[i]) * ui;
    double e = SLOPE[i] + 1;
    double log = Math.log(u / ui);
    return Math.abs(e) < 1e-12 ? pu * log : pu / e * Math.expm1(e * log);
  }

  /** Returns the u within segment i at which the integral from u_i reaches {@code mass}. */
  private static double segmentInverse(int i, double mass) {
    double ui = Math.exp(LOG_U[i]);
    double pu = Math.exp(LOG_P[i]) * ui;
    double e = SLOPE[i] + 1;
    return ui * Math.exp(Math.abs(e) < 1e-12 ? mass / pu : Math.log1p(mass * e / pu) / e);
  }

  /** Returns the index i with u_i at most {@code u} (u at least U_MIN, at most U_MAX), the last segment's at most. */
  private static int segmentOf(double u) {
    int i = (int) ((Math.log(u) - LOG_U[0]) / (LOG_U[1] - LOG_U[0]));
    return Math.max(0, Math.min(GRID - 2, i));
  }

  /** Returns the prior mass (unnormalised) from 0 to {@code u}. */
  private static double below(double u) {
    if (u <= U_MIN) {
      return u * Math.exp(LOG_P[0]);
    }
    int i = segmentOf(u);
    return BELOW[i] + segment(i, u);
  }

  /** Returns the prior mass (unnormalised) from {@code u} to U_MAX. */
  private static double above(double u) {
    if (u <= U_MIN) {
      return ABOVE[0] + (U_MIN - u) * Math.exp(LOG_P[0]);
    }
    int i = segmentOf(u);
    return ABOVE[i] - segment(i, u);
  }

  /** Returns the u with {@code below(u) = mass}. */
  private static double fromBelow(double mass) {
    if (mass <= BELOW[0]) {
      return mass / Math.exp(LOG_P[0]);
    }
    int lo = 0;
    int hi = GRID - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (BELOW[mid] <= mass) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return Math.min(U_MAX, segmentInverse(lo, mass - BELOW[lo]));
  }

  /** Returns the u with {@code above(u) = mass}. */
  private static double fromAbove(double mass) {
    if (mass >= ABOVE[0]) {
      return Math.max(0, U_MIN - (mass - ABOVE[0]) / Math.exp(LOG_P[0]));
    }
    int lo = 0;
    int hi = GRID - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (ABOVE[mid] >= mass) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return Math.min(U_MAX, segmentInverse(lo, ABOVE[lo] - mass));
  }

  /** Returns the prior mass (unnormalised, in units of u) between {@code a} and {@code b >= a}, in β. */
  private static double mass(double a, double b, double size) {
    if (a >= b) {
      return 0;
    }
    if (b <= 0) {
      return mass(-b, -a, size);
    }
    if (a < 0) {
      return below(-a / size) + below(b / size);
    }
    double ua = a / size;
    double ub = b / size;
    return below(ua) < ABOVE[0] / 2 ? below(ub) - below(ua) : above(ua) - above(ub);
  }

  /**
   * Returns the β in [lo, hi] with {@code mass(lo, β) = m} (0 ≤ m ≤ mass(lo, hi)), for a range with lo at most 0.
   */
  private static double fromLower(double m, double lo, double size) {
    if (lo >= 0) {
      return size * fromBelow(below(lo / size) + m);
    }
    double negative = below(-lo / size);
    if (m < negative) {
      double left = negative - m;
      return -size * (left < ABOVE[0] / 2 ? fromBelow(left) : fromAbove(m + above(-lo / size)));
    }
    return size * fromBelow(m - negative);
  }

  /**
   * The map between a key parameter β on its range and its score v = logit(F(β)), F the horseshoe's CDF truncated
   * to the range.
   *
   * @param lower the range's lower end (at most 0)
   * @param upper the range's upper end (at least 0)
   * @param size the parameter's plausible size
   * @param total the prior's mass (unnormalised) on the range
   */
  public record Score(double lower, double upper, double size, double total) {
    /** Checks that the range holds 0 and lies within the table. */
    public Score {
      if (!(lower <= 0 && upper > lower && upper >= 0 && Math.max(-lower, upper) <= U_MAX * size)) {
        throw new IllegalArgumentException("a key parameter's range must hold 0 and lie within " + U_MAX
            + " plausible sizes of it, was [" + lower + ", " + upper + "] for size " + size);
      }
    }

    /** Returns the map of a key parameter with range {@code [lower, upper]} and plausible size {@code size}. */
    public static Score of(double lower, double upper, double size) {
      return new Score(lower, upper, size, mass(lower, upper, size));
    }

    /** Returns the score of {@code beta} (clipped to the range): minus infinity at a lower end of 0. */
    public double score(double beta) {
      double b = Math.max(lower, Math.min(upper, beta));
      return Math.log(mass(lower, b, size)) - Math.log(mass(b, upper, size));
    }

    /** Returns the β whose score is {@code v}. */
    public double value(double v) {
      double beta = v <= 0 ? fromLower(total / (1 + Math.exp(-v)), lower, size)
          : -fromLower(total / (1 + Math.exp(v)), -upper, size);
      return Math.max(lower, Math.min(upper, beta));
    }

    /** Returns log |dβ/dv| at score {@code v} and its {@code beta}, up to a constant: log g(v) - log p(β). */
    public double logJacobian(double v, double beta) {
      double a = Math.abs(v);
      return -a - 2 * Math.log1p(Math.exp(-a)) - logDensity(beta, size);
    }
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
