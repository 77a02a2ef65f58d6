package org.strait.bargain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.strait.core.Require;

/*
 * The spatial model of politics (SMP) of KTAB, the KAPSARC Toolkit for Behavioral Analysis (Wise, Lester,
 * Abdollahian et al.; "An Introduction to KTAB", KAPSARC discussion paper 2015; "Multidimensional bargaining using
 * KTAB", 2016; SMP user guide v1.4, 2019). Behaviour was read from KTAB's documentation and reference logs; labels
 * S1–S10 are ours (the sources do not number their equations). Positions x_i and saliences s_i are vectors scaled
 * to [0, 1]; c_i is capability; σ_i = Σ_d s_id.
 *
 *  S1 distance     d(i, j) = sqrt(Σ_d (s_id (x_id - x_jd))² / Σ_d s_id²)       salience-weighted, i's view
 *  S2 utility      u(d, R) = (1 - d)(1 + d R); R = 0 risk neutral, R = 1 averse, R = -1 seeking
 *  S3 risk         a PCE (SmpVoting K1–K4) over the actors' positions with risk-neutral utilities and weights
 *                  c_k gives p_i; BigRRange maps it linearly: Min (p - pmin)/(pmax - pmin), Mid
 *                  (3p - pmax - 2 pmin)/(2 (pmax - pmin)), Max (2p - pmax - pmin)/(pmax - pmin); if all p are
 *                  equal, R = 0 (our choice; KTAB divides by zero)
 *  S4 estimated R  h's estimate of R_i by BigRAdjust: None R_h, OneThird (2R_h + R_i)/3, Half (R_h + R_i)/2,
 *                  TwoThirds (R_h + 2R_i)/3, Full R_i; U^h(i, j) = u(d(i, j), R^h_i)
 *  S5 challenge    h's estimate of i challenging j: principals add their own votes K1 with weight σc,
 *                  v_i = vote(σ_i c_i, U(i,i), U(i,j)), v_j = vote(σ_j c_j, U(j,i), U(j,j)), to strengths A (for i)
 *                  and B (for j) starting from 1e-10; each third party n first estimates its "little" contest
 *                  p_n = A'/(A' + B') after adding its own vote, then votes vote(σ_n c_n, U_ik:j, U_i:jk) between
 *                  the expected utilities of joining i or j (ThirdPartyCommit: SemiCommit U_ik:j =
 *                  p_n(2U(n,i) + U(n,n)) + (1 - p_n) 3U(n,j), U_i:jk = p_n 3U(n,i) + (1 - p_n)(2U(n,j) + U(n,n)));
 *                  P = A/(A + B)
 *  S6 gain         for the affected actor k: E = (1 - σ_j) 2U(k,i) + σ_j (P 2U(k,i) + (1 - P) 2U(k,j)),
 *                  gain = E - (U(k,i) + U(k,j)); i targets the j with the greatest own gain above 1e-5
 *  S7 bargain      per dimension (InterVecBrgn S2P2): w_i = (s_id P)², w_j = (s_jd (1 - P))²,
 *                  b_i = ((w_i + 1e-6) x_id + w_j x_jd)/(w_i + 1e-6 + w_j),
 *                  b_j = (w_i x_id + (w_j + 1e-6) x_jd)/(same),
 *                  rounded to 4 decimals; S1P1 uses first powers; S2PMax shifts by the truncated difference of P
 *  S8 resolution   every actor k holds a queue: its status quo, its own bargain and those aimed at it; the value of a
 *                  bargain to actor a is the mean over all actors' positions after it, (1/n) Σ u; a PCE over the
 *                  queue with weights c gives probabilities; Deterministic takes the most probable bargain
 *  S9 new state    k adopts its side of its winning bargain
 *  S10 stop        after turn t ≥ minTurns stop when Σ_i |x_i(t) - x_i(t-1)| / (Σ_i |x_i(1) - x_i(0)| + 1e-4) <
 *                  minDeltaRatio, or at maxTurns
 * Actors whose saliences are all zero take no part (KTAB rejects a zero voting weight) and keep their positions.
 * Departures from KTAB's code, all outside its defaults: Ties=Symmetric resolves exact ties symmetrically (see
 * SmpState), and with BargnModel InitRcvrInterp or PWCompInterp the receiver's bargain is interpolated with the receiver's estimated
 * probability that the initiator wins (KTAB passes a utility difference there) and the power weights use each
 * actor's own capability.
 */

