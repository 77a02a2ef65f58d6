package org.strait.bargain;

/**
 * One challenger's search for its best target (S5–S6) with proportional votes and SemiCommit, KTAB's defaults:
 * the targets in order of their bound, {@value #SLOTS} at a time, each target's third parties in chunks of
 * {@value #CHUNK}, heaviest voter first. Each third party's vote is formed by the operations of
 * {@link SmpState#challenge} (it depends only on the principals' strengths, not on the other third parties), and a
 * target that completes has its strengths A and B summed anew in the order m = 0, 1, …, n-1 of that loop, so its
 * numbers are unchanged to the last bit; but a chunk's votes are computed in loops the JIT vectorises, and the
 * partial sums of the targets in flight are interleaved, so that no chain of dependent additions waits on another.
 *
 * <p>Before each chunk a target is checked against a bound: P is at most (A + r)/(A + r + B), where A and B are the
 * partial sums so far and r bounds what the remaining third parties can add to the challenger's side, and the gain
 * grows with P; a target that cannot reach the best gain found so far (less a margin) is dropped. Taking the
 * heaviest voters first makes r shrink fastest. Owned by one challenger's scratch; not thread-safe.
 */
final class ChallengeBatch {
  /** Third parties are computed and added in chunks of this many, checking between chunks which targets can win. */
  static final int CHUNK = 128;
  /** Targets in flight at once. */
  static final int SLOTS = 4;

  /** Candidates in order of their bound: target, principals' strengths, U(i,j), σ_j, p_n bound, gain bound. */
  final int[] candidate;
  final double[] candA;
  final double[] candB;
  final double[] candUij;
  final double[] candSigma;
  final double[] candShare;
  final double[] candBound;

  private final int[] slotCand = new int[SLOTS];
  private final int[] slotNext = new int[SLOTS];
  private final double[] slotA = new double[SLOTS];
  private final double[] slotB = new double[SLOTS];
  /** Each slot's votes for the challenger (pos) and for the target (neg) in its current chunk, at their m. */
  private final double[][] pos;
  private final double[][] neg;
  /** Each slot's first third party in its current chunk. */
  private final int[] from = new int[SLOTS];
  /** U(m, j), m's own vote, p_n and m's vote, between the loops of {@link #votes}. */
  private final double[] u;
  private final double[] own;
  private final double[] pin;
  private final double[] v;

  ChallengeBatch(int n) {
    candidate = new int[n];
    candA = new double[n];
    candB = new double[n];
    candUij = new double[n];
    candSigma = new double[n];
    candShare = new double[n];
    candBound = new double[n];
    // zero-padded to whole chunks: the padding stays +0, which leaves a strength unchanged
    int padded = (n + CHUNK - 1) / CHUNK * CHUNK;
    pos = new double[SLOTS][padded];
    neg = new double[SLOTS][padded];
    u = new double[n];
    own = new double[n];
    pin = new double[n];
    v = new double[n];
  }

  /**
   * What one challenger's third-party sums read, in the order {@code perm} of the third parties (the order in which
   * their votes are computed and the search's bounds checked, see {@link #search}): {@code perm[k]} is the k-th
   * third party, {@code place} its inverse; {@code r}, {@code weight}, {@code uMi}, {@code uMm}, {@code joinOwn} and
   * {@code joinOther} are indexed by k, and {@code rest[k]} bounds what third parties k..n-1 can add to the
   * challenger's side.
   */
  record Inputs(int[] perm, int[] place, double[] r, double[] weight, double[] uMi, double[] uMm, double[] joinOwn,
      double[] joinOther, double[] rest) {}

