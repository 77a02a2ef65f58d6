package org.strait.bargain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One turn of the spatial model of politics (labels S1–S9 as in {@link SpatialModel}): risk attitudes, challenges,
 * bargains and their resolution. Owned by one run; not thread-safe.
 *
 * <p>Exact ties follow {@link SmpOptions#ties()}: by default, as in KTAB's code, an actor challenges the first of
 * its equally good targets in input order and takes the first of its equally probable bargains in queue order, so
 * an exactly symmetric dispute can give an asymmetric result (KTAB's SOE-Competitive example has two identical
 * actors and depends on this). With {@code SYMMETRIC} an actor challenges every target tied (within 1e-12) for its
 * best gain, and an actor whose queue has tied winning bargains (within 1e-9) takes the average of its side of
 * them.
 */
final class SmpState {
  private static final double MIN_GAIN = 1e-5;
  private static final double MIN_WEIGHT = 1e-6;
  private static final double TIE = 1e-12;

  private final SmpOptions o;
  private final double[] c;
  private final double[][] s;
  private final double[] sigma;
  private final SplittableRandom rng;
  private final int n;
  private final boolean symmetric;

  private double[][] x;
  private double[][] dist;
  private double[] bigR;
  private double[][][] est;

  /** A proposed bargain: initiator {@code i} would adopt {@code xi}, receiver {@code j} would adopt {@code xj}. */
  private record Bargain(int i, int j, double[] xi, double[] xj) {
    boolean statusQuo() {
      return i == j;
    }
  }

  SmpState(SmpOptions options, double[] c, double[][] s, SplittableRandom rng) {
    this.o = options;
    this.c = c;
    this.s = s;
    this.rng = rng;
    this.n = c.length;
    this.symmetric = options.ties() == SmpOptions.Ties.SYMMETRIC;
    this.sigma = new double[n];
    for (int i = 0; i < n; i++) {
      for (double v : s[i]) {
        sigma[i] += v;
      }
    }
  }

  /** Computes the state after one turn from positions {@code current} (scaled to [0, 1]). */
  double[][] turn(double[][] current) {
    prepare(current);
    List<List<Bargain>> queues = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      queues.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      queues.get(i).add(new Bargain(i, i, x[i], x[i]));
      double[][] pg = new double[n][];
      double bestGain = MIN_GAIN;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          pg[j] = challenge(i, i, i, j);
          bestGain = Math.max(bestGain, pg[j][1]);
        }
      }
      for (int j = 0; j < n; j++) {
        if (j != i && pg[j][1] > MIN_GAIN && pg[j][1] >= bestGain - (symmetric ? TIE : 0)) {
          for (Bargain b : bargains(i, j, pg[j][0])) {
            queues.get(i).add(b);
            queues.get(j).add(b);
          }
          if (!symmetric) {
            break;
          }
        }
      }
    }
    double[][] next = new double[n][];
    for (int k = 0; k < n; k++) {
      next[k] = resolve(k, queues.get(k));
    }
    return next;
  }

  /** Sets the positions and computes S1–S4: distances, risk attitudes and every actor's estimated utilities. */
  void prepare(double[][] current) {
    x = current;
    dist = new double[n][n];
    double[][] neutral = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        dist[i][j] = SpatialModel.distance(x[i], x[j], s[i]);
        neutral[i][j] = SpatialModel.utility(dist[i][j], 0);
      }
    }
    double[] p = SmpVoting.pce(o.pceModel(), o.victoryProbModel(),
        SmpVoting.coalitions(o.votingRule(), c, neutral, n));
    double pMin = Double.POSITIVE_INFINITY;
    double pMax = Double.NEGATIVE_INFINITY;
    for (double v : p) {
      pMin = Math.min(pMin, v);
      pMax = Math.max(pMax, v);
    }
    bigR = new double[n];
    for (int i = 0; i < n; i++) {
      double spread = pMax - pMin;
      bigR[i] = spread <= 0 ? 0 : switch (o.bigRRange()) {
        case MIN -> (p[i] - pMin) / spread;
        case MID -> (3 * p[i] - (pMax + 2 * pMin)) / (2 * spread);
        case MAX -> (2 * p[i] - (pMax + pMin)) / spread;
      };
    }
    est = new double[n][n][n];
    for (int h = 0; h < n; h++) {
      for (int i = 0; i < n; i++) {
        double r = estimate(bigR[h], bigR[i]);
        for (int j = 0; j < n; j++) {
          est[h][i][j] = SpatialModel.utility(dist[i][j], r);
        }
      }
    }
  }

  /** Calls {@link #prepare} and returns this state (for tests). */
  SmpState prepared(double[][] current) {
    prepare(current);
    return this;
  }

  /** Returns the risk attitudes R of S3 (after {@link #prepare}). */
  double[] riskAttitudes() {
    return bigR.clone();
  }

  private double estimate(double rh, double ri) {
    return switch (o.bigRAdjust()) {
      case NONE -> rh;
      case ONE_THIRD -> (2 * rh + ri) / 3;
      case HALF -> (rh + ri) / 2;
      case TWO_THIRDS -> (rh + 2 * ri) / 3;
      case FULL -> ri;
    };
  }

  /** S5–S6: h's estimate of the probability that i beats j and of the gain to k of i challenging j. */
  double[] challenge(int h, int k, int i, int j) {
    double[][] u = est[h];
    double vi = vote(sigma[i] * c[i], u[i][i], u[i][j]);
    double vj = vote(sigma[j] * c[j], u[j][i], u[j][j]);
    double a = 1e-10 + Math.max(vi, 0) + Math.max(vj, 0);
    double b = 1e-10 + Math.max(-vi, 0) + Math.max(-vj, 0);
    double a0 = a;
    double b0 = b;
    for (int m = 0; m < n; m++) {
      if (m == i || m == j) {
        continue;
      }
      double w = sigma[m] * c[m];
      double own = vote(w, u[m][i], u[m][j]);
      double ai = a0 + Math.max(own, 0);
      double bj = b0 + Math.max(-own, 0);
      double pin = ai / (ai + bj);
      double pjn = 1 - pin;
      double[] side = thirdParty(u[m][i], u[m][j], u[m][m]);
      double joinI = pin * side[0] + pjn * side[1];
      double joinJ = pin * side[2] + pjn * side[3];
      double v = vote(w, joinI, joinJ);
      a += Math.max(v, 0);
      b += Math.max(-v, 0);
    }
    double p = a / (a + b);
    double victory = 2 * u[k][i];
    double defeat = 2 * u[k][j];
    double contest = p * victory + (1 - p) * defeat;
    double challenge = (1 - sigma[j]) * victory + sigma[j] * contest;
    return new double[] {p, challenge - (u[k][i] + u[k][j])};
  }

  /** Returns, for ThirdPartyCommit, the utilities of: ik beats j, j beats ik, i beats jk, jk beats i. */
  private double[] thirdParty(double ui, double uj, double un) {
    return switch (o.thirdPartyCommit()) {
      case FULL_COMMIT -> new double[] {3 * ui, 3 * uj, 3 * ui, 3 * uj};
      case SEMI_COMMIT -> new double[] {2 * ui + un, 3 * uj, 3 * ui, 2 * uj + un};
      case NO_COMMIT -> new double[] {2 * ui + un, 2 * uj + un, 2 * ui + un, 2 * uj + un};
    };
  }

  private double vote(double w, double ui, double uj) {
    return w > 0 ? SmpVoting.vote(o.votingRule(), w, ui, uj) : 0;
  }

  /** S7: the bargains i proposes to j, by BargnModel. */
  private List<Bargain> bargains(int i, int j, double pByI) {
    Bargain fromI = interpolate(i, j, pByI);
    if (o.bargnModel() == SmpOptions.BargnModel.INIT_ONLY_INTERP) {
      return List.of(fromI);
    }
    Bargain fromJ = interpolate(i, j, challenge(j, i, i, j)[0]);
    if (o.bargnModel() == SmpOptions.BargnModel.INIT_RCVR_INTERP) {
      return List.of(fromI, fromJ);
    }
    double wi = c[i] * sigma[i];
    double wj = c[j] * sigma[j];
    int dims = x[i].length;
    double[] bi = new double[dims];
    double[] bj = new double[dims];
    for (int d = 0; d < dims; d++) {
      bi[d] = (wi * fromI.xi()[d] + wj * fromJ.xi()[d]) / (wi + wj);
      bj[d] = (wi * fromI.xj()[d] + wj * fromJ.xj()[d]) / (wi + wj);
    }
    return List.of(new Bargain(i, j, bi, bj));
  }

  /** Returns the bargain positions {initiator's, receiver's} of S7 for i challenging j with probability {@code pi}. */
  double[][] interpolated(int i, int j, double pi) {
    Bargain b = interpolate(i, j, pi);
    return new double[][] {b.xi(), b.xj()};
  }

  private Bargain interpolate(int i, int j, double pi) {
    double pj = 1 - pi;
    int dims = x[i].length;
    double[] bi = new double[dims];
    double[] bj = new double[dims];
    for (int d = 0; d < dims; d++) {
      double ti = x[i][d];
      double tj = x[j][d];
      double si = s[i][d];
      double sj = s[j][d];
      switch (o.interVecBrgn()) {
        case S1P1, S2P2 -> {
          int e = o.interVecBrgn() == SmpOptions.InterVecBrgn.S1P1 ? 1 : 2;
          double wi = Math.pow(si * pi, e);
          double wj = Math.pow(sj * pj, e);
          double sum = wi + MIN_WEIGHT + wj;
          bi[d] = round4(((wi + MIN_WEIGHT) * ti + wj * tj) / sum);
          bj[d] = round4((wi * ti + (MIN_WEIGHT + wj) * tj) / sum);
        }
        case S2PMAX -> {
          double di = Math.max(pj - pi, 0);
          double dj = Math.max(pi - pj, 0);
          double dik = di * sj * sj / (di * sj * sj + MIN_WEIGHT + (1 - di) * si * si);
          double djk = dj * si * si / (dj * si * si + MIN_WEIGHT + (1 - dj) * sj * sj);
          bi[d] = ti + dik * (tj - ti);
          bj[d] = tj + djk * (ti - tj);
        }
        default -> throw new IllegalStateException("unknown InterVecBrgn " + o.interVecBrgn());
      }
    }
    return new Bargain(i, j, bi, bj);
  }

  private static double round4(double v) {
    return Math.floor(0.5 + v * 10000) / 10000;
  }

  /**
   * S8–S9: k's position after the bargain that wins its queue; ties as {@link SmpOptions#ties()} says (the first
   * in the queue, or with {@code SYMMETRIC} the average of k's side of those within 1e-9 of the largest).
   */
  private double[] resolve(int k, List<Bargain> queue) {
    int m = queue.size();
    double[][] u = new double[n][m];
    for (int a = 0; a < n; a++) {
      double rest = 0;
      for (int q = 0; q < n; q++) {
        rest += est[a][a][q];
      }
      for (int b = 0; b < m; b++) {
        Bargain g = queue.get(b);
        if (g.statusQuo()) {
          u[a][b] = rest / n;
        } else {
          double sum = SpatialModel.utility(SpatialModel.distance(x[a], g.xi(), s[a]), bigR[a])
              + SpatialModel.utility(SpatialModel.distance(x[a], g.xj(), s[a]), bigR[a]);
          for (int q = 0; q < n; q++) {
            sum += q == g.i() || q == g.j() ? 0 : est[a][a][q];
          }
          u[a][b] = sum / n;
        }
      }
    }
    double[] p = SmpVoting.pce(o.pceModel(), o.victoryProbModel(), SmpVoting.coalitions(o.votingRule(), c, u, m));
    if (o.stateTransitions() == SmpOptions.StateTransitions.STOCHASTIC) {
      double draw = rng.nextDouble();
      double cumulative = 0;
      for (int b = 0; b < m; b++) {
        cumulative += p[b];
        if (draw < cumulative) {
          return side(k, queue.get(b));
        }
      }
      return side(k, queue.get(m - 1));
    }
    double best = 0;
    for (double v : p) {
      best = Math.max(best, v);
    }
    if (!symmetric) {
      for (int b = 0; b < m; b++) {
        if (p[b] == best) {
          return side(k, queue.get(b));
        }
      }
    }
    double[] sum = new double[x[k].length];
    int ties = 0;
    for (int b = 0; b < m; b++) {
      if (p[b] >= best - 1e-9) {
        double[] pos = side(k, queue.get(b));
        for (int d = 0; d < sum.length; d++) {
          sum[d] += pos[d];
        }
        ties++;
      }
    }
    for (int d = 0; d < sum.length; d++) {
      sum[d] /= ties;
    }
    return sum;
  }

  private double[] side(int k, Bargain b) {
    return (b.statusQuo() ? x[k] : (b.i() == k ? b.xi() : b.xj())).clone();
  }
}
