package org.strait.bargain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.strait.core.Require;

/*
 * Bueno de Mesquita's expected-utility group decision model as specified by Scholz, Calbert and Smith (2011),
 * "Unravelling Bueno de Mesquita's group decision model", J. Theoretical Politics 23(4) (conference version:
 * ICAART 2011). Equation numbers are theirs. One issue (dimension) at a time; x_i position, c_i capability, s_i
 * salience in [0, 1], R = x_max - x_min (range of the current positions).
 *
 *  votes (26, 28, 29)      v^{jk} = Σ_i c_i s_i (|x_i - x_k| - |x_i - x_j|) / R; the median μ is the position that
 *                          no other defeats (Condorcet winner, Appendix step 3; Black 1948).
 *  utilities (15, 16, 22–24), with risk exponent r_i:
 *                          U_s = 2 - 4 (0.5 - 0.5 |x_i - x_j| / R)^r_i            success
 *                          U_f = 2 - 4 (0.5 + 0.5 |x_i - x_j| / R)^r_i            failure
 *                          U_b = 2 - 4 (0.5 - 0.25 (|x_i - μ| + |x_i - x_j|) / R)^r_i   better
 *                          U_w = 2 - 4 (0.5 + 0.25 (|x_i - μ| + |x_i - x_j|) / R)^r_i   worse
 *                          U_sq = 2 - 4 (0.5)^r_i                                 status quo
 *  probability (30, 31)    P^i = Σ_{k: a_k > 0} c_k s_k a_k / Σ_k c_k s_k |a_k|, a_k = |x_k - x_j| - |x_k - x_i|
 *  expected utility (5–7)  E^i(U_ij) = s_j (P^i U_s + (1 - P^i) U_f) + (1 - s_j) U_s
 *                                      - Q U_sq - (1 - Q) (T U_b + (1 - T) U_w)
 *                          T = 1 when the median is closer to i than j is (their cases 1 and 3A), else 0.
 *  risk (33, 34)           Sec_i = Σ_{j≠i} E^j(U_ji) computed with r = 1 (the security level of §5: what i's
 *                          adversaries expect from challenging i); R_i = (2 Sec_i - max Sec - min Sec) /
 *                          (max Sec - min Sec); r_i = (1 - R_i/3) / (1 + R_i/3); the expected utilities are then
 *                          recomputed with these r_i (§5, Appendix steps 8–10).
 *  decisions (§6, fig. 6, eqs. 35–36), a = E^i(U_ij), b = E^j(U_ji):
 *                          a > 0, b > 0  conflict: an uncertain outcome, nobody moves (option conflictMoves: the
 *                                        one with the smaller expected utility moves to the other, fig. 6);
 *                          a > 0 ≥ b, |a| > |b|  compromise: x_j moves (x_i - x_j) |b / a| towards x_i (35);
 *                          a > 0 ≥ b, |a| ≤ |b|  capitulation: x_j moves to x_i; mirrored for j (36);
 *                          a ≤ 0, b ≤ 0  status quo.
 *                          Each actor accepts, among the offers it receives, the most enforceable one (the
 *                          proposer's expected utility is highest); among equals it moves least (§6.2).
 *  rounds                  Appendix steps 2–13, repeated τ times or until no position moves more than the
 *                          tolerance.
 * Interpretations the paper leaves open (equation numbers and readings taken from a public transcription of the
 * paper, not re-checked against the printed PDF): the security sum uses the challengers' expected utilities (the
 * prose of §5) rather than the superscript printed in the Appendix; ties between Condorcet winners take the midpoint
 * of the tied positions; several dimensions are bargained independently, each with its own salience; an actor with
 * zero salience on a dimension takes no part in that dimension.
 */

/** Bueno de Mesquita's expected-utility model as specified by Scholz, Calbert and Smith (2011). */
public final class ExpectedUtilityModel implements BargainModel {
  private final EuOptions options;

  /** Creates the model with {@code options}. */
  public ExpectedUtilityModel(EuOptions options) {
    this.options = Require.nonNull(options, "options");
  }

  @Override
  public String name() {
    return "eu";
  }

  @Override
  public BargainRun run(Dispute dispute) {
    int n = dispute.size();
    int dims = dispute.dimensionCount();
    List<List<double[]>> perDimension = new ArrayList<>();
    boolean converged = true;
    int longest = 1;
    for (int k = 0; k < dims; k++) {
      Issue issue = Issue.of(dispute, k);
      List<double[]> path = new ArrayList<>();
      path.add(issue.x.clone());
      boolean settled = issue.participants() < 2;
      while (!settled && path.size() <= options.rounds()) {
        double[] next = step(issue);
        double moved = 0;
        for (int i = 0; i < next.length; i++) {
          moved = Math.max(moved, Math.abs(next[i] - issue.x[i]));
        }
        issue = issue.moveTo(next);
        path.add(next);
        settled = moved <= options.tolerance();
      }
      converged &= settled;
      longest = Math.max(longest, path.size());
      perDimension.add(path);
    }
    List<double[][]> rounds = new ArrayList<>();
    for (int t = 0; t < longest; t++) {
      double[][] round = new double[n][dims];
      for (int k = 0; k < dims; k++) {
        List<double[]> path = perDimension.get(k);
        double[] x = path.get(Math.min(t, path.size() - 1));
        for (int i = 0; i < n; i++) {
          round[i][k] = x[i];
        }
      }
      rounds.add(round);
    }
    return BargainRun.of(dispute, name(), rounds, converged);
  }

