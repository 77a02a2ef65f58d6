package org.strait.fit;

import java.util.Arrays;
import org.hipparchus.special.Erf;

/*
 * Convergence diagnostics of Markov chains, per coordinate. Chains are given as chains[c][i][j]: chain c, draw i,
 * coordinate j, all chains of equal length.
 *
 * - split R-hat (A. Gelman et al., Bayesian Data Analysis, 3rd ed., 2013, §11.4): each chain halved, within- against
 *   between-sequence variance of the draws themselves;
 * - rank-normalised split R-hat (A. Vehtari, A. Gelman, D. Simpson, B. Carpenter and P.-C. Bürkner,
 *   "Rank-normalization, folding, and localization: an improved R-hat for assessing convergence of MCMC", Bayesian
 *   Analysis 16, 2021, §4.1-4.2): the split R-hat of the pooled draws' normal scores z = Φ⁻¹((r - 3/8) / (S + 1/4))
 *   (r the average rank among all S draws), and of the normal scores of the folded draws |x - median|; the larger
 *   of the two. It needs no finite moments and sees chains that differ in spread as well as in location;
 * - effective sample sizes: by batch means (batches of √n draws, summed over the chains), and the bulk ESS of
 *   Vehtari et al. (§3.2, Geyer's initial monotone sequence: C. J. Geyer, "Practical Markov chain Monte Carlo",
 *   Statistical Science 7, 1992) on the rank-normalised split chains (the same estimator on the values themselves,
 *   meanEss, gives the ESS of a mean, for Lfo's Monte Carlo error), the autocovariances by a radix-2 FFT
 *   (Hipparchus' transforms are not among the project's artefacts).
 */

/** Convergence diagnostics of Markov chains, per coordinate: split R-hats and effective sample sizes. */
final class Convergence {
  private Convergence() {}

  /**
   * Returns parameter {@code j}'s diagnostics, named {@code name}: split R-hat, rank-normalised split R-hat, batch-means
   * ESS and bulk ESS (the mean's ESS of the normal scores), the normal scores computed once for both rank-based
   * figures.
   */
  static Sampling.Coordinate diagnose(double[][][] chains, int j, String name) {
    double[][] x = column(chains, j);
    double[][] z = normalScores(x);
    return new Sampling.Coordinate(name, splitRhat(x), rankRhat(x, z), ess(chains, j), meanEss(z));
  }

  private static double rankRhat(double[][] x, double[][] z) {
    double median = median(x);
    double[][] folded = new double[x.length][x[0].length];
    for (int c = 0; c < x.length; c++) {
      for (int i = 0; i < x[c].length; i++) {
        folded[c][i] = Math.abs(x[c][i] - median);
      }
    }
    return Math.max(splitRhat(z), splitRhat(normalScores(folded)));
  }

  /**
   * Returns the effective sample size of the mean of sequences {@code x[c][i]} of equal length: Geyer's on the split
   * chains, on the values themselves (Vehtari et al. 2021's ESS for the mean, §3.2 and appendix A).
   */
  static double meanEss(double[][] x) {
    int half = x[0].length / 2;
    double[][] split = new double[2 * x.length][];
    for (int c = 0; c < x.length; c++) {
      split[2 * c] = Arrays.copyOfRange(x[c], 0, half);
      split[2 * c + 1] = Arrays.copyOfRange(x[c], x[c].length - half, x[c].length);
    }
    return geyerEss(split);
  }

  /** Effective sample size of parameter {@code j}: per chain n·var/σ²_batch-means, summed over the chains. */
  private static double ess(double[][][] chains, int j) {
    double total = 0;
    for (double[][] chain : chains) {
      int n = chain.length;
      int size = (int) Math.sqrt(n);
      int batches = n / size;
      double mean = 0;
      for (int i = 0; i < batches * size; i++) {
        mean += chain[i][j];
      }
      mean /= batches * size;
      double var = 0;
      double bm = 0;
      for (int k = 0; k < batches; k++) {
        double s = 0;
        for (int i = k * size; i < (k + 1) * size; i++) {
          double e = chain[i][j] - mean;
          var += e * e;
          s += chain[i][j];
        }
        double e = s / size - mean;
        bm += e * e;
      }
      var /= batches * size - 1;
      double sigma2 = size * bm / (batches - 1);
      total += sigma2 == 0 ? n : Math.min(n, n * var / sigma2);
    }
    return total;
  }

  private static double[][] column(double[][][] chains, int j) {
    double[][] x = new double[chains.length][chains[0].length];
    for (int c = 0; c < chains.length; c++) {
      for (int i = 0; i < chains[c].length; i++) {
        x[c][i] = chains[c][i][j];
      }
    }
    return x;
  }

