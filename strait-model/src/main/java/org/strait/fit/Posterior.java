package org.strait.fit;

import static org.strait.core.numeric.Draws.normal;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.strait.core.SeedSequence;
import org.strait.core.numeric.Replicates;

/*
 * Posterior draws by adaptive random-walk Metropolis (H. Haario, E. Saksman and J. Tamminen, "An adaptive
 * Metropolis algorithm", Bernoulli 7, 2001), in the scaled coordinates z of the Objective.
 *
 * Target: exp(-objective(z)) on the box of the parameters' ranges (a proposal outside the box is rejected: the
 * posterior is the prior truncated to the range times the likelihood). Proposal: z' = z + L ε, ε ~ N(0, I),
 * L the Cholesky factor of λ² Σ. The burn-in runs in ten blocks, all chains in step: Σ starts as the Laplace
 * covariance (each sd kept between 1e-3 and a quarter of the range); from mid burn-in it is the covariance of every
 * chain's burn-in draws after the first quarter, pooled; each chain's log λ (start 2.38/√d, Gelman, Roberts and
 * Gilks 1996) moves by (acceptance - 0.234) every 200 iterations. After the burn-in the proposal is frozen, so the
 * kept draws are Metropolis chains with a fixed kernel. When the chains disagree (an R-hat above 1.05) or hold too few
 * effective draws (a bulk ESS under 400, Vehtari et al. 2021's minimum for four chains), they are continued, adapting
 * again and drawing anew, twice as long each time, at most PosteriorSettings.extensions() times (twice by default);
 * the sampling record gives the lengths of the last round, whose draws are kept.
 *
 * Chains start from the mode plus one Laplace draw (over-dispersed, for R-hat), chain c from stream c of the fit's
 * SeedSequence, and run in parallel by Replicates.inCallerPool (in the caller's ForkJoin pool, which bounds the
 * threads of a fit under the verdicts); their draws are pooled in chain order, so the result does not depend on the
 * number of threads. Diagnostics (Convergence), on the draws in the parameters' own units: a round's chains agree when
 * every parameter's split R-hat and rank-normalised split R-hat (Vehtari et al. 2021) are at most 1.05; the reported
 * effective sample size is the bulk ESS of the same paper. The target's coordinates (SmoothTarget: key parameters as
 * logits of their horseshoe prior's CDF, zero-based rates and scale parameters on the log scale) shape the walk only.
 */

/** Posterior draws of the fitted parameters by adaptive Metropolis, with convergence diagnostics. */
final class Posterior {
  private static final double TARGET_ACCEPTANCE = 0.234;
  private static final int ADAPT_EVERY = 200;
  private static final int BLOCKS = 10;

  private Posterior() {}

  /**
   * A density to sample, in coordinates z on a box: {@code exp(-value(z))} inside {@code [lo, hi]}, zero outside.
   * Not necessarily thread-safe: each chain works on its own {@link #copy()}.
   */
  interface Target {
    /** Returns minus the log density at {@code z}, up to a constant. */
    double value(double[] z);

    /** Returns the box's lower corner. */
    double[] lo();

    /** Returns the box's upper corner. */
    double[] hi();

    /** Returns coordinate {@code j}'s name. */
    String name(int j);

    /** Returns coordinate {@code j}'s value in the parameter's own units. */
    double value(int j, double zj);

    /** Returns a target over the same density for another thread. */
    Target copy();
  }

  /**
   * The pooled draws.
   *
   * @param values per draw, the parameters' values (in their own units), chains one after another
   * @param sampling the settings and diagnostics
   */
  record Draws(double[][] values, Sampling sampling) {}

