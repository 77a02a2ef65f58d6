package org.strait.bargain;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.strait.bargain.SmpOptions.PceModel;
import org.strait.bargain.SmpOptions.VictoryProbModel;
import org.strait.bargain.SmpOptions.VotingRule;

/*
 * The voting machinery of KTAB's spatial model of politics (Wise et al., "An Introduction to the KAPSARC Toolkit
 * for Behavioral Analysis (KTAB)", KAPSARC 2015; KTAB's SMP user guide; behaviour read from the KTAB reference
 * logs). Equation labels K1–K6 are ours, for cross-reference with SpatialModel.
 *
 *  K1 vote        v_k(i:j) = w_k · f(u_ki - u_kj), f by VotingRule: Prop f(d) = d; Cubic d³; PropCbc (d + d³)/2;
 *                 Binary clamp(d / 1e-8, -1, 1); PropBin 0.8 d + 0.2 Binary(d); ASymProsp d for d < 0, 2d/3 for d > 0.
 *  K2 coalition   C(i:j) = ε + Σ_k max(0, v_k(i:j)), ε = 1e-8; C(i:i) = ε.
 *  K3 victory     P(i > j) = g(C(i:j)) / (g(C(i:j)) + g(C(j:i))), g by VictoryProbModel: Linear x, Square x²,
 *                 Quartic x⁴, Octic x⁸; Binary: certain beyond a 10% advantage, linear in between; P(i > i) = 1/2.
 *  K4 PCE         Conditional: p_i ∝ Π_j P(i > j). Markov uniform: iterate p ← (p + q)/2 with
 *                 q_i = (1/n) Σ_j P(i > j)(p_i + p_j) to a fixed point. Markov incentive: challenge rates
 *                 proportional to C(i:j) P(i > j), same fixed-point iteration.
 */
final class SmpVoting {
  private static final double MIN_COALITION = 1e-8;
  private static final double BINARY_TOLERANCE = 1e-8;

  private SmpVoting() {}

  /** K1: the vote of an actor with weight {@code w} for an option worth {@code ui} against one worth {@code uj}. */
  static double vote(VotingRule rule, double w, double ui, double uj) {
    double d = ui - uj;
    return switch (rule) {
      case BINARY -> w * binary(d);
      case PROP_BIN -> w * (0.8 * d + 0.2 * binary(d));
      case PROP -> w * d;
      case PROP_CBC -> w * (0.5 * d + 0.5 * d * d * d);
      case CUBIC -> w * d * d * d;
      case ASYM_PROSP -> d < 0 ? w * d : 2 * w * d / 3;
    };
  }

  private static double binary(double d) {
    return Math.max(-1, Math.min(1, d / BINARY_TOLERANCE));
  }

  /**
   * K2: coalition strengths C[i][j] of options {@code i} against {@code j}; {@code byOption[i][k]} is voter k's
   * utility of option i (one row per option, so that the sum over voters reads memory in order).
   */
  static double[][] coalitions(VotingRule rule, double[] weights, double[][] byOption, int options) {
    if (rule == VotingRule.PROP && options >= BY_VOTER_MIN) {
      return propByVoter(weights, byOption, options);
    }
    double[][] c = new double[options][options];
    int voters = weights.length;
    boolean prop = rule == VotingRule.PROP;
    for (int i = 0; i < options; i++) {
      c[i][i] = MIN_COALITION;
      double[] ui = byOption[i];
      int j = 0;
      if (prop) {
        for (; j + 1 < i; j += 2) {
          propPair(c, weights, ui, i, j, byOption[j], byOption[j + 1]);
        }
      }
      for (; j < i; j++) {
        double[] uj = byOption[j];
        double cij = MIN_COALITION;
        double cji = MIN_COALITION;
        for (int k = 0; k < voters; k++) {
          double v = prop ? weights[k] * (ui[k] - uj[k]) : vote(rule, weights[k], ui[k], uj[k]);
          cij += v > 0 ? v : 0;
          cji += v < 0 ? -v : 0;
        }
        c[i][j] = cij;
        c[j][i] = cji;
      }
    }
    return c;
  }

  /** From this many options up, {@link #coalitions} with Prop takes {@link #propByVoter}. */
  private static final int BY_VOTER_MIN = 32;
  /** The most pairs of options whose sums {@link #propByVoter} carries over all voters at once. */
  private static final int PAIRS_PER_PASS = 1024;