  /**
   * Searches the first {@code count} candidates (filled in by the caller, in order of {@code candBound}, the largest
   * gain each could reach; {@code principals} fills in candidate k's other numbers when the search takes it) for
   * challenger i with own utility {@code uii}: a candidate is tried while its bound, plus {@code slack}, reaches the
   * best gain found (at first {@code best}); each target completed gets its gain and P stored in {@code gainOut} and
   * {@code pOut}. {@code dist[j][k]} is d(perm[k], j), {@code distCapped} the same
   * capped at 1 (both in the order of {@code in.perm()}). Returns the best gain found.
   *
   * <p>The votes are computed chunk by chunk in the order of {@code perm} (the heaviest voters first, so that the
   * bound on what the rest can add shrinks fast), their partial sums serving only the bound (with a relative margin
   * of 1e-9 for their different rounding); a target that completes gets A and B summed anew in the order m = 0, 1,
   * …, n-1 of {@link SmpState#challenge}, so its numbers are unchanged to the last bit.
   */
  double search(int i, double uii, int count, java.util.function.IntConsumer principals, double best, double slack,
      double[][] dist, double[][] distCapped, Inputs in, double[] gainOut, double[] pOut) {
    int n = dist.length;
    int taken = 0;
    int busy = 0;
    for (int s = 0; s < SLOTS; s++) {
      slotCand[s] = -1;
    }
    while (true) {
      for (int s = 0; s < SLOTS; s++) {
        while (true) {
          if (slotCand[s] < 0) {
            if (taken >= count || candBound[taken] + slack < best) {
              taken = count;
              break;
            }
            principals.accept(taken);
            slotCand[s] = taken;
            slotNext[s] = 0;
            slotA[s] = candA[taken];
            slotB[s] = candB[taken];
            taken++;
            busy++;
          }
          int k = slotCand[s];
          double rem = candShare[k] * in.rest()[slotNext[s]] * (1 + 1e-9);
          double a = (slotA[s] + rem) * (1 + 1e-9);
          double b = slotB[s] * (1 - 1e-9);
          if (SmpState.gain(uii, candUij[k], candSigma[k], a / (a + b)) >= best - slack) {
            break;
          }
          slotCand[s] = -1;
          busy--;
        }
      }
      if (busy == 0) {
        return best;
      }
      for (int s = 0; s < SLOTS; s++) {
        if (slotCand[s] >= 0) {
          from[s] = slotNext[s];
          votes(s, i, candidate[slotCand[s]], slotNext[s], n, dist, distCapped, in);
        } else {
          from[s] = 0;
          java.util.Arrays.fill(pos[s], 0, CHUNK, 0);
          java.util.Arrays.fill(neg[s], 0, CHUNK, 0);
        }
      }
      accumulate();
      for (int s = 0; s < SLOTS; s++) {
        if (slotCand[s] < 0) {
          continue;
        }
        slotNext[s] += CHUNK;
        if (slotNext[s] >= n) {
          int k = slotCand[s];
          double p = inOrder(s, k, n, in.place());
          double g = SmpState.gain(uii, candUij[k], candSigma[k], p);
          pOut[candidate[k]] = p;
          gainOut[candidate[k]] = g;
          best = Math.max(best, g);
          slotCand[s] = -1;
          busy--;
        }
      }
    }
  }

  /**
   * P = A/(A + B) of candidate k, whose votes are all in slot s: A and B from the principals' strengths, adding the
   * third parties' votes in the order m = 0, 1, …, n-1 ({@code place[m]} is m's place in the slot's arrays).
   */
  private double inOrder(int s, int k, int n, int[] place) {
    double[] p = pos[s];
    double[] q = neg[s];
    double a = candA[k];
    double b = candB[k];
    for (int m = 0; m < n; m++) {
      int at = place[m];
      a += p[at];
      b += q[at];
    }
    return a / (a + b);
  }