/** The spatial model of politics of KTAB, with KTAB's options and defaults. */
public final class SpatialModel implements BargainModel {
  private final SmpOptions options;
  private final boolean parallel;

  /** Creates the model with {@code options}, computing each turn on the calling thread. */
  public SpatialModel(SmpOptions options) {
    this(options, false);
  }

  /**
   * Creates the model with {@code options}; with {@code parallel}, each turn's challenges (S5–S6) and, with
   * deterministic transitions, the resolution of the actors' queues (S8–S9) are spread over the common fork-join
   * pool from 64 actors up. The results are the same either way, on any number of threads: each challenger's and
   * each queue's numbers are computed alone and gathered in actor order.
   */
  public SpatialModel(SmpOptions options, boolean parallel) {
    this.options = Require.nonNull(options, "options");
    this.parallel = parallel;
  }

  /** Returns this model with the same options, its challenges spread over the common fork-join pool. */
  public SpatialModel parallel() {
    return parallel ? this : new SpatialModel(options, true);
  }

  @Override
  public String name() {
    return "smp";
  }

  @Override
  public BargainRun run(Dispute dispute) {
    int all = dispute.size();
    int dims = dispute.dimensionCount();
    List<Integer> active = new ArrayList<>();
    for (int i = 0; i < all; i++) {
      if (dispute.stakeholders().get(i).totalSalience() > 0) {
        active.add(i);
      }
    }
    int n = active.size();
    double[][] s = new double[n][dims];
    double[] c = new double[n];
    double[][] x0 = new double[n][dims];
    for (int a = 0; a < n; a++) {
      Stakeholder st = dispute.stakeholders().get(active.get(a));
      c[a] = st.capability();
      for (int d = 0; d < dims; d++) {
        s[a][d] = st.salience(d) / 100;
        x0[a][d] = st.position(d) / 100;
      }
    }
    SmpState state = new SmpState(options, c, s, new SplittableRandom(options.seed()), true, parallel);
    List<double[][]> path = new ArrayList<>();
    path.add(x0);
    boolean converged = n < 2;
    if (!converged) {
      double firstStep = 0;
      for (int t = 1; t <= options.maxTurns(); t++) {
        double[][] next = state.turn(path.get(t - 1));
        path.add(next);
        double step = distance(path.get(t - 1), next);
        if (t == 1) {
          firstStep = step + 1e-4;
        }
        if (t >= options.minTurns() && step / firstStep < options.minDeltaRatio()) {
          converged = true;
          break;
        }
      }
    }
    List<double[][]> rounds = new ArrayList<>(path.size());
    for (double[][] x : path) {
      double[][] round = new double[all][dims];
      for (int i = 0; i < all; i++) {
        for (int d = 0; d < dims; d++) {
          round[i][d] = dispute.stakeholders().get(i).position(d);
        }
      }
      for (int a = 0; a < n; a++) {
        for (int d = 0; d < dims; d++) {
          round[active.get(a)][d] = 100 * x[a][d];
        }
      }
      rounds.add(round);
    }
    return BargainRun.of(dispute, name(), rounds, converged);
  }

  /** S10: the sum over actors of the Euclidean distance between their positions in two states. */
  static double distance(double[][] a, double[][] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double sq = 0;
      for (int d = 0; d < a[i].length; d++) {
        sq += (a[i][d] - b[i][d]) * (a[i][d] - b[i][d]);
      }
      sum += Math.sqrt(sq);
    }
    return sum;
  }

  /** S1: the salience-weighted distance between positions {@code a} and {@code b} as seen with saliences {@code s}. */
  static double distance(double[] a, double[] b, double[] s) {
    double ds = 0;
    double ss = 0;
    for (int d = 0; d < a.length; d++) {
      double t = (a[d] - b[d]) * s[d];
      ds += t * t;
      ss += s[d] * s[d];
    }
    return ss > 0 ? Math.sqrt(ds / ss) : 0;
  }

  /** S2: the utility of a position at salience-weighted distance {@code d} for risk attitude {@code bigR}. */
  static double utility(double d, double bigR) {
    return d <= 1 ? (1 - d) * (1 + d * bigR) : (1 - d) * (1 + bigR);
  }
}