  /** Split R-hat of sequences {@code x[c][i]}: each halved, within- against between-sequence variance. */
  private static double splitRhat(double[][] x) {
    int half = x[0].length / 2;
    int m = 2 * x.length;
    double[] means = new double[m];
    double[] vars = new double[m];
    for (int c = 0; c < x.length; c++) {
      for (int h = 0; h < 2; h++) {
        double s = 0;
        for (int i = h * half; i < (h + 1) * half; i++) {
          s += x[c][i];
        }
        double mu = s / half;
        double v = 0;
        for (int i = h * half; i < (h + 1) * half; i++) {
          double e = x[c][i] - mu;
          v += e * e;
        }
        means[2 * c + h] = mu;
        vars[2 * c + h] = v / (half - 1);
      }
    }
    double w = Arrays.stream(vars).average().orElseThrow();
    double grand = Arrays.stream(means).average().orElseThrow();
    double b = 0;
    for (double mu : means) {
      b += (mu - grand) * (mu - grand);
    }
    b = b * half / (m - 1);
    if (w == 0) {
      return b == 0 ? 1 : Double.POSITIVE_INFINITY;
    }
    double varPlus = (half - 1) / (double) half * w + b / half;
    return Math.sqrt(varPlus / w);
  }

  private static double median(double[][] x) {
    double[] all = Arrays.stream(x).flatMapToDouble(Arrays::stream).sorted().toArray();
    int n = all.length;
    return n % 2 == 1 ? all[n / 2] : (all[n / 2 - 1] + all[n / 2]) / 2;
  }

  /** Returns the normal scores of the pooled draws' average ranks (ties share their mean rank), in the chains' shape. */
  private static double[][] normalScores(double[][] x) {
    double[] sorted = Arrays.stream(x).flatMapToDouble(Arrays::stream).sorted().toArray();
    int total = sorted.length;
    double[][] out = new double[x.length][];
    for (int c = 0; c < x.length; c++) {
      out[c] = new double[x[c].length];
      for (int i = 0; i < x[c].length; i++) {
        int first = bound(sorted, x[c][i], false);
        int last = bound(sorted, x[c][i], true) - 1;
        double rank = (first + last) / 2.0 + 1;
        out[c][i] = Math.sqrt(2) * Erf.erfInv(2 * (rank - 0.375) / (total + 0.25) - 1);
      }
    }
    return out;
  }

  /** Returns the first index of {@code sorted} whose value is at least (or, when {@code above}, above) {@code v}. */
  private static int bound(double[] sorted, double v, boolean above) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v || (above && sorted[mid] == v)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Geyer's effective sample size of sequences {@code x[c][i]} of equal length (Vehtari et al. 2021, §3.2; Stan's
   * estimator): the combined autocorrelation ρ_t = 1 - (W - mean autocovariance_t) / var⁺, summed in pairs while the
   * pairs stay positive, the pairs made monotone; τ at least 1 / log10(draws).
   */
  private static double geyerEss(double[][] x) {
    int m = x.length;
    int n = x[0].length;
    int size = Integer.highestOneBit(2 * n - 1) << 1;
    double[] meanAcov = new double[n];
    double[] means = new double[m];
    double w = 0;
    for (int c = 0; c < m; c++) {
      double mu = Arrays.stream(x[c]).average().orElseThrow();
      means[c] = mu;
      double[] re = new double[size];
      double[] im = new double[size];
      for (int i = 0; i < n; i++) {
        re[i] = x[c][i] - mu;
      }
      fft(re, im, false);
      for (int i = 0; i < size; i++) {
        re[i] = re[i] * re[i] + im[i] * im[i];
        im[i] = 0;
      }
      fft(re, im, true);
      for (int t = 0; t < n; t++) {
        meanAcov[t] += re[t] / size / n / m;
      }
      w += re[0] / size / (n - 1) / m;
    }
    double grand = Arrays.stream(means).average().orElseThrow();
    double b = 0;
    for (double mu : means) {
      b += (mu - grand) * (mu - grand);
    }
    b = m > 1 ? b * n / (m - 1) : 0;
    double varPlus = (n - 1) / (double) n * w + b / n;
    if (!(varPlus > 0)) {
      return m * n;
    }
    double tau = -1;
    double previous = Double.POSITIVE_INFINITY;
    for (int t = 0; t + 1 < n; t += 2) {
      double pair = 2 - (2 * w - meanAcov[t] - meanAcov[t + 1]) / varPlus;
      if (!(pair > 0)) {
        break;
      }
      pair = Math.min(pair, previous);
      previous = pair;
      tau += 2 * pair;
    }
    return m * n / Math.max(tau, 1.0 / Math.log10(m * n));
  }

  /** Transforms ({@code re}, {@code im}) in place by the radix-2 FFT (length a power of two), unscaled both ways. */
  private static void fft(double[] re, double[] im, boolean inverse) {
    int n = re.length;
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    for (int len = 2; len <= n; len <<= 1) {
      double angle = 2 * Math.PI / len * (inverse ? 1 : -1);
      double wr = Math.cos(angle);
      double wi = Math.sin(angle);
      for (int i = 0; i < n; i += len) {
        double cr = 1;
        double ci = 0;
        for (int k = 0; k < len / 2; k++) {
          int a = i + k;
          int b = a + len / 2;
          double tr = re[b] * cr - im[b] * ci;
          double ti = re[b] * ci + im[b] * cr;
          re[b] = re[a] - tr;
          im[b] = im[a] - ti;
          re[a] += tr;
          im[a] += ti;
          double next = cr * wr - ci * wi;
          ci = cr * wi + ci * wr;
          cr = next;
        }
      }
    }
  }
}