  /**
   * K2 with Prop, the pairs' sums side by side: voter by voter (in order), each pair (i, j &lt; i) adds the voter's
   * vote to its two strengths, so that every strength is the same sum, in voter order, as in the pair-by-pair loop
   * (max(v, 0) = (v + |v|)/2 and max(-v, 0) = (|v| - v)/2 exactly for finite v), while the additions of the pairs
   * j &lt; i of one option i run in one loop the JIT vectorises. Rows of options are taken in passes of at most
   * {@value #PAIRS_PER_PASS} pairs, so that a pass's strengths stay in cache while the voters stream by.
   */
  private static double[][] propByVoter(double[] weights, double[][] byOption, int options) {
    int voters = weights.length;
    int m = options;
    // t[k * m + o]: voter k's utility of option o
    double[] t = new double[voters * m];
    for (int o = 0; o < m; o++) {
      double[] u = byOption[o];
      for (int k = 0; k < voters; k++) {
        t[k * m + o] = u[k];
      }
    }
    double[][] c = new double[m][m];
    double[][] pos = new double[m][];
    double[][] neg = new double[m][];
    int first = 1;
    while (first < m) {
      int last = first;
      int pairs = 0;
      while (last < m && (pairs == 0 || pairs + last <= PAIRS_PER_PASS)) {
        pairs += last;
        last++;
      }
      for (int i = first; i < last; i++) {
        pos[i] = new double[i];
        neg[i] = new double[i];
        Arrays.fill(pos[i], MIN_COALITION);
        Arrays.fill(neg[i], MIN_COALITION);
      }
      double[] u = new double[m];
      for (int k = 0; k < voters; k++) {
        double wk = weights[k];
        System.arraycopy(t, k * m, u, 0, last);
        for (int i = first; i < last; i++) {
          addVotes(wk, u[i], u, pos[i], neg[i], i);
        }
      }
      first = last;
    }
    for (int i = 0; i < m; i++) {
      c[i][i] = MIN_COALITION;
      for (int j = 0; j < i; j++) {
        c[i][j] = pos[i][j];
        c[j][i] = neg[i][j];
      }
    }
    return c;
  }

  /**
   * Adds to {@code pos[j]} and {@code neg[j]}, for j &lt; {@code count}, a voter's support with weight {@code w} for an
   * option worth {@code ui} against options worth {@code u[j]} and for them against it (a small method of its own,
   * so that the JIT compiles it early).
   */
  private static void addVotes(double w, double ui, double[] u, double[] pos, double[] neg, int count) {
    for (int j = 0; j < count; j++) {
      double v = w * (ui - u[j]);
      double av = Math.abs(v);
      pos[j] += (v + av) * 0.5;
      neg[j] += (av - v) * 0.5;
    }
  }

  /**
   * K2 with Prop for options j and j + 1 against i, the two pairs' sums over the voters interleaved (each still in
   * voter order, so the numbers are those of the plain loop). For finite v, max(v, 0) = (v + |v|)/2 and
   * max(-v, 0) = (|v| - v)/2 exactly (doubling and halving are exact): no branch on the vote's sign.
   */
  private static void propPair(double[][] c, double[] weights, double[] ui, int i, int j, double[] uj,
      double[] uk) {
    double cij = MIN_COALITION;
    double cji = MIN_COALITION;
    double cik = MIN_COALITION;
    double cki = MIN_COALITION;
    for (int k = 0; k < weights.length; k++) {
      double v = weights[k] * (ui[k] - uj[k]);
      double av = Math.abs(v);
      double x = weights[k] * (ui[k] - uk[k]);
      double ax = Math.abs(x);
      cij += (v + av) * 0.5;
      cji += (av - v) * 0.5;
      cik += (x + ax) * 0.5;
      cki += (ax - x) * 0.5;
    }
    c[i][j] = cij;
    c[j][i] = cji;
    c[i][j + 1] = cik;
    c[j + 1][i] = cki;
  }

  /** K3: the probability that a coalition of strength {@code s1} defeats one of strength {@code s2}. */
  static double victory(VictoryProbModel model, double s1, double s2) {
    double x1;
    double x2;
    switch (model) {
      case LINEAR -> {
        x1 = s1;
        x2 = s2;
      }
      case SQUARE -> {
        x1 = s1 * s1;
        x2 = s2 * s2;
      }
      case QUARTIC -> {
        x1 = Math.pow(s1, 4);
        x2 = Math.pow(s2, 4);
      }
      case OCTIC -> {
        x1 = Math.pow(s1, 8);
        x2 = Math.pow(s2, 8);
      }
      default -> {
        double threshold = 1.10;
        if (s1 >= threshold * s2) {
          return 1.0 / (1.0 + 1e-6);
        } else if (s2 >= threshold * s1) {
          return 1e-6 / (1.0 + 1e-6);
        }
        double r = s1 / (s1 + s2);
        return (r * (threshold + 1) - 1) / (threshold - 1);
      }
    }
    return x1 / (x1 + x2);
  }

