package org.strait.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedUtilityModelTest {
  private final ExpectedUtilityModel model = new ExpectedUtilityModel(EuOptions.defaults());

  @Test
  void probability_eq30_supportersOverAllVotes() {
    Issue issue = Issue.of(Fixtures.oneDimension(Fixtures.actor("A", 2, 0, 100), Fixtures.actor("B", 1, 50, 100),
        Fixtures.actor("C", 1, 100, 100)), 0);
    // A against C: A votes 2*100 for A, B is indifferent, C votes 1*100 for C: P = 200 / 300
    assertThat(issue.probability(0, 2)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(issue.probability(2, 0)).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void median_condorcetWinnerWithTie_isMidpoint() {
    Issue issue = Issue.of(Fixtures.oneDimension(Fixtures.actor("A", 2, 0, 100), Fixtures.actor("B", 1, 50, 100),
        Fixtures.actor("C", 1, 100, 100)), 0);
    // 0 and 50 tie (votes 2*(0-50) + 1*50 + 1*50 = 0) and both beat 100
    assertThat(issue.median()).isEqualTo(25);
  }

  @Test
  void expectedUtility_eqs5to7_handComputed() {
    Issue issue = twoActors();
    double[][] eu = model.expectedUtilities(issue, issue.median(), new double[] {1, 1});
    // P^A = 100 / (100 + 50) = 2/3, U_s = 2, U_f = -2, U_sq = 0 (r = 1), s_B = 0.5, Q = 1:
    // E^A = 0.5 (2/3*2 - 1/3*2) + 0.5*2 = 4/3; E^B = 1 * (1/3*2 - 2/3*2) = -2/3
    assertThat(eu[0][1]).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(eu[1][0]).isCloseTo(-2.0 / 3, within(1e-12));
  }

  @Test
  void expectedUtility_noChallengeBranch_eqs22to24_handComputed() {
    // Q = 0.5, r = 1. Median: 0 (votes for 0 over 100: 1*100 - 0.5*100 = 50 > 0).
    // A: T = 1 (|x_A - mu| = 0 < 100), U_b = 2 - 4 (0.5 - 0.25 (0 + 1)) = 1, U_sq = 0:
    //    E^A = 4/3 - (0.5*0 + 0.5*1) = 5/6.
    // B: T = 0 (|x_B - mu| = 100 is not < 100), U_w = 2 - 4 (0.5 + 0.25 (1 + 1)) = -2:
    //    E^B = -2/3 - (0.5*0 + 0.5*(-2)) = 1/3.
    ExpectedUtilityModel halfQ = new ExpectedUtilityModel(EuOptions.defaults().with("Q", "0.5"));
    Issue issue = twoActors();
    assertThat(issue.median()).isEqualTo(0);
    double[][] eu = halfQ.expectedUtilities(issue, issue.median(), new double[] {1, 1});
    assertThat(eu[0][1]).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(eu[1][0]).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void step_withoutRisk_challengerCompromisesEq36() {
    // mirror of the eq. 35 case: now A (salience 50) faces B (salience 100): a = -2/3, b = 4/3, A moves
    // (100 - 0) * (2/3) / (4/3) = 50 towards B
    Issue issue = Issue.of(Fixtures.oneDimension(Fixtures.actor("A", 1, 0, 50), Fixtures.actor("B", 1, 100, 100)), 0);
    ExpectedUtilityModel neutral = new ExpectedUtilityModel(EuOptions.defaults().with("riskAdjusted", "false"));
    assertThat(neutral.step(issue)).containsExactly(new double[] {50, 100}, within(1e-9));
  }

  @Test
  void riskExponents_eqs33and34_handComputed() {
    Issue issue = twoActors();
    double[][] eu = model.expectedUtilities(issue, issue.median(), new double[] {1, 1});
    // Sec_A = E^B(U_BA) = -2/3, Sec_B = 4/3: R_A = -1 so r_A = 2; R_B = 1 so r_B = 1/2
    assertThat(ExpectedUtilityModel.riskExponents(issue, eu)).containsExactly(new double[] {2, 0.5}, within(1e-12));
  }

  @Test
  void step_withoutRisk_compromiseEq35() {
    // a = 4/3 > 0 > b = -2/3, |a| > |b|: B moves (0 - 100) * (2/3) / (4/3) = -50
    ExpectedUtilityModel neutral = new ExpectedUtilityModel(new EuOptions(1.0, false, 1, 1e-6, false));
    assertThat(neutral.step(twoActors())).containsExactly(new double[] {0, 50}, within(1e-9));
  }

  @Test
  void step_withRisk_conflictIsUncertainSoNobodyMoves() {
    // r = (2, 1/2): U_sq^A = 1, E^A = 1/3 + 1 - 1 = 1/3; U_sq^B = 2 - 4 sqrt(1/2), E^B = -2/3 - U_sq^B = 0.1618;
    // both positive: conflict, whose outcome is uncertain, so by default nobody moves
    assertThat(model.step(twoActors())).containsExactly(0, 100);
  }

  @Test
  void step_withRiskAndConflictMoves_loserMovesFully() {
    // same expected utilities; B has the smaller one and, with conflictMoves, moves to A
    ExpectedUtilityModel moves = new ExpectedUtilityModel(EuOptions.defaults().with("conflictMoves", "true"));
    assertThat(moves.step(twoActors())).containsExactly(0, 0);
  }

  @Test
  void run_equalOpponents_stalemate() {
    Dispute d = Fixtures.oneDimension(Fixtures.actor("A", 1, 20, 100), Fixtures.actor("B", 1, 80, 100));
    BargainRun run = model.run(d);
    assertThat(run.converged()).isTrue();
    assertThat(run.finalPositions(0)).containsExactly(20, 80);
  }

  @Test
  void run_symmetricGroup_predictsTheCentre() {
    Dispute d = Fixtures.oneDimension(Fixtures.actor("L", 50, 10, 60), Fixtures.actor("M", 30, 50, 60),
        Fixtures.actor("R", 50, 90, 60));
    BargainRun run = model.run(d);
    assertThat(run.median(0)).isCloseTo(50, within(1e-9));
    assertThat(run.finalPosition(0, 0)).isCloseTo(100 - run.finalPosition(2, 0), within(1e-9));
  }

  @Test
  void run_mirroredInputs_giveMirroredPositions() {
    Dispute d = Fixtures.seven();
    BargainRun run = model.run(d);
    BargainRun mirror = model.run(Fixtures.mirrored(d));
    for (int i = 0; i < d.size(); i++) {
      assertThat(mirror.finalPosition(i, 0)).isCloseTo(100 - run.finalPosition(i, 0), within(1e-9));
    }
    assertThat(mirror.median(0)).isCloseTo(100 - run.median(0), within(1e-9));
  }

  @Test
  void run_actorWithZeroSalience_movesNothingAndStaysPut() {
    Dispute d = Fixtures.seven();
    List<Stakeholder> more = new ArrayList<>(d.stakeholders());
    more.add(Fixtures.actor("Z", 1000, 50, 0));
    BargainRun with = model.run(d.withStakeholders(more));
    BargainRun without = model.run(d);
    for (int i = 0; i < d.size(); i++) {
      assertThat(with.finalPosition(i, 0)).isEqualTo(without.finalPosition(i, 0));
    }
    assertThat(with.finalPosition(7, 0)).isEqualTo(50);
    assertThat(with.median(0)).isEqualTo(without.median(0));
  }

  private static Issue twoActors() {
    return Issue.of(Fixtures.oneDimension(Fixtures.actor("A", 1, 0, 100), Fixtures.actor("B", 1, 100, 50)), 0);
  }
}
