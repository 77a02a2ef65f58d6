package org.strait.fit;

import java.util.Arrays;

/**
 * Convergence diagnostics of Markov chains, per coordinate: split R-hat (A. Gelman et al., Bayesian Data Analysis,
 * 3rd ed., 2013, §11.4) and an effective sample size by batch means (batches of √n draws), summed over the chains.
 * Chains are given as {@code chains[c][i][j]}: chain c, draw i, coordinate j, all chains of equal length.
 */
final class Convergence {
  private Convergence() {}

  /** Split R-hat of parameter {@code j}: each chain halved, within- against between-sequence variance. */
  static double splitRhat(double[][][] chains, int j) {
    int half = chains[0].length / 2;
    int m = 2 * chains.length;
    double[] means = new double[m];
    double[] vars = new double[m];
    for (int c = 0; c < chains.length; c++) {
      for (int h = 0; h < 2; h++) {
        double s = 0;
        for (int i = h * half; i < (h + 1) * half; i++) {
          s += chains[c][i][j];
        }
        double mu = s / half;
        double v = 0;
        for (int i = h * half; i < (h + 1) * half; i++) {
          double e = chains[c][i][j] - mu;
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

  /** Effective sample size of parameter {@code j}: per chain n·var/σ²_batch-means, summed over the chains. */
  static double ess(double[][][] chains, int j) {
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
}