  /** K3 for a whole matrix. */
  static double[][] victoryMatrix(VictoryProbModel model, double[][] c) {
    return victoryMatrix(model, c, false);
  }

  /**
   * K3 for a whole matrix; with {@code parallel}, its rows spread over the common fork-join pool (row i writes
   * P(i > j) and P(j > i) for j &lt; i, cells no other row writes), so the numbers are the same on any thread count.
   */
  static double[][] victoryMatrix(VictoryProbModel model, double[][] c, boolean parallel) {
    int n = c.length;
    double[][] p = new double[n][n];
    IntConsumer row = i -> {
      p[i][i] = 0.5;
      for (int j = 0; j < i; j++) {
        p[i][j] = victory(model, c[i][j], c[j][i]);
        p[j][i] = 1 - p[i][j];
      }
    };
    rows(n, parallel, row);
    return p;
  }

  /** K4: the probabilistic Condorcet election over options with coalition strengths {@code c}. */
  static double[] pce(PceModel pce, VictoryProbModel vpm, double[][] c) {
    return pce(pce, vpm, c, false);
  }

  /**
   * K4 as {@link #pce(PceModel, VictoryProbModel, double[][])}; with {@code parallel}, the victory matrix and the
   * conditional election's products computed row by row on the common fork-join pool, each by the same operations,
   * so the result is the same on any thread count.
   */
  static double[] pce(PceModel pce, VictoryProbModel vpm, double[][] c, boolean parallel) {
    double[][] pv = victoryMatrix(vpm, c, parallel);
    return switch (pce) {
      case CONDITIONAL -> conditional(pv, parallel);
      case MARKOV_UNIFORM -> markovUniform(pv);
      case MARKOV_INCENTIVE -> markovIncentive(c, pv);
    };
  }

  private static void rows(int n, boolean parallel, IntConsumer row) {
    if (parallel) {
      IntStream.range(0, n).parallel().forEach(row);
    } else {
      for (int i = 0; i < n; i++) {
        row.accept(i);
      }
    }
  }

  private static double[] conditional(double[][] pv, boolean parallel) {
    int n = pv.length;
    double[] p = new double[n];
    rows(n, parallel, i -> {
      double product = 1;
      for (int j = 0; j < n; j++) {
        product *= pv[i][j];
      }
      p[i] = product;
    });
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += p[i];
    }
    for (int i = 0; i < n; i++) {
      p[i] /= total;
    }
    return p;
  }

  private static double[] markovUniform(double[][] pv) {
    int n = pv.length;
    return markov(n, 1e-6, "uniform", (i, p) -> {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += pv[i][j] * (p[i] + p[j]);
      }
      return s / n;
    });
  }

  private static double[] markovIncentive(double[][] c, double[][] pv) {
    int n = pv.length;
    double[][] chlg = new double[n][n];
    for (int j = 0; j < n; j++) {
      double sum = 0;
      for (int k = 0; k < n; k++) {
        sum += c[k][j] * pv[k][j] + (k == j ? 1e-10 : 0);
      }
      for (int i = 0; i < n; i++) {
        chlg[i][j] = (c[i][j] * pv[i][j] + (i == j ? 1e-10 : 0)) / sum;
      }
    }
    return markov(n, 1e-8, "incentive", (i, p) -> {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += pv[i][j] * (p[i] * chlg[j][i] + p[j] * chlg[i][j]);
      }
      return s;
    });
  }

  /** One row of a Markov PCE's map: actor {@code i}'s next probability given the current ones {@code p}. */
  private interface MarkovRow {
    double next(int i, double[] p);
  }

  /**
   * Iterates a Markov PCE's map from the uniform probabilities, each step moving half-way to the map's image, until
   * no probability changes by more than {@code tolerance} (at most 1000 steps).
   */
  private static double[] markov(int n, double tolerance, String name, MarkovRow row) {
    double[] p = uniform(n);
    for (int iter = 0; iter < 1000; iter++) {
      double change = 0;
      double[] q = new double[n];
      for (int i = 0; i < n; i++) {
        q[i] = row.next(i, p);
        change = Math.max(change, Math.abs(q[i] - p[i]));
      }
      for (int i = 0; i < n; i++) {
        p[i] = (p[i] + q[i]) / 2;
      }
      if (change <= tolerance) {
        return p;
      }
    }
    throw new IllegalStateException("Markov " + name + " PCE did not converge in 1000 iterations");
  }

  private static double[] uniform(int n) {
    double[] p = new double[n];
    Arrays.fill(p, 1.0 / n);
    return p;
  }
}
