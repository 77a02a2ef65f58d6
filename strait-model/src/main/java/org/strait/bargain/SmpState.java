package org.strait.bargain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

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
  /** The largest voting weight σ_m c_m. */
  private final double maxWeight;
  /**
   * The actors by voting weight, heaviest first (ties in input order), and each actor's place in that order: the
   * order in which {@link ChallengeBatch} computes third parties' votes.
   */
  private final int[] byWeight;
  private final int[] placeByWeight;
  /** weight in the order of {@link #byWeight}. */
  private final double[] weightByWeight;

  private double[][] x;
  /** On a line, the positions this turn and each actor's salience and its square (null with more dimensions). */
  private double[] lineX;
  private double[] lineSalience;
  private double[] lineSalienceSq;
  /** Whether every s² on the line is positive (as it is unless a salience is below about 1e-154). */
  private boolean lineSalient;
  /** dist[i][j]: S1, i's salience-weighted distance from i to j. */
  private double[][] dist;
  /** distT[j][i] = dist[i][j], so that sums over i read memory in order. */
  private double[][] distT;
  /** On a line, the actors in order of position and each actor's place in it (null with more dimensions). */
  private int[] byPosition;
  private int[] rankOfPosition;
  /**
   * distTCapped[j][i] = min(dist[i][j], 1), for {@link ChallengeBatch}; distT itself when no distance exceeds 1 (as
   * on positions scaled to [0, 1]), so that the third-party sums read one array fewer.
   */
  private double[][] distTCapped;
  private double[][] capped;
  /** distW[j][k] = d(byWeight[k], j) and the same capped at 1, for {@link ChallengeBatch} (null unless it runs). */
  private double[][] distW;
  private double[][] distWCapped;
  /** distWCapped, or distW itself when no distance exceeds 1 (as distTCapped). */
  private double[][] distWCappedView;
  private double[] bigR;
  /** rEst[h][i]: S4, h's estimate of i's risk attitude. */
  private double[][] rEst;
  /** own[a][q]: a's own utility of q's position, U^a(a, q). */
  private double[][] own;
  /** ownTotal[a]: the sum over q of own[a][q], in order (the status quo's value times n). */
  private double[] ownTotal;
  private Scratch scratch;
  /** Whether one-dimensional disputes use {@link LineCoalitions} for S3. */
  private final boolean onLine;
  private final boolean parallel;
  /** Below this many actors challengers are never run in parallel. */
  private static final int PARALLEL_MIN = 64;

  /** A proposed bargain: initiator {@code i} would adopt {@code xi}, receiver {@code j} would adopt {@code xj}. */
  private record Bargain(int i, int j, double[] xi, double[] xj) {}

  SmpState(SmpOptions options, double[] c, double[][] s, SplittableRandom rng) {
    this(options, c, s, rng, true, false);
  }

  /**
   * With {@code onLine} false, S3 always sums the O(n³) votes (for comparison); with {@code parallel}, challengers'
   * S5–S6 and (with deterministic transitions) the queues' resolution S8–S9 run on the common fork-join pool (each
   * challenger's and each queue's numbers are computed alone, so the result does not depend on the number of
   * threads).
   */
  SmpState(SmpOptions options, double[] c, double[][] s, SplittableRandom rng, boolean onLine, boolean parallel) {
    this.onLine = onLine;
    this.parallel = parallel;
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
    double wMax = 0;
    for (double w : weight) {
      wMax = Math.max(wMax, w);
    }
    this.maxWeight = wMax;
    double[] lighter = new double[n];
    for (int i = 0; i < n; i++) {
      lighter[i] = -weight[i];
    }
    this.byWeight = ascending(lighter);
    this.placeByWeight = new int[n];
    this.weightByWeight = new double[n];
    for (int k = 0; k < n; k++) {
      placeByWeight[byWeight[k]] = k;
      weightByWeight[k] = weight[byWeight[k]];
    }
  }

  /** Computes the state after one turn from positions {@code current} (scaled to [0, 1]). */
  double[][] turn(double[][] current) {
    prepare(current);
    int[][] targets = new int[n][];
    double[][] probabilities = new double[n][];
    if (parallel && n >= PARALLEL_MIN) {
      int chunks = Math.min(n, 4 * Runtime.getRuntime().availableProcessors());
      IntStream.range(0, chunks).parallel().forEach(k -> {
        Scratch sc = new Scratch(n);
        for (int i = k * n / chunks; i < (k + 1) * n / chunks; i++) {
          target(i, sc, targets, probabilities);
        }
      });
    } else {
      Scratch sc = scratch();
      for (int i = 0; i < n; i++) {
        target(i, sc, targets, probabilities);
      }
    }
    List<Bargain> bargains = new ArrayList<>();
    List<List<Integer>> queues = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      queues.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      // KTAB's queue order: bargains aimed at i by earlier challengers, i's status quo, then i's own bargains
      queues.get(i).add(STATUS_QUO);
      for (int t = 0; t < targets[i].length; t++) {
        int j = targets[i][t];
        for (Bargain b : bargains(i, j, probabilities[i][t])) {
          queues.get(i).add(bargains.size());
          queues.get(j).add(bargains.size());
          bargains.add(b);
        }
      }
    }
    double[][] values = values(bargains);
    // every actor's value of the status quo, the same in every queue
    double[] statusQuo = new double[n];
    for (int a = 0; a < n; a++) {
      statusQuo[a] = ownTotal[a] / n;
    }
    double[][] next = new double[n][];
    if (parallel && n >= PARALLEL_MIN && o.stateTransitions() == SmpOptions.StateTransitions.DETERMINISTIC) {
      // each actor's queue is resolved alone (no random draw), so the order of the work does not matter
      IntStream.range(0, n).parallel().forEach(k -> next[k] = resolve(k, bargains, queues.get(k), values, statusQuo));
    } else {
      for (int k = 0; k < n; k++) {
        next[k] = resolve(k, bargains, queues.get(k), values, statusQuo);
      }
    }
    return next;
  }

  /** The targets challenger i chooses and its probabilities of beating them, {@code {targets, p}} (after prepare). */
  double[][] targetsOf(int i) {
    int[][] targets = new int[n][];
    double[][] probabilities = new double[n][];
    target(i, new Scratch(n), targets, probabilities);
    double[] t = new double[targets[i].length];
    for (int k = 0; k < t.length; k++) {
      t[k] = targets[i][k];
    }
    return new double[][] {t, probabilities[i]};
  }

  /**
   * S5–S6 for challenger i: stores in {@code targets[i]} the target it challenges (with symmetric ties, every target
   * tied for its best gain; none if no gain exceeds 1e-5) and in {@code probabilities[i]} its estimates of winning.
   */
  private void target(int i, Scratch sc, int[][] targets, double[][] probabilities) {
    challengesBy(i, sc);
    double bestGain = MIN_GAIN;
    for (int j = 0; j < n; j++) {
      if (!Double.isNaN(sc.gain[j])) {
        bestGain = Math.max(bestGain, sc.gain[j]);
      }
    }
    int count = 0;
    int[] chosen = new int[symmetric ? n : 1];
    double[] p = new double[chosen.length];
    for (int j = 0; j < n && count < chosen.length; j++) {
      double g = sc.gain[j];
      if (g > MIN_GAIN && g >= bestGain - (symmetric ? TIE : 0)) {
        chosen[count] = j;
        p[count++] = sc.p[j];
      }
    }
    targets[i] = java.util.Arrays.copyOf(chosen, count);
    probabilities[i] = java.util.Arrays.copyOf(p, count);
  }

  /**
   * Sets the positions and computes S1–S4: distances, risk attitudes and every actor's estimated utilities. With
   * one dimension and proportional votes the risk attitudes' Condorcet election takes its coalition strengths from
   * {@link LineCoalitions} (O(n²), equal to the O(n³) sums up to rounding).
   */
  void prepare(double[][] current) {
    x = current;
    if (dist == null) {
      dist = new double[n][n];
      distT = new double[n][n];
      capped = new double[n][n];
      rEst = new double[n][n];
      own = new double[n][n];
      ownTotal = new double[n];
      bigR = new double[n];
    }
    if (x.length > 0 && x[0].length == 1) {
      double[] line = new double[n];
      for (int i = 0; i < n; i++) {
        line[i] = x[i][0];
      }
      lineX = line;
      if (lineSalience == null) {
        lineSalience = new double[n];
        lineSalienceSq = new double[n];
        for (int i = 0; i < n; i++) {
          lineSalience[i] = s[i][0];
          lineSalienceSq[i] = s[i][0] * s[i][0];
        }
        lineSalient = true;
        for (double sq : lineSalienceSq) {
          lineSalient &= sq > 0;
        }
      }
      rows(i -> lineDistances(line, i, s[i][0], dist[i]));
    } else {
      rows(i -> {
        for (int j = 0; j < n; j++) {
          dist[i][j] = SpatialModel.distance(x[i], x[j], s[i]);
        }
      });
    }
    boolean[] rowBeyondOne = new boolean[n];
    rows(i -> {
      boolean beyond = false;
      for (int k = 0; k < n; k++) {
        distT[i][k] = dist[k][i];
        capped[i][k] = Math.min(dist[k][i], 1);
        beyond |= dist[k][i] > 1;
      }
      rowBeyondOne[i] = beyond;
    });
    boolean beyondOne = false;
    for (boolean b : rowBeyondOne) {
      beyondOne |= b;
    }
    distTCapped = beyondOne ? capped : distT;
    if (batchedSearch()) {
      if (distW == null) {
        distW = new double[n][n];
        distWCapped = new double[n][n];
      }
      rows(j -> {
        double[] row = distW[j];
        double[] rowCapped = distWCapped[j];
        double[] from = distT[j];
        for (int k = 0; k < n; k++) {
          row[k] = from[byWeight[k]];
          rowCapped[k] = Math.min(row[k], 1);
        }
      });
      distWCappedView = beyondOne ? distWCapped : distW;
    }
    if (x.length > 0 && x[0].length == 1) {
      double[] line = new double[n];
      for (int i = 0; i < n; i++) {
        line[i] = x[i][0];
      }
      byPosition = ascending(line);
      rankOfPosition = new int[n];
      for (int k = 0; k < n; k++) {
        rankOfPosition[byPosition[k]] = k;
      }
    }
    double[][] strengths;
    if (x.length > 0 && x[0].length == 1 && o.votingRule() == SmpOptions.VotingRule.PROP && onLine) {
      double[] line = new double[n];
      for (int i = 0; i < n; i++) {
        line[i] = x[i][0];
      }
      strengths = LineCoalitions.of(c, line, parallel && n >= PARALLEL_MIN);
    } else {
      double[][] neutralByOption = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < n; k++) {
          neutralByOption[i][k] = SpatialModel.utility(distT[i][k], 0);
        }
      }
      strengths = SmpVoting.coalitions(o.votingRule(), c, neutralByOption, n);
    }
    double[] p = SmpVoting.pce(o.pceModel(), o.victoryProbModel(), strengths, parallel && n >= PARALLEL_MIN);
    double pMin = Double.POSITIVE_INFINITY;
    double pMax = Double.NEGATIVE_INFINITY;
    for (double v : p) {
      pMin = Math.min(pMin, v);
      pMax = Math.max(pMax, v);
    }
    for (int i = 0; i < n; i++) {
      double spread = pMax - pMin;
      bigR[i] = spread <= 0 ? 0 : switch (o.bigRRange()) {
        case MIN -> (p[i] - pMin) / spread;
        case MID -> (3 * p[i] - (pMax + 2 * pMin)) / (2 * spread);
        case MAX -> (2 * p[i] - (pMax + pMin)) / spread;
      };
    }
    rows(h -> {
      for (int i = 0; i < n; i++) {
        rEst[h][i] = estimate(bigR[h], bigR[i]);
      }
    });
    rows(a -> {
      double total = 0;
      for (int q = 0; q < n; q++) {
        own[a][q] = est(a, a, q);
        total += own[a][q];
      }
      ownTotal[a] = total;
    });
  }

  /**
   * S1 on a line: i's distances to every actor, {@link SpatialModel#distance} with one dimension (the same
   * operations, 0 + t² = t² and 0 + s² = s² exactly), in one loop the JIT vectorises.
   */
  private static void lineDistances(double[] line, int i, double si, double[] out) {
    double xi = line[i];
    double ss = si * si;
    if (!(ss > 0)) {
      java.util.Arrays.fill(out, 0);
      return;
    }
    for (int j = 0; j < out.length; j++) {
      double t = (xi - line[j]) * si;
      out[j] = Math.sqrt(t * t / ss);
    }
  }

  /** Runs {@code row} for every actor 0..n-1, as {@link #each}. */
  private void rows(IntConsumer row) {
    each(n, row);
  }

  /**
   * Runs {@code row} for 0..count-1, on the common fork-join pool when this state is parallel and has at least
   * {@link #PARALLEL_MIN} actors; each call must write only its own row, so the result is the same on any number of
   * threads.
   */
  private void each(int count, IntConsumer row) {
    if (parallel && n >= PARALLEL_MIN) {
      IntStream.range(0, count).parallel().forEach(row);
    } else {
      for (int i = 0; i < count; i++) {
        row.accept(i);
      }
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

  /** One challenger's working arrays (S5–S6), reused from one challenger to the next. */
  private static final class Scratch {
    /** gain[j]: i's gain from challenging j, or NaN where it was not computed (j cannot be i's best). */
    final double[] gain;
    /** p[j]: i's estimate of the probability that it beats j, where gain[j] is computed. */
    final double[] p;
    final double[] key;
    final int[] order;
    final int[] tmp;
    final long[] packed;
    final double[] uMi;
    final double[] uMm;
    /** joinOwn[m] = 2 U(m,i) + U(m,m) and joinOther[m] = 3 U(m,i), as the third-party sum forms them. */
    final double[] joinOwn;
    final double[] joinOther;
    /** rest[m]: an upper bound on what third parties m..n-1 can add to i's coalition. */
    final double[] rest;
    final ChallengeBatch batch;
    /** The third parties' R, uMi, uMm, joinOwn, joinOther and rest in the order of their weight. */
    final double[] rW;
    final double[] uMiW;
    final double[] uMmW;
    final double[] joinOwnW;
    final double[] joinOtherW;
    final double[] restW;

    Scratch(int n) {
      rW = new double[n];
      uMiW = new double[n];
      uMmW = new double[n];
      joinOwnW = new double[n];
      joinOtherW = new double[n];
      restW = new double[n + 1];
      gain = new double[n];
      p = new double[n];
      key = new double[n];
      order = new int[n];
      tmp = new int[n];
      packed = new long[n];
      uMi = new double[n];
      uMm = new double[n];
      joinOwn = new double[n];
      joinOther = new double[n];
      rest = new double[n + 1];
      batch = new ChallengeBatch(n);
    }
  }

  private Scratch scratch() {
    if (scratch == null) {
      scratch = new Scratch(n);
    }
    return scratch;
  }

  /**
   * S5–S6 from i's own perspective for every target that can be i's best: fills {@code sc.gain} and {@code sc.p},
   * NaN for i itself and for targets proven worse than the best found (less a margin of 1e-9 for rounding, and the
   * tie tolerance with symmetric ties). The gain of challenging j is at most U(i,i) - U(i,j) (reached when P = 1),
   * so targets are tried in order of that bound, largest first, and the search stops once no remaining bound can
   * beat the best found; a target's third-party sum also stops early once even the largest contribution the
   * remaining third parties could make cannot lift it to the best (see {@link #challengeFast}). The targets computed
   * get exactly the numbers {@link #challenge} gives.
   */
  private void challengesBy(int i, Scratch sc) {
    double[] rI = rEst[i];
    double uii = est(i, i, i);
    double[] key = sc.key;
    for (int j = 0; j < n; j++) {
      key[j] = est(i, i, j) - uii;
      sc.gain[j] = Double.NaN;
    }
    if (byPosition != null) {
      outsideIn(i, key, sc.order);
    } else {
      nearlyAscending(key, sc.order, sc.tmp, sc.packed);
    }
    double[] uMi = sc.uMi;
    double[] uMm = sc.uMm;
    double[] ti = distT[i];
    for (int m = 0; m < n; m++) {
      uMi[m] = SpatialModel.utility(ti[m], rI[m]);
      uMm[m] = SpatialModel.utility(dist[m][m], rI[m]);
      sc.joinOwn[m] = 2 * uMi[m] + uMm[m];
      sc.joinOther[m] = 3 * uMi[m];
    }
    double best = MIN_GAIN;
    double slack = 1e-9 + (symmetric ? TIE : 0);
    if (batchedSearch()) {
      batched(i, uii, sc, best, slack);
      return;
    }
    double rest = 0;
    sc.rest[n] = 0;
    for (int m = n - 1; m >= 0; m--) {
      if (m != i) {
        rest += weight[m] * Math.max(uMm[m] - uMi[m], 0);
      }
      sc.rest[m] = rest;
    }
    for (int k = 0; k < n; k++) {
      int j = sc.order[k];
      if (j == i) {
        continue;
      }
      if (-key[j] + slack < best) {
        break;
      }
      double g = challengeFast(i, j, uii, sc, best - slack);
      if (!Double.isNaN(g)) {
        best = Math.max(best, g);
      }
    }
  }

  /** Whether the challenges take {@link ChallengeBatch}'s search (Prop votes and SemiCommit, KTAB's defaults). */
  private boolean batchedSearch() {
    return o.votingRule() == SmpOptions.VotingRule.PROP
        && o.thirdPartyCommit() == SmpOptions.ThirdPartyCommit.SEMI_COMMIT;
  }

  /** Third parties are summed in blocks of this many, checking between blocks whether the target can still win. */
  private static final int BLOCK = 16;
  /**
   * {@link #challengesBy}'s search with Prop and SemiCommit ({@link ChallengeBatch}): the targets in order of their
   * bound, with the principals' strengths and the bound on third parties' p_n of each.
   */
  private void batched(int i, double uii, Scratch sc, double best, double slack) {
    double[] rI = rEst[i];
    ChallengeBatch batch = sc.batch;
    int count = 0;
    for (int k = 0; k < n; k++) {
      int j = sc.order[k];
      if (j == i) {
        continue;
      }
      batch.candidate[count] = j;
      batch.candBound[count] = -sc.key[j];
      count++;
    }
    // a candidate's principals and bound on p_n, once the search takes it (most never are)
    java.util.function.IntConsumer principals = k -> {
      int j = batch.candidate[k];
      double uij = SpatialModel.utility(dist[i][j], rI[i]);
      double vi = vote(weight[i], uii, uij);
      double vj = vote(weight[j], sc.uMi[j], sc.uMm[j]);
      double a = 1e-10 + Math.max(vi, 0) + Math.max(vj, 0);
      double b = 1e-10 + Math.max(-vi, 0) + Math.max(-vj, 0);
      batch.candA[k] = a;
      batch.candB[k] = b;
      batch.candUij[k] = uij;
      batch.candSigma[k] = sigma[j];
      batch.candShare[k] = shareBound(i, j, a, b);
    };
    // the third parties' inputs in the order of their weight, and the bound on what the rest can add in that order
    double rest = 0;
    sc.restW[n] = 0;
    for (int k = n - 1; k >= 0; k--) {
      int m = byWeight[k];
      sc.rW[k] = rI[m];
      sc.uMiW[k] = sc.uMi[m];
      sc.uMmW[k] = sc.uMm[m];
      sc.joinOwnW[k] = sc.joinOwn[m];
      sc.joinOtherW[k] = sc.joinOther[m];
      if (m != i) {
        rest += weight[m] * Math.max(sc.uMm[m] - sc.uMi[m], 0);
      }
      sc.restW[k] = rest;
    }
    batch.search(i, uii, count, principals, best, slack, distW, distWCappedView,
        new ChallengeBatch.Inputs(byWeight, placeByWeight, sc.rW, weightByWeight, sc.uMiW, sc.uMmW, sc.joinOwnW,
            sc.joinOtherW, sc.restW), sc.gain, sc.p);
  }

  /**
   * {@link #challenge}(i, i, i, j) with i's third-party utilities of i and of their own positions given: stores and
   * returns the gain (and P in {@code sc.p}), or returns NaN without storing once the gain is proven below
   * {@code threshold}. With proportional votes a third party m adds to i's side at most w_m (U(m,m) - U(m,i)) (its
   * vote between joining i and joining j, SemiCommit, at p_n = 1; nothing under FullCommit and NoCommit), so before
   * each block P is bounded by (A + rest)/(A + rest + B); the gain grows with P. The sums themselves run over m in
   * order, as {@link #challenge}'s do, so a completed target's numbers are unchanged.
   */
  private double challengeFast(int i, int j, double uii, Scratch sc, double threshold) {
    double[] uMi = sc.uMi;
    double[] uMm = sc.uMm;
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
    double sj = sigma[j];
    double share = prop ? shareBound(i, j, a0, b0) : 1;
    double[] dj = distT[j];
    double[] joinOwn = sc.joinOwn;
    double[] joinOther = sc.joinOther;
    for (int start = 0; start < n; start += BLOCK) {
      if (prop) {
        double rem = share * sc.rest[start] * (1 + 1e-9);
        if (gain(uii, uij, sj, (a + rem) / (a + rem + b)) < threshold) {
          return Double.NaN;
        }
      }
      int end = Math.min(n, start + BLOCK);
      for (int m = start; m < end; m++) {
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
          joinI = pin * joinOwn[m] + pjn * (3 * umj);
          joinJ = pin * joinOther[m] + pjn * (2 * umj + umm);
        } else if (commit == SmpOptions.ThirdPartyCommit.FULL_COMMIT) {
          joinI = pin * joinOther[m] + pjn * (3 * umj);
          joinJ = joinI;
        } else {
          joinI = pin * joinOwn[m] + pjn * (2 * umj + umm);
          joinJ = joinI;
        }
        double v = prop ? w * (joinI - joinJ) : vote(w, joinI, joinJ);
        a += Math.max(v, 0);
        b += Math.max(-v, 0);
      }
    }
    double p = a / (a + b);
    double g = gain(uii, uij, sj, p);
    sc.p[j] = p;
    sc.gain[j] = g;
    return g;
  }

  /**
   * An upper bound on every third party's p_n in i's challenge of j (on one line; 1 elsewhere): p_n grows with the
   * third party's own vote w_m (U(m,i) - U(m,j)), and on a line |U(m,i) - U(m,j)| ≤ 2 |x_i - x_j| (the utility's
   * slope is at most 1 + |R| ≤ 2 and |d(m,i) - d(m,j)| ≤ |x_i - x_j|), so p_n ≤ (a0 + r)/(a0 + b0 + r) with
   * r = 2 max_m w_m |x_i - x_j| (widened by 1e-9 for rounding).
   */
  private double shareBound(int i, int j, double a0, double b0) {
    if (x[i].length != 1) {
      return 1;
    }
    double reach = 2 * maxWeight * Math.abs(x[i][0] - x[j][0]) * (1 + 1e-9) + 1e-12;
    return Math.min(1, (a0 + reach) / (a0 + b0 + reach) * (1 + 1e-9));
  }

  /** S6: i's gain from challenging j with own utilities {@code uii}, {@code uij}, j's total salience, and P. */
  static double gain(double uii, double uij, double sigmaJ, double p) {
    double victory = 2 * uii;
    double defeat = 2 * uij;
    double contest = p * victory + (1 - p) * defeat;
    double challenge = (1 - sigmaJ) * victory + sigmaJ * contest;
    return challenge - (uii + uij);
  }

  /** Returns the indices of {@code key} in ascending order of their values (stable). */
  static int[] ascending(double[] key) {
    int[] order = new int[key.length];
    sortAscending(key, order, new int[key.length]);
    return order;
  }

  /**
   * On a line: fills {@code order} with the actors from the farthest from i inwards, merging those left of i (from
   * the left end) and those right of i (from the right end) by {@code key}, and i last. Along each side d(i, j), a
   * chain of rounded operations each monotone in x_j, grows with the distance, and U(i, j) falls with d for R in
   * [-1, 1], so the keys ascend up to rounding (far below the search's margin of 1e-9): O(n) instead of a sort.
   */
  private void outsideIn(int i, double[] key, int[] order) {
    int r = rankOfPosition[i];
    int left = 0;
    int right = n - 1;
    for (int k = 0; k < n - 1; k++) {
      boolean takeLeft = left < r && (right <= r || key[byPosition[left]] <= key[byPosition[right]]);
      order[k] = takeLeft ? byPosition[left++] : byPosition[right--];
    }
    order[n - 1] = i;
  }

  /** Largest number of actors whose indices {@link #nearlyAscending} packs into a key's low bits. */
  private static final int PACKED_MAX = 4096;

  /**
   * Fills {@code order} with the indices of {@code key} (values of magnitude at most about 2) in ascending order up
   * to 2e-12: up to {@value #PACKED_MAX} actors, each key's sortable bits lose their lowest 12 bits to its index and
   * a primitive sort orders them (keys closer than 2^-40 relative may come in either order, which the search's margin
   * of 1e-9 covers); more actors are sorted exactly.
   */
  private static void nearlyAscending(double[] key, int[] order, int[] tmp, long[] packed) {
    int len = key.length;
    if (len > PACKED_MAX) {
      sortAscending(key, order, tmp);
      return;
    }
    long mask = PACKED_MAX - 1;
    for (int k = 0; k < len; k++) {
      long bits = Double.doubleToLongBits(key[k]);
      // negative doubles: flip all but the sign, so that signed order is numeric order
      bits ^= (bits >> 63) & Long.MAX_VALUE;
      packed[k] = (bits & ~mask) | k;
    }
    java.util.Arrays.sort(packed, 0, len);
    for (int k = 0; k < len; k++) {
      order[k] = (int) (packed[k] & mask);
    }
  }

  /** Fills {@code order} with the indices of {@code key} in ascending order (a stable merge sort; no boxing). */
  private static void sortAscending(double[] key, int[] order, int[] tmp) {
    int len = key.length;
    for (int k = 0; k < len; k++) {
      order[k] = k;
    }
    int[] src = order;
    int[] dst = tmp;
    for (int width = 1; width < len; width *= 2) {
      for (int lo = 0; lo < len; lo += 2 * width) {
        int mid = Math.min(lo + width, len);
        int hi = Math.min(lo + 2 * width, len);
        int a = lo;
        int b = mid;
        int k = lo;
        while (a < mid && b < hi) {
          dst[k++] = key[src[b]] < key[src[a]] ? src[b++] : src[a++];
        }
        while (a < mid) {
          dst[k++] = src[a++];
        }
        while (b < hi) {
          dst[k++] = src[b++];
        }
      }
      int[] t = src;
      src = dst;
      dst = t;
    }
    if (src != order) {
      System.arraycopy(src, 0, order, 0, len);
    }
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
    IntConsumer row = b -> {
      Bargain g = bargains.get(b);
      if (lineX != null && lineSalient) {
        valuesOnLine(g, values[b]);
        return;
      }
      for (int a = 0; a < n; a++) {
        double moved = SpatialModel.utility(SpatialModel.distance(x[a], g.xi(), s[a]), bigR[a])
            + SpatialModel.utility(SpatialModel.distance(x[a], g.xj(), s[a]), bigR[a]);
        double rest = ownTotal[a] - own[a][g.i()] - own[a][g.j()];
        values[b][a] = (moved + rest) / n;
      }
    };
    each(bargains.size(), row);
    return values;
  }

  /**
   * {@link #values} of bargain {@code g} on a line, in {@code out}: the same operations (S1 with one dimension,
   * 0 + t² = t² and 0 + s² = s² exactly; S2 as (1 - d)(1 + min(d, 1) R), for d &gt; 1 1 · R = R exactly), the
   * distances and utilities in one loop the JIT vectorises; only when every s² &gt; 0.
   */
  private void valuesOnLine(Bargain g, double[] out) {
    double bi = g.xi()[0];
    double bj = g.xj()[0];
    int gi = g.i();
    int gj = g.j();
    for (int a = 0; a < n; a++) {
      out[a] = ownTotal[a] - own[a][gi] - own[a][gj];
    }
    double[] line = lineX;
    double[] sal = lineSalience;
    double[] ss = lineSalienceSq;
    double[] r = bigR;
    for (int a = 0; a < n; a++) {
      double ti = (line[a] - bi) * sal[a];
      double di = Math.sqrt(ti * ti / ss[a]);
      double tj = (line[a] - bj) * sal[a];
      double dj = Math.sqrt(tj * tj / ss[a]);
      double moved = (1 - di) * (1 + Math.min(di, 1) * r[a]) + (1 - dj) * (1 + Math.min(dj, 1) * r[a]);
      out[a] = (moved + out[a]) / n;
    }
  }

  /**
   * S8–S9: k's position after the bargain that wins its queue ({@code queue} holds indices into {@code bargains}, and
   * {@link #STATUS_QUO} for k's status quo, in KTAB's order); ties as {@link SmpOptions#ties()} says (the first in the
   * queue, or with {@code SYMMETRIC} the average of k's side of those within 1e-9 of the largest); {@code statusQuo}
   * holds every actor's value of the status quo.
   */
  private double[] resolve(int k, List<Bargain> bargains, List<Integer> queue, double[][] values,
      double[] statusQuo) {
    int m = queue.size();
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
