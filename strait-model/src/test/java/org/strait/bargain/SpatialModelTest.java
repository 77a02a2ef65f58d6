package org.strait.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.strait.bargain.SmpOptions.PceModel;
import org.strait.bargain.SmpOptions.VictoryProbModel;
import org.strait.bargain.SmpOptions.VotingRule;

class SpatialModelTest {
  private final SpatialModel model = new SpatialModel(SmpOptions.defaults());

  @Test
  void distance_saliencesWeightTheDimensions_S1() {
    // x_i = (0.30, 0.20), x_j = (0.45, 0.65), s = (0.24, 0.48):
    // sqrt((0.24*0.15)^2 + (0.48*0.45)^2) / (0.24^2 + 0.48^2)) = sqrt(0.047952 / 0.288) = sqrt(0.1665)
    double d = SpatialModel.distance(new double[] {0.30, 0.20}, new double[] {0.45, 0.65}, new double[] {0.24, 0.48});
    assertThat(d).isCloseTo(Math.sqrt(0.1665), within(1e-12));
  }

  @Test
  void utility_riskAttitudeBendsTheCurve_S2() {
    assertThat(SpatialModel.utility(0.4, 0)).isCloseTo(0.6, within(1e-12));
    assertThat(SpatialModel.utility(0.4, 1)).isCloseTo(0.6 * 1.4, within(1e-12));
    assertThat(SpatialModel.utility(0.4, -0.5)).isCloseTo(0.6 * 0.8, within(1e-12));
  }

  @Test
  void vote_eachRule_K1() {
    // weight 2, utilities 0.5 against 0.2: difference 0.3
    assertThat(SmpVoting.vote(VotingRule.PROP, 2, 0.5, 0.2)).isCloseTo(0.6, within(1e-12));
    assertThat(SmpVoting.vote(VotingRule.CUBIC, 2, 0.5, 0.2)).isCloseTo(0.054, within(1e-12));
    assertThat(SmpVoting.vote(VotingRule.PROP_CBC, 2, 0.5, 0.2)).isCloseTo(0.327, within(1e-12));
    assertThat(SmpVoting.vote(VotingRule.BINARY, 2, 0.5, 0.2)).isCloseTo(2, within(1e-12));
    assertThat(SmpVoting.vote(VotingRule.PROP_BIN, 2, 0.5, 0.2)).isCloseTo(0.88, within(1e-12));
    assertThat(SmpVoting.vote(VotingRule.ASYM_PROSP, 2, 0.5, 0.2)).isCloseTo(0.4, within(1e-12));
    assertThat(SmpVoting.vote(VotingRule.ASYM_PROSP, 2, 0.2, 0.5)).isCloseTo(-0.6, within(1e-12));
  }

