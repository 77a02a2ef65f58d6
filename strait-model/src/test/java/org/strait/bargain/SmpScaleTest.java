package org.strait.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * The spatial model's shortcuts for many actors against the direct sums they replace: the O(n²) coalition
 * strengths on a line ({@link LineCoalitions}), the pruned and early-stopped search for each challenger's target,
 * and the parallel turn.
 */
class SmpScaleTest {
  private static final double MIN_GAIN = 1e-5;

  @Test
  void lineCoalitions_equalTheVoteSums_upToRounding() {
    SplittableRandom rng = new SplittableRandom(7);
    int n = 60;
    double[] w = new double[n];
    double[] x = new double[n];
    for (int k = 0; k < n; k++) {
      w[k] = rng.nextDouble(10, 200);
      // every fifth actor shares a position with the one before, so ties in position are covered
      x[k] = k % 5 == 4 ? x[k - 1] : rng.nextDouble();
    }
    double[][] byOption = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        byOption[i][k] = SpatialModel.utility(
            SpatialModel.distance(new double[] {x[k]}, new double[] {x[i]}, new double[] {0.8}), 0);
      }
    }
    double[][] direct = SmpVoting.coalitions(SmpOptions.VotingRule.PROP, w, byOption, n);
    double[][] line = LineCoalitions.of(w, x);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertThat(line[i][j]).as("C(%d:%d)", i, j).isCloseTo(direct[i][j], within(1e-12 * direct[i][j] + 1e-11));
      }
    }
    assertThat(line[3][4]).isEqualTo(1e-8);
    assertThat(line[4][3]).isEqualTo(1e-8);
  }

  @Test
  void propCoalitions_ofManyOptions_areTheVoteSumsInVoterOrder_toTheLastBit() {
    // the sums of few options pair by pair and of many voter by voter (each still in voter order), against the
    // textbook sums C(i:j) = 1e-8 + sum over k in order of max(0, w_k (u_ik - u_jk)); option 3 repeats option 2
    SplittableRandom rng = new SplittableRandom(5);
    for (int options : new int[] {9, 40, 61}) {
      int voters = 37;
      double[] w = new double[voters];
      for (int k = 0; k < voters; k++) {
        w[k] = rng.nextDouble(10, 200);
      }
      double[][] byOption = new double[options][voters];
      for (int i = 0; i < options; i++) {
        for (int k = 0; k < voters; k++) {
          byOption[i][k] = i == 3 ? byOption[2][k] : rng.nextDouble(-0.5, 1);
        }
      }
      double[][] c = SmpVoting.coalitions(SmpOptions.VotingRule.PROP, w, byOption, options);
      for (int i = 0; i < options; i++) {
        for (int j = 0; j < options; j++) {
          double sum = 1e-8;
          if (i != j) {
            for (int k = 0; k < voters; k++) {
              double v = w[k] * (byOption[i][k] - byOption[j][k]);
              sum += v > 0 ? v : 0;
            }
          }
          assertThat(c[i][j]).as("C(%d:%d) of %d options", i, j, options).isEqualTo(sum);
        }
      }
    }
  }

  @Test
  void targets_matchTheDirectChallengeOfEveryTarget() {
    // the pruned search must pick the target the unpruned S5-S6 picks, with the same probability to the last bit;
    // checked on the first turn, after 12 turns, and with everyone agreed (nobody has a target)
    int n = 80;
    SmpState state = new SmpState(SmpOptions.defaults(), capabilities(n, 11), saliences(n, 11),
        new SplittableRandom(1));
    double[][] x = positions(n, 11);
    state.prepare(x);
    int first = checkTargets(state, n);
    for (int t = 0; t < 12; t++) {
      x = state.turn(x);
    }
    state.prepare(x);
    int later = checkTargets(state, n);
    for (double[] position : x) {
      position[0] = 0.4;
    }
    state.prepare(x);
    int agreed = checkTargets(state, n);
    assertThat(first).as("challengers with a target, turn 1").isEqualTo(n);
    assertThat(later).as("challengers with a target, turn 13").isPositive();
    assertThat(agreed).as("challengers with a target, all agreed").isZero();
  }

  @Test
  void targets_matchTheDirectChallenge_acrossChunks_andWithoutTheBatchedSearch() {
    // more actors than a chunk of ChallengeBatch: each target's third parties span two chunks (the second short);
    // FullCommit takes the unbatched search of SmpState
    int n = ChallengeBatch.CHUNK + 12;
    SmpState state = new SmpState(SmpOptions.defaults(), capabilities(n, 13), saliences(n, 13),
        new SplittableRandom(1));
    state.prepare(positions(n, 13));
    assertThat(checkTargets(state, n)).as("challengers with a target, %d actors", n).isEqualTo(n);
    int small = 80;
    SmpState full = new SmpState(SmpOptions.defaults().with("ThirdPartyCommit", "FullCommit"),
        capabilities(small, 17), saliences(small, 17), new SplittableRandom(1));
    full.prepare(positions(small, 17));
    assertThat(checkTargets(full, small)).as("challengers with a target, FullCommit").isPositive();
  }

  /** Checks every challenger's target against the direct sums and returns how many have one. */
  private static int checkTargets(SmpState state, int n) {
    int withTarget = 0;
    for (int i = 0; i < n; i++) {
      double best = MIN_GAIN;
      double[][] pg = new double[n][];
      for (int j = 0; j < n; j++) {
        if (j != i) {
          pg[j] = state.challenge(i, i, i, j);
          best = Math.max(best, pg[j][1]);
        }
      }
      int expected = -1;
      for (int j = 0; j < n && expected < 0; j++) {
        if (j != i && pg[j][1] > MIN_GAIN && pg[j][1] >= best) {
          expected = j;
        }
      }
      double[][] chosen = state.targetsOf(i);
      if (expected < 0) {
        assertThat(chosen[0]).as("challenger %d", i).isEmpty();
      } else {
        withTarget++;
        assertThat(chosen[0]).as("challenger %d", i).containsExactly(expected);
        assertThat(chosen[1][0]).as("challenger %d", i).isEqualTo(pg[expected][0]);
      }
    }
    return withTarget;
  }

  @Test
  void turns_lineCoalitionsAndDirectSums_giveTheSamePositions() {
    int n = 90;
    double[][] x = positions(n, 3);
    SmpState line = new SmpState(SmpOptions.defaults(), capabilities(n, 3), saliences(n, 3),
        new SplittableRandom(1), true, false);
    SmpState direct = new SmpState(SmpOptions.defaults(), capabilities(n, 3), saliences(n, 3),
        new SplittableRandom(1), false, false);
    double[][] a = x;
    double[][] b = x;
    double moved = 0;
    for (int t = 0; t < 6; t++) {
      a = line.turn(a);
      b = direct.turn(b);
      assertThat(a).as("turn %d", t + 1).isDeepEqualTo(b);
      moved += SpatialModel.distance(x, a);
    }
    assertThat(moved).as("actors moved").isGreaterThan(0.1);
  }

  @Test
  void run_parallel_equalsSequential() throws Exception {
    int n = 100;
    double[] c = capabilities(n, 5);
    double[][] s = saliences(n, 5);
    double[][] x = positions(n, 5);
    List<Stakeholder> actors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      actors.add(Fixtures.actor("A" + i, c[i], 100 * x[i][0], 100 * s[i][0]));
    }
    Dispute d = new Dispute("random", "", List.of("issue"), actors);
    BargainRun sequential = new SpatialModel(SmpOptions.defaults(), false).run(d);
    BargainRun parallel = new SpatialModel(SmpOptions.defaults(), true).run(d);
    assertThat(parallel.roundCount()).isEqualTo(sequential.roundCount()).isGreaterThan(3);
    for (int i = 0; i < n; i++) {
      assertThat(parallel.finalPosition(i, 0)).as(d.stakeholders().get(i).name())
          .isEqualTo(sequential.finalPosition(i, 0));
    }
    // every round, bit for bit, with the parallel steps (S1-S4's rows, the line's coalitions, S5-S6, S8's values and
    // queues) run in pools of one and of three workers
    for (int workers : new int[] {1, 3}) {
      ForkJoinPool pool = new ForkJoinPool(workers);
      try {
        BargainRun run = pool.submit(() -> new SpatialModel(SmpOptions.defaults(), true).run(d)).get();
        assertThat(run.roundCount()).isEqualTo(sequential.roundCount());
        for (int r = 0; r < run.roundCount(); r++) {
          for (int i = 0; i < n; i++) {
            assertThat(run.position(r, i, 0)).as("%d workers, round %d, actor %d", workers, r, i)
                .isEqualTo(sequential.position(r, i, 0));
          }
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void lineCoalitions_parallel_equalSequential() {
    SplittableRandom rng = new SplittableRandom(13);
    int n = 200;
    double[] w = new double[n];
    double[] x = new double[n];
    for (int k = 0; k < n; k++) {
      w[k] = rng.nextDouble(10, 200);
      x[k] = k % 7 == 6 ? x[k - 1] : rng.nextDouble();
    }
    assertThat(LineCoalitions.of(w, x, true)).isDeepEqualTo(LineCoalitions.of(w, x, false));
  }

  @Test
  void pce_parallel_equalsSequential() throws Exception {
    SplittableRandom rng = new SplittableRandom(17);
    int n = 150;
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        c[i][j] = i == j ? 1e-8 : rng.nextDouble(0.5, 2); // as coalition strengths: within a factor 4 of each other
      }
    }
    ForkJoinPool pool = new ForkJoinPool(3);
    try {
      for (SmpOptions.PceModel pce : SmpOptions.PceModel.values()) {
        for (SmpOptions.VictoryProbModel vpm : SmpOptions.VictoryProbModel.values()) {
          double[] sequential = SmpVoting.pce(pce, vpm, c);
          double[] parallel = pool.submit(() -> SmpVoting.pce(pce, vpm, c, true)).get();
          assertThat(parallel).as(pce + " " + vpm).containsExactly(sequential);
          assertThat(Arrays.stream(sequential).sum()).as(pce + " " + vpm).isCloseTo(1, within(1e-9));
        }
      }
      assertThat(pool.submit(() -> SmpVoting.victoryMatrix(SmpOptions.VictoryProbModel.SQUARE, c, true)).get())
          .isDeepEqualTo(SmpVoting.victoryMatrix(SmpOptions.VictoryProbModel.SQUARE, c));
    } finally {
      pool.shutdown();
    }
  }

  private static double[] capabilities(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = rng.nextDouble(10, 200);
    }
    return c;
  }

  private static double[][] saliences(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed + 1);
    double[][] s = new double[n][1];
    for (int i = 0; i < n; i++) {
      s[i][0] = rng.nextDouble(0.75, 0.99);
    }
    return s;
  }

  private static double[][] positions(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed + 2);
    double[][] x = new double[n][1];
    for (int i = 0; i < n; i++) {
      x[i][0] = Math.floor(rng.nextDouble() * 10000) / 10000;
    }
    return x;
  }
}