  /** Adds each slot's chunk of votes to its strengths, in order, the slots' chains interleaved. */
  private void accumulate() {
    double[] p0 = pos[0];
    double[] p1 = pos[1];
    double[] p2 = pos[2];
    double[] p3 = pos[3];
    double[] n0 = neg[0];
    double[] n1 = neg[1];
    double[] n2 = neg[2];
    double[] n3 = neg[3];
    int f0 = from[0];
    int f1 = from[1];
    int f2 = from[2];
    int f3 = from[3];
    double a0 = slotA[0];
    double a1 = slotA[1];
    double a2 = slotA[2];
    double a3 = slotA[3];
    double b0 = slotB[0];
    double b1 = slotB[1];
    double b2 = slotB[2];
    double b3 = slotB[3];
    for (int t = 0; t < CHUNK; t++) {
      a0 += p0[f0 + t];
      b0 += n0[f0 + t];
      a1 += p1[f1 + t];
      b1 += n1[f1 + t];
      a2 += p2[f2 + t];
      b2 += n2[f2 + t];
      a3 += p3[f3 + t];
      b3 += n3[f3 + t];
    }
    slotA[0] = a0;
    slotA[1] = a1;
    slotA[2] = a2;
    slotA[3] = a3;
    slotB[0] = b0;
    slotB[1] = b1;
    slotB[2] = b2;
    slotB[3] = b3;
  }

  /**
   * Slot s's votes of the third parties at places {@code start} to {@code start + CHUNK} of {@code in.perm()} (zero
   * past n) in challenger i's challenge of target j, stored at their place in the slot's arrays: the loop of
   * {@link SmpState#challenge} with Prop and SemiCommit, without branches. U(m, j) = (1 - d)(1 + min(d, 1) R) is
   * S2's utility exactly (for d &gt; 1, 1 · R = R), and for finite v, max(v, 0) = (v + |v|)/2 and max(-v, 0) =
   * (|v| - v)/2 exactly (doubling and halving are exact); i and j themselves vote +0, and adding +0 to a positive
   * strength leaves it unchanged, so every sum in m's order is the one the direct loop forms.
   */
  private void votes(int s, int i, int j, int start, int n, double[][] dist, double[][] distCapped, Inputs in) {
    int end = Math.min(start + CHUNK, n);
    double[] d = dist[j];
    double[] dc = distCapped[j];
    double[] r = in.r();
    double[] w = in.weight();
    double[] uMi = in.uMi();
    double[] uMm = in.uMm();
    double[] joinOwn = in.joinOwn();
    double[] joinOther = in.joinOther();
    double[] u = this.u;
    double[] own = this.own;
    double[] p = this.pin;
    double[] v = this.v;
    double[] vPos = pos[s];
    double[] vNeg = neg[s];
    double a0 = candA[slotCand[s]];
    double b0 = candB[slotCand[s]];
    // small loops, which the JIT unrolls and vectorises (one loop with all of it, it does not)
    for (int m = start; m < end; m++) {
      double umj = (1 - d[m]) * (1 + dc[m] * r[m]);
      u[m] = umj;
      own[m] = w[m] * (uMi[m] - umj);
    }
    for (int m = start; m < end; m++) {
      double o = own[m];
      double abs = Math.abs(o);
      double ai = a0 + (o + abs) * 0.5;
      double bj = b0 + (abs - o) * 0.5;
      p[m] = ai / (ai + bj);
    }
    for (int m = start; m < end; m++) {
      double pi = p[m];
      double umj = u[m];
      double pj = 1 - pi;
      v[m] = w[m] * ((pi * joinOwn[m] + pj * (3 * umj)) - (pi * joinOther[m] + pj * (2 * umj + uMm[m])));
    }
    for (int m = start; m < end; m++) {
      double vm = v[m];
      double av = Math.abs(vm);
      vPos[m] = (vm + av) * 0.5;
      vNeg[m] = (av - vm) * 0.5;
    }
    int atI = in.place()[i];
    if (atI >= start && atI < end) {
      vPos[atI] = 0;
      vNeg[atI] = 0;
    }
    int atJ = in.place()[j];
    if (atJ >= start && atJ < end) {
      vPos[atJ] = 0;
      vNeg[atJ] = 0;
    }
  }
}