  /**
   * Draws from the posterior of {@code objective} around its {@code mode} (in z), starting the proposal from
   * {@code laplace} (covariance in z).
   */
  static Draws sample(Target objective, double[] mode, double[][] laplace, PosteriorSettings settings, long seed) {
    int d = mode.length;
    double[][] sigma = sanitise(laplace, objective);
    SeedSequence seeds = new SeedSequence(seed);
    double[][] spread = cholesky(sigma, 1);
    Walker[] walkers = Replicates.inCallerPool(seeds, settings.chains(),
        (c, stream) -> new Walker(objective.copy(), mode, spread, stream)).toArray(Walker[]::new);
    Chain[] chains = null;
    double[][][] values = null;
    List<Sampling.Coordinate> coordinates = null;
    int burnIn = settings.burnIn();
    int n = settings.draws();
    for (int round = 0; ; round++) {
      sigma = burn(walkers, sigma, burnIn);
      double[][] proposal = sigma;
      int length = n;
      chains = Replicates.inCallerPool(walkers.length, c -> walkers[c].draw(proposal, length)).toArray(Chain[]::new);
      values = Arrays.stream(chains).map(c -> values(objective, c.z())).toArray(double[][][]::new);
      double[][][] drawn = values;
      coordinates = IntStream.range(0, d)
          .mapToObj(j -> Convergence.diagnose(drawn, j, objective.name(j))).toList();
      if (round == settings.extensions() || coordinates.stream().allMatch(c -> rhat(c) <= Sampling.RHAT_LIMIT
          && c.bulkEss() >= Sampling.ESS_MIN)) {
        break;
      }
      burnIn *= 2;
      n *= 2;
    }
    double[][] pooled = new double[settings.chains() * n][];
    double accepted = 0;
    for (int c = 0; c < chains.length; c++) {
      System.arraycopy(values[c], 0, pooled, c * n, n);
      accepted += chains[c].accepted;
    }
    double maxRhat = 1;
    String worst = objective.name(0);
    double minEss = Double.POSITIVE_INFINITY;
    for (Sampling.Coordinate c : coordinates) {
      if (rhat(c) > maxRhat) {
        maxRhat = rhat(c);
        worst = c.name();
      }
      minEss = Math.min(minEss, c.bulkEss());
    }
    Sampling s = new Sampling("mcmc", settings.chains(), burnIn, n, accepted / (settings.chains() * n),
        maxRhat, worst, minEss, seed, coordinates);
    return new Draws(pooled, s);
  }

  /** Returns one chain's points in the parameters' own units. */
  private static double[][] values(Target objective, double[][] z) {
    double[][] out = new double[z.length][];
    for (int i = 0; i < z.length; i++) {
      double[] v = new double[z[i].length];
      for (int j = 0; j < v.length; j++) {
        v[j] = objective.value(j, z[i][j]);
      }
      out[i] = v;
    }
    return out;
  }

  /** Returns a parameter's R-hat: the larger of its split and rank-normalised split R-hats (both must be near 1). */
  private static double rhat(Sampling.Coordinate c) {
    return Math.max(c.rhat(), c.rankRhat());
  }

  /**
   * Adapts the walkers over {@code iterations} steps each, in {@value #BLOCKS} blocks, and returns the proposal
   * covariance learnt: from the second half on, the covariance of all walkers' points after the first quarter.
   */
  private static double[][] burn(Walker[] walkers, double[][] start, int iterations) {
    int d = start.length;
    double[][] sigma = start;
    double[] mean = new double[d];
    double[][] m2 = new double[d][d];
    int count = 0;
    int block = iterations / BLOCKS;
    for (int k = 0; k < BLOCKS; k++) {
      double[][] proposal = sigma;
      double[][][] burnt = Replicates.inCallerPool(walkers.length, c -> walkers[c].burn(proposal, block))
          .toArray(double[][][]::new);
      if (k >= BLOCKS / 4) {
        for (double[][] chain : burnt) {
          for (double[] x : chain) {
            welford(x, mean, m2, ++count);
          }
        }
      }
      if (k >= BLOCKS / 2 - 1 && count > 10 * d) {
        sigma = new double[d][d];
        for (int i = 0; i < d; i++) {
          for (int j = 0; j < d; j++) {
            sigma[i][j] = m2[i][j] / (count - 1) + (i == j ? 1e-8 : 0);
          }
        }
      }
    }
    return sigma;
  }

  /** One chain's kept draws (in z) and how many of its kept iterations accepted. */
  private record Chain(double[][] z, int accepted) {}

  /** One chain's state: its point, its own proposal scale λ, its generator and its copy of the target. */
  private static final class Walker {
    private final Target f;
    private final SplittableRandom rng;
    private double[] x;
    private double fx;
    private double logLambda;

    Walker(Target f, double[] mode, double[][] spread, SplittableRandom rng) {
      this.f = f;
      this.rng = rng;
      this.logLambda = Math.log(2.38 / Math.sqrt(mode.length));
      double[] start = propose(mode, spread, rng);
      x = inside(start, f) && f.value(start) < 1e12 ? start : mode.clone();
      fx = f.value(x);
    }