  @Test
  void victory_twoToOne_asKtabUserGuide_K3() {
    assertThat(SmpVoting.victory(VictoryProbModel.LINEAR, 2, 1)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(SmpVoting.victory(VictoryProbModel.SQUARE, 2, 1)).isCloseTo(4.0 / 5, within(1e-12));
    assertThat(SmpVoting.victory(VictoryProbModel.QUARTIC, 2, 1)).isCloseTo(16.0 / 17, within(1e-12));
    assertThat(SmpVoting.victory(VictoryProbModel.OCTIC, 2, 1)).isCloseTo(256.0 / 257, within(1e-12));
    assertThat(SmpVoting.victory(VictoryProbModel.BINARY, 2, 1)).isCloseTo(1, within(1e-5));
    // 5% advantage: r = 1.05/2.05, p = (2.1 r - 1) / 0.1
    assertThat(SmpVoting.victory(VictoryProbModel.BINARY, 1.05, 1))
        .isCloseTo((2.1 * 1.05 / 2.05 - 1) / 0.1, within(1e-12));
  }

  @Test
  void pce_twoOptionsTwoToOne_givesTwoThirds_K4() {
    double[][] c = {{1e-8, 2}, {1, 1e-8}};
    for (PceModel m : PceModel.values()) {
      double[] p = SmpVoting.pce(m, VictoryProbModel.LINEAR, c);
      assertThat(p[0] + p[1]).as(m.name()).isCloseTo(1, within(1e-9));
      if (m != PceModel.MARKOV_INCENTIVE) {
        assertThat(p[0]).as(m.name()).isCloseTo(2.0 / 3, within(1e-5));
      } else {
        assertThat(p[0]).as(m.name()).isGreaterThan(0.5);
      }
    }
  }

  @Test
  void riskAttitudes_threeEqualActorsOnALine_S3() {
    // positions 0, 0.5, 1, saliences 1, capabilities 1: coalitions give P(B>A) = P(B>C) = 2/3, P(A>C) = 1/2;
    // conditional PCE: p = (3/14, 4/7, 3/14); BigRRange Mid: R = (-1/2, 1, -1/2)
    SmpState state = threeOnALine();
    assertThat(state.riskAttitudes()).containsExactly(new double[] {-0.5, 1, -0.5}, within(1e-9));
  }

  @Test
  void challenge_thirdPartyAndGain_handComputed_S5_S6() {
    // A (0) challenges B (0.5), seen by A. A's estimates (OneThird): R_A = -1/2, R_B = 0, R_C = -1/2, so
    // U(A,.) = (1, 0.375, 0), U(B,.) = (0.5, 1, 0.5), U(C,.) = (0, 0.375, 1).
    // principals: A votes 1 - 0.375 = 0.625 for A, B votes 1 - 0.5 = 0.5 for B.
    // third party C: own vote -0.375, little contest p = 0.625 / 1.5 = 5/12; SemiCommit:
    // join A = 5/12 * 1 + 7/12 * 1.125, join B = 7/12 * 1.75, difference 5/96 for A.
    // P = (5/8 + 5/96) / (5/8 + 5/96 + 1/2) = 65/113; gain = 65/113*2 + 48/113*0.75 - 1.375
    SmpState state = threeOnALine();
    double[] pg = state.challenge(0, 0, 0, 1);
    assertThat(pg[0]).isCloseTo(65.0 / 113, within(1e-9));
    assertThat(pg[1]).isCloseTo(166.0 / 113 - 1.375, within(1e-9));
  }

  @Test
  void bargain_s2p2_weightsSalienceTimesProbabilitySquared_S7() {
    // x_i = 0.2, x_j = 0.8, s_i = 0.5, s_j = 1, P = 0.75: w_i = (0.5*0.75)^2 = 0.140625, w_j = (1*0.25)^2 = 0.0625;
    // b_i = ((w_i + 1e-6) 0.2 + w_j 0.8) / (w_i + 1e-6 + w_j) = 0.384613..., rounded to 4 decimals
    SmpState state = new SmpState(SmpOptions.defaults(), new double[] {1, 1}, new double[][] {{0.5}, {1}},
        new SplittableRandom(1));
    state.prepare(new double[][] {{0.2}, {0.8}});
    double[][] b = state.interpolated(0, 1, 0.75);
    assertThat(b[0][0]).isEqualTo(0.3846);
    assertThat(b[1][0]).isEqualTo(0.3846);
    double[][] s1p1 = new SmpState(SmpOptions.defaults().with("InterVecBrgn", "S1P1"), new double[] {1, 1},
        new double[][] {{0.5}, {1}}, new SplittableRandom(1)).prepared(new double[][] {{0.2}, {0.8}})
        .interpolated(0, 1, 0.75);
    // S1P1: w_i = 0.375, w_j = 0.25: (0.375 * 0.2 + 0.25 * 0.8) / 0.625 = 0.44
    assertThat(s1p1[0][0]).isEqualTo(0.44);
  }

  @Test
  void run_twoEqualOpponents_nobodyGainsSoNobodyMoves() {
    // symmetric pair: P = 1/2, gain = (1/2*2 + 1/2*0.8) - (1 + 0.4) = 0, below KTAB's 1e-5 threshold
    Dispute d = Fixtures.oneDimension(Fixtures.actor("A", 1, 20, 100), Fixtures.actor("B", 1, 80, 100));
    BargainRun run = model.run(d);
    assertThat(run.converged()).isTrue();
    assertThat(run.finalPosition(0, 0)).isEqualTo(20);
    assertThat(run.finalPosition(1, 0)).isEqualTo(80);
    assertThat(run.median(0)).isEqualTo(50);
  }

  @Test
  void run_mirroredInputs_giveMirroredPositions() {
    Dispute d = Fixtures.seven();
    BargainRun run = model.run(d);
    BargainRun mirror = model.run(Fixtures.mirrored(d));
    assertThat(mirror.roundCount()).isEqualTo(run.roundCount());
    for (int i = 0; i < d.size(); i++) {
      assertThat(mirror.finalPosition(i, 0)).isCloseTo(100 - run.finalPosition(i, 0), within(0.02));
    }
    assertThat(mirror.median(0)).isCloseTo(100 - run.median(0), within(0.02));
    assertThat(run.roundCount()).isGreaterThan(2);
  }

  @Test
  void run_symmetricGroup_tiesSymmetric_predictsTheCentre() {
    // L and R challenge M with equal force; with Ties=Symmetric the tie between their bargains is split, so M
    // stays in the centre
    BargainRun run = new SpatialModel(SmpOptions.defaults().with("Ties", "Symmetric")).run(symmetricGroup());
    assertThat(run.median(0)).isCloseTo(50, within(1e-9));
    assertThat(run.weightedMean(0)).isCloseTo(50, within(1e-9));
    assertThat(run.finalPosition(0, 0)).isCloseTo(100 - run.finalPosition(2, 0), within(1e-9));
  }

  @Test
  void run_symmetricGroup_defaultTies_takeTheFirstInInputOrder() {
    // KTAB's rule: M's queue holds L's bargain before R's, equally probable; the first wins, so M moves towards L
    BargainRun run = model.run(symmetricGroup());
    assertThat(run.position(1, 1, 0)).isLessThan(50);
  }

  private static Dispute symmetricGroup() {
    return Fixtures.oneDimension(Fixtures.actor("L", 50, 10, 60), Fixtures.actor("M", 30, 50, 60),
        Fixtures.actor("R", 50, 90, 60));
  }

  @Test
  void run_actorWithZeroSalience_movesNothingAndStaysPut() {
    Dispute d = Fixtures.seven();
    List<Stakeholder> more = new ArrayList<>(d.stakeholders());
    more.add(3, Fixtures.actor("Z", 1000, 99, 0));
    BargainRun with = model.run(d.withStakeholders(more));
    BargainRun without = model.run(d);
    assertThat(with.roundCount()).isEqualTo(without.roundCount());
    for (int i = 0; i < d.size(); i++) {
      int j = i < 3 ? i : i + 1;
      assertThat(with.finalPosition(j, 0)).isEqualTo(without.finalPosition(i, 0));
    }
    assertThat(with.finalPosition(3, 0)).isEqualTo(99);
    assertThat(with.median(0)).isEqualTo(without.median(0));
  }

  @Test
  void run_stochasticTransitions_reproducibleBySeed() {
    SmpOptions d = SmpOptions.defaults();
    SmpOptions stochastic = new SmpOptions(d.victoryProbModel(), d.votingRule(), d.pceModel(),
        SmpOptions.StateTransitions.STOCHASTIC, d.bigRRange(), d.bigRAdjust(), d.thirdPartyCommit(),
        d.interVecBrgn(), d.bargnModel(), d.ties(), 2, 100, 0.02, 42L);
    BargainRun a = new SpatialModel(stochastic).run(Fixtures.seven());
    BargainRun b = new SpatialModel(stochastic).run(Fixtures.seven());
    assertThat(a.roundCount()).isEqualTo(b.roundCount());
    for (int i = 0; i < 7; i++) {
      assertThat(a.trajectory(i, 0)).isEqualTo(b.trajectory(i, 0));
    }
  }

  private static SmpState threeOnALine() {
    double[][] s = {{1}, {1}, {1}};
    SmpState state = new SmpState(SmpOptions.defaults(), new double[] {1, 1, 1}, s, new SplittableRandom(1));
    state.prepare(new double[][] {{0}, {0.5}, {1}});
    return state;
  }
}
