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
  /** The status quo's place in a queue of bargain indices. */
  private static final int STATUS_QUO = -1;

  private final SmpOptions o;
  private final double[] c;
  private final double[][] s;
  private final double[] sigma;
  private final SplittableRandom rng;
  private final int n;
  private final boolean symmetric;
  private final double[] weight;

  private double[][] x;
  /** dist[i][j]: S1, i's salience-weighted distance from i to j. */
  private double[][] dist;
  /** distT[j][i] = dist[i][j], so that sums over i read memory in order. */
  private double[][] distT;
  private double[] bigR;
  /** rEst[h][i]: S4, h's estimate of i's risk attitude. */
  private double[][] rEst;
  /** own[a][q]: a's own utility of q's position, U^a(a, q). */
  private double[][] own;
  /** ownTotal[a]: the sum over q of own[a][q], in order (the status quo's value times n). */
  private double[] ownTotal;

  /** A proposed bargain: initiator {@code i} would adopt {@code xi}, receiver {@code j} would adopt {@code xj}. */
  private record Bargain(int i, int j, double[] xi, double[] xj) {}

  SmpState(SmpOptions options, double[] c, double[][] s, SplittableRandom rng) {
    this.o = options;
    this.c = c;
    this.s = s;
    this.rng = rng;
    this.n = c.length;
    this.symmetric = options.ties() == SmpOptions.Ties.SYMMETRIC;
    this.sigma = new double[n];
    this.weight = new double[n];
    for (int i = 0; i < n; i++) {
      for (double v : s[i]) {
        sigma[i] += v;
      }
      weight[i] = sigma[i] * c[i];
    }
  }

  /** Computes the state after one turn from positions {@code current} (scaled to [0, 1]). */
  double[][] turn(double[][] current) {
    prepare(current);
    List<Bargain> bargains = new ArrayList<>();
    List<List<Integer>> queues = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      queues.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      queues.get(i).add(STATUS_QUO);
      double[][] pg = challengesBy(i);
      double bestGain = MIN_GAIN;
      for (int j = 0; j < n; j++) {
        if (pg[j] != null) {
          bestGain = Math.max(bestGain, pg[j][1]);
        }
      }
      for (int j = 0; j < n; j++) {
        if (pg[j] != null && pg[j][1] > MIN_GAIN && pg[j][1] >= bestGain - (symmetric ? TIE : 0)) {
          for (Bargain b : bargains(i, j, pg[j][0])) {
            queues.get(i).add(bargains.size());
            queues.get(j).add(bargains.size());
            bargains.add(b);
          }
          if (!symmetric) {
            break;
          }
        }
      }
    }
    double[][] values = values(bargains);
    double[][] next = new double[n][];
    for (int k = 0; k < n; k++) {
      next[k] = resolve(k, bargains, queues.get(k), values);
    }
    return next;
  }

  /** Sets the positions and computes S1–S4: distances, risk attitudes and every actor's estimated utilities. */
  void prepare(double[][] current) {
    x = current;
    dist = new double[n][n];
    double[][] neutralByOption = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        dist[i][j] = SpatialModel.distance(x[i], x[j], s[i]);
      }
    }
    distT = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        distT[i][k] = dist[k][i];
        neutralByOption[i][k] = SpatialModel.utility(distT[i][k], 0);
      }
    }
    double[] p = SmpVoting.pce(o.pceModel(), o.victoryProbModel(),
        SmpVoting.coalitions(o.votingRule(), c, neutralByOption, n));
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
    rEst = new double[n][n];
    for (int h = 0; h < n; h++) {
      for (int i = 0; i < n; i++) {
        rEst[h][i] = estimate(bigR[h], bigR[i]);
      }
    }
    own = new double[n][n];
    ownTotal = new double[n];
    for (int a = 0; a < n; a++) {
      double total = 0;
      for (int q = 0; q < n; q++) {
        own[a][q] = est(a, a, q);
        total += own[a][q];
      }
      ownTotal[a] = total;
    }
  }

  /** U^h(i, j): h's estimate of i's utility of j's position (S4). */
  private double est(int h, int i, int j) {
    return SpatialModel.utility(dist[i][j], rEst[h][i]);
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

  /**
   * S5–S6 from i's own perspective for every target j: {@code {P, gain}}, or null for i itself and for targets that
   * cannot be i's best. The gain of challenging j is at most U(i,i) - U(i,j) (reached when P = 1), so once a target
   * worth g is found, every j whose bound lies below g (less a margin of 1e-9 for rounding, and the tie tolerance
   * with symmetric ties) is skipped without its O(n) third-party sum; targets are tried in order of their bounds,
   * largest first. The targets computed get exactly the numbers {@link #challenge} gives.
   */
  private double[][] challengesBy(int i) {
    double[][] pg = new double[n][];
    double[] rI = rEst[i];
    double uii = est(i, i, i);
    double[] bound = new double[n];
    Integer[] order = new Integer[n];
    for (int j = 0; j < n; j++) {
      order[j] = j;
      bound[j] = uii - est(i, i, j);
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(bound[b], bound[a]));
    double[] uMi = new double[n];
    double[] uMm = new double[n];
    for (int m = 0; m < n; m++) {
      uMi[m] = SpatialModel.utility(distT[i][m], rI[m]);
      uMm[m] = SpatialModel.utility(dist[m][m], rI[m]);
    }
    double best = MIN_GAIN;
    double slack = 1e-9 + (symmetric ? TIE : 0);
    for (int j : order) {
      if (j == i) {
        continue;
      }
      if (bound[j] + slack < best) {
        break;
      }
      pg[j] = challengeFast(i, j, uii, uMi, uMm);
      best = Math.max(best, pg[j][1]);
    }
    return pg;
  }

  /** {@link #challenge}(i, i, i, j) with i's third-party utilities of i and of their own positions given. */
  private double[] challengeFast(int i, int j, double uii, double[] uMi, double[] uMm) {
    double[] rI = rEst[i];
    double uij = SpatialModel.utility(dist[i][j], rI[i]);
    double vi = vote(weight[i], uii, uij);
    double vj = vote(weight[j], uMi[j], uMm[j]);
    double a = 1e-10 + Math.max(vi, 0) + Math.max(vj, 0);
    double b = 1e-10 + Math.max(-vi, 0) + Math.max(-vj, 0);
    double a0 = a;
    double b0 = b;
    SmpOptions.ThirdPartyCommit commit = o.thirdPartyCommit();
    boolean prop = o.votingRule() == SmpOptions.VotingRule.PROP;
    double[] dj = distT[j];
    for (int m = 0; m < n; m++) {
      if (m == i || m == j) {
        continue;
      }
      double w = weight[m];
      double umi = uMi[m];
      double umj = SpatialModel.utility(dj[m], rI[m]);
      double umm = uMm[m];
      double own = prop ? w * (umi - umj) : vote(w, umi, umj);
      double ai = a0 + Math.max(own, 0);
      double bj = b0 + Math.max(-own, 0);
      double pin = ai / (ai + bj);
      double pjn = 1 - pin;
      double joinI;
      double joinJ;
      if (commit == SmpOptions.ThirdPartyCommit.SEMI_COMMIT) {
        joinI = pin * (2 * umi + umm) + pjn * (3 * umj);
        joinJ = pin * (3 * umi) + pjn * (2 * umj + umm);
      } else if (commit == SmpOptions.ThirdPartyCommit.FULL_COMMIT) {
        joinI = pin * (3 * umi) + pjn * (3 * umj);
        joinJ = joinI;
      } else {
        joinI = pin * (2 * umi + umm) + pjn * (2 * umj + umm);
        joinJ = joinI;
      }
      double v = prop ? w * (joinI - joinJ) : vote(w, joinI, joinJ);
      a += Math.max(v, 0);
      b += Math.max(-v, 0);
    }
    double p = a / (a + b);
    double victory = 2 * uii;
    double defeat = 2 * uij;
    double contest = p * victory + (1 - p) * defeat;
    double challenge = (1 - sigma[j]) * victory + sigma[j] * contest;
    return new double[] {p, challenge - (uii + uij)};
  }

  /** S5–S6: h's estimate of the probability that i beats j and of the gain to k of i challenging j. */
  double[] challenge(int h, int k, int i, int j) {
    double vi = vote(weight[i], est(h, i, i), est(h, i, j));
    double vj = vote(weight[j], est(h, j, i), est(h, j, j));
    double a = 1e-10 + Math.max(vi, 0) + Math.max(vj, 0);
    double b = 1e-10 + Math.max(-vi, 0) + Math.max(-vj, 0);
    double a0 = a;
    double b0 = b;
    for (int m = 0; m < n; m++) {
      if (m == i || m == j) {
        continue;
      }
      double w = weight[m];
      double umi = est(h, m, i);
      double umj = est(h, m, j);
      double own = vote(w, umi, umj);
      double ai = a0 + Math.max(own, 0);
      double bj = b0 + Math.max(-own, 0);
      double pin = ai / (ai + bj);
      double pjn = 1 - pin;
      double[] side = thirdParty(umi, umj, est(h, m, m));
      double joinI = pin * side[0] + pjn * side[1];
      double joinJ = pin * side[2] + pjn * side[3];
      double v = vote(w, joinI, joinJ);
      a += Math.max(v, 0);
      b += Math.max(-v, 0);
    }
    double p = a / (a + b);
    double victory = 2 * est(h, k, i);
    double defeat = 2 * est(h, k, j);
    double contest = p * victory + (1 - p) * defeat;
    double challenge = (1 - sigma[j]) * victory + sigma[j] * contest;
    return new double[] {p, challenge - (est(h, k, i) + est(h, k, j))};
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
   * S8: every actor's value of the state after each bargain, {@code values[b][a]} (the mean over all actors'
   * positions of a's utility, with the bargain's two actors moved), computed once per bargain whichever queues hold
   * it; the status quo's value is {@code ownTotal[a] / n}.
   */
  private double[][] values(List<Bargain> bargains) {
    double[][] values = new double[bargains.size()][n];
    for (int b = 0; b < bargains.size(); b++) {
      Bargain g = bargains.get(b);
      for (int a = 0; a < n; a++) {
        double moved = SpatialModel.utility(SpatialModel.distance(x[a], g.xi(), s[a]), bigR[a])
            + SpatialModel.utility(SpatialModel.distance(x[a], g.xj(), s[a]), bigR[a]);
        double rest = ownTotal[a] - own[a][g.i()] - own[a][g.j()];
        values[b][a] = (moved + rest) / n;
      }
    }
    return values;
  }

  /**
   * S8–S9: k's position after the bargain that wins its queue ({@code queue} holds indices into {@code bargains}, and
   * {@link #STATUS_QUO} for k's status quo, in KTAB's order); ties as {@link SmpOptions#ties()} says (the first in the
   * queue, or with {@code SYMMETRIC} the average of k's side of those within 1e-9 of the largest).
   */
  private double[] resolve(int k, List<Bargain> bargains, List<Integer> queue, double[][] values) {
    int m = queue.size();
    double[] statusQuo = new double[n];
    for (int a = 0; a < n; a++) {
      statusQuo[a] = ownTotal[a] / n;
    }
    double[][] byOption = new double[m][];
    for (int b = 0; b < m; b++) {
      byOption[b] = queue.get(b) == STATUS_QUO ? statusQuo : values[queue.get(b)];
    }
    double[] p = SmpVoting.pce(o.pceModel(), o.victoryProbModel(),
        SmpVoting.coalitions(o.votingRule(), c, byOption, m));
    if (o.stateTransitions() == SmpOptions.StateTransitions.STOCHASTIC) {
      double draw = rng.nextDouble();
      double cumulative = 0;
      for (int b = 0; b < m; b++) {
        cumulative += p[b];
        if (draw < cumulative) {
          return side(k, bargains, queue.get(b));
        }
      }
      return side(k, bargains, queue.get(m - 1));
    }
    double best = 0;
    for (double v : p) {
      best = Math.max(best, v);
    }
    if (!symmetric) {
      for (int b = 0; b < m; b++) {
        if (p[b] == best) {
          return side(k, bargains, queue.get(b));
        }
      }
    }
    double[] sum = new double[x[k].length];
    int ties = 0;
    for (int b = 0; b < m; b++) {
      if (p[b] >= best - 1e-9) {
        double[] pos = side(k, bargains, queue.get(b));
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

  /** k's side of bargain {@code b}, or its own position for {@link #STATUS_QUO}. */
  private double[] side(int k, List<Bargain> bargains, int b) {
    if (b == STATUS_QUO) {
      return x[k].clone();
    }
    Bargain g = bargains.get(b);
    return (g.i() == k ? g.xi() : g.xj()).clone();
  }
}