    /** Runs {@code iterations} adapting steps with covariance {@code sigma}; returns the points visited. */
    double[][] burn(double[][] sigma, int iterations) {
      double[][] visited = new double[iterations][];
      double[][] l = cholesky(sigma, Math.exp(2 * logLambda));
      int window = 0;
      for (int it = 0; it < iterations; it++) {
        window += step(l) ? 1 : 0;
        visited[it] = x;
        if ((it + 1) % ADAPT_EVERY == 0) {
          logLambda += window / (double) ADAPT_EVERY - TARGET_ACCEPTANCE;
          window = 0;
          l = cholesky(sigma, Math.exp(2 * logLambda));
        }
      }
      return visited;
    }

    /** Runs {@code iterations} steps with the frozen proposal and keeps them. */
    Chain draw(double[][] sigma, int iterations) {
      double[][] l = cholesky(sigma, Math.exp(2 * logLambda));
      double[][] kept = new double[iterations][];
      int accepted = 0;
      for (int it = 0; it < iterations; it++) {
        accepted += step(l) ? 1 : 0;
        kept[it] = x;
      }
      return new Chain(kept, accepted);
    }

    private boolean step(double[][] l) {
      double[] y = propose(x, l, rng);
      if (inside(y, f)) {
        double fy = f.value(y);
        if (Math.log(rng.nextDouble()) < fx - fy) {
          x = y;
          fx = fy;
          return true;
        }
      }
      return false;
    }
  }

  private static void welford(double[] x, double[] mean, double[][] m2, int count) {
    int d = x.length;
    double[] delta = new double[d];
    for (int a = 0; a < d; a++) {
      delta[a] = x[a] - mean[a];
      mean[a] += delta[a] / count;
    }
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < d; b++) {
        m2[a][b] += delta[a] * (x[b] - mean[b]);
      }
    }
  }

  private static double[] propose(double[] x, double[][] l, SplittableRandom rng) {
    int d = x.length;
    double[] e = new double[d];
    for (int j = 0; j < d; j++) {
      e[j] = normal(rng);
    }
    double[] y = x.clone();
    for (int a = 0; a < d; a++) {
      double s = 0;
      for (int b = 0; b <= a; b++) {
        s += l[a][b] * e[b];
      }
      y[a] += s;
    }
    return y;
  }

  private static boolean inside(double[] z, Target f) {
    for (int j = 0; j < z.length; j++) {
      if (z[j] < f.lo()[j] || z[j] > f.hi()[j]) {
        return false;
      }
    }
    return true;
  }

  /** Keeps every sd of the Laplace covariance between 1e-3 and a quarter of the range, correlations unchanged. */
  private static double[][] sanitise(double[][] cov, Target f) {
    int d = cov.length;
    double[] sd = new double[d];
    double[] kept = new double[d];
    for (int j = 0; j < d; j++) {
      sd[j] = Math.sqrt(Math.max(cov[j][j], 0));
      kept[j] = Math.max(1e-3, Math.min(Double.isFinite(sd[j]) ? sd[j] : Double.MAX_VALUE, (f.hi()[j] - f.lo()[j]) / 4));
    }
    return withSds(cov, sd, kept);
  }

  /** Returns {@code cov} (whose sds are {@code sd}) with the sds {@code kept} instead, correlations unchanged. */
  static double[][] withSds(double[][] cov, double[] sd, double[] kept) {
    int d = cov.length;
    double[][] out = new double[d][d];
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < d; b++) {
        double corr = a == b ? 1 : sd[a] > 0 && sd[b] > 0 ? cov[a][b] / (sd[a] * sd[b]) : 0;
        out[a][b] = corr * kept[a] * kept[b];
      }
    }
    return out;
  }

  /** Returns the lower Cholesky factor of {@code factor·m}, adding jitter to the diagonal until it is positive. */
  static double[][] cholesky(double[][] m, double factor) {
    int d = m.length;
    for (double jitter = 0; ; jitter = jitter == 0 ? 1e-10 : jitter * 10) {
      double[][] l = new double[d][d];
      boolean ok = true;
      for (int i = 0; i < d && ok; i++) {
        for (int j = 0; j <= i; j++) {
          double s = factor * m[i][j] + (i == j ? jitter : 0);
          for (int k = 0; k < j; k++) {
            s -= l[i][k] * l[j][k];
          }
          if (i == j) {
            if (!(s > 0)) {
              ok = false;
              break;
            }
            l[i][i] = Math.sqrt(s);
          } else {
            l[i][j] = s / l[j][j];
          }
        }
      }
      if (ok) {
        return l;
      }
    }
  }
}