  /** Computes one round on one issue: Appendix steps 2–11. */
  double[] step(Issue issue) {
    int n = issue.x.length;
    double mu = issue.median();
    double[] r = new double[n];
    Arrays.fill(r, 1.0);
    double[][] eu = expectedUtilities(issue, mu, r);
    if (options.riskAdjusted()) {
      r = riskExponents(issue, eu);
      eu = expectedUtilities(issue, mu, r);
    }
    return decide(issue, eu, options.conflictMoves());
  }

  /** Returns E^i(U_ij) for all ordered pairs of participants (eqs. 5–7); zero elsewhere. */
  double[][] expectedUtilities(Issue issue, double mu, double[] r) {
    int n = issue.x.length;
    double[][] eu = new double[n][n];
    double range = issue.range();
    double q = options.q();
    for (int i = 0; i < n; i++) {
      if (!issue.takesPart(i)) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        if (i == j || !issue.takesPart(j) || issue.x[i] == issue.x[j]) {
          continue;
        }
        double dij = Math.abs(issue.x[i] - issue.x[j]) / range;
        double dim = Math.abs(issue.x[i] - mu) / range;
        double us = 2 - 4 * Math.pow(0.5 - 0.5 * dij, r[i]);
        double uf = 2 - 4 * Math.pow(0.5 + 0.5 * dij, r[i]);
        double ub = 2 - 4 * Math.pow(Math.max(0, 0.5 - 0.25 * (dim + dij)), r[i]);
        double uw = 2 - 4 * Math.pow(0.5 + 0.25 * (dim + dij), r[i]);
        double usq = 2 - 4 * Math.pow(0.5, r[i]);
        double t = Math.abs(issue.x[i] - mu) < Math.abs(issue.x[i] - issue.x[j]) ? 1 : 0;
        double p = issue.probability(i, j);
        double sj = issue.s[j];
        double challenge = sj * (p * us + (1 - p) * uf) + (1 - sj) * us;
        double noChallenge = q * usq + (1 - q) * (t * ub + (1 - t) * uw);
        eu[i][j] = challenge - noChallenge;
      }
    }
    return eu;
  }

  /** Returns the risk exponents r_i of eqs. 33–34 from first-pass expected utilities. */
  static double[] riskExponents(Issue issue, double[][] eu) {
    int n = issue.x.length;
    double[] security = new double[n];
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (!issue.takesPart(i)) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        security[i] += j == i ? 0 : eu[j][i];
      }
      max = Math.max(max, security[i]);
      min = Math.min(min, security[i]);
    }
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double bigR = max > min ? (2 * security[i] - max - min) / (max - min) : 0;
      r[i] = (1 - bigR / 3) / (1 + bigR / 3);
    }
    return r;
  }

  /** Applies §6: classifies every pair, collects the offers and lets every actor accept its best one. */
  static double[] decide(Issue issue, double[][] eu, boolean conflictMoves) {
    int n = issue.x.length;
    double[] next = issue.x.clone();
    double[] bestEnforce = new double[n];
    double[] bestMove = new double[n];
    Arrays.fill(bestEnforce, Double.NEGATIVE_INFINITY);
    Arrays.fill(bestMove, Double.POSITIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (!issue.takesPart(i) || !issue.takesPart(j) || issue.x[i] == issue.x[j]) {
          continue;
        }
        double a = eu[i][j];
        double b = eu[j][i];
        if (a > 0 && b > 0 && !conflictMoves) {
          continue;
        }
        if (a > 0 && (b <= 0 || a > b)) {
          double target = b > 0 || Math.abs(b) >= Math.abs(a)
              ? issue.x[i] : issue.x[j] + (issue.x[i] - issue.x[j]) * Math.abs(b / a);
          offer(issue, j, target, a, next, bestEnforce, bestMove);
        } else if (b > 0 && (a <= 0 || b > a)) {
          double target = a > 0 || Math.abs(a) >= Math.abs(b)
              ? issue.x[j] : issue.x[i] + (issue.x[j] - issue.x[i]) * Math.abs(a / b);
          offer(issue, i, target, b, next, bestEnforce, bestMove);
        }
      }
    }
    return next;
  }

  private static void offer(Issue issue, int mover, double target, double enforce, double[] next,
      double[] bestEnforce, double[] bestMove) {
    double move = Math.abs(target - issue.x[mover]);
    boolean better = enforce > bestEnforce[mover]
        || (enforce == bestEnforce[mover] && (move < bestMove[mover]
            || (move == bestMove[mover] && target < next[mover])));
    if (better) {
      bestEnforce[mover] = enforce;
      bestMove[mover] = move;
      next[mover] = target;
    }
  }
}
