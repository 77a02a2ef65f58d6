package org.strait.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmpOptionsTest {

  @Test
  void defaults_printAsKtabLogsThem() {
    SmpOptions o = SmpOptions.defaults();
    // KTAB reference log: VictoryProbModel: Linear, VotingRule: Prop, PCEModel: Conditional, StateTransitions:
    // Deterministic, BigRRange: Mid, BigRAdjust: OneThird, ThirdPartyCommit: SemiCommit, InterVecBrgn: S2P2,
    // BargnModel: InitOnlyInterp
    assertThat(String.join(",", o.victoryProbModel().toString(), o.votingRule().toString(), o.pceModel().toString(),
        o.stateTransitions().toString(), o.bigRRange().toString(), o.bigRAdjust().toString(),
        o.thirdPartyCommit().toString(), o.interVecBrgn().toString(), o.bargnModel().toString()))
        .isEqualTo("Linear,Prop,Conditional,Deterministic,Mid,OneThird,SemiCommit,S2P2,InitOnlyInterp");
  }

  @Test
  void with_ktabNames_changeOneOption() {
    SmpOptions o = SmpOptions.defaults().with("VotingRule", "Cubic").with("BigRRange", "max").with("maxTurns", "7");
    assertThat(o.votingRule()).isEqualTo(SmpOptions.VotingRule.CUBIC);
    assertThat(o.bigRRange()).isEqualTo(SmpOptions.BigRRange.MAX);
    assertThat(o.maxTurns()).isEqualTo(7);
    assertThat(o.pceModel()).isEqualTo(SmpOptions.PceModel.CONDITIONAL);
  }

  @Test
  void with_unknownValue_namesTheKnownOnes() {
    assertThatThrownBy(() -> SmpOptions.defaults().with("VotingRule", "Majority"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PropCbc");
    assertThatThrownBy(() -> SmpOptions.defaults().with("Voting", "Prop"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown SMP option Voting");
  }

  @Test
  void euWith_q_changesQ() {
    assertThat(EuOptions.defaults().with("Q", "0.5").q()).isEqualTo(0.5);
    assertThatThrownBy(() -> EuOptions.defaults().with("Q", "2")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void otherOptions_runToTheEnd() {
    // every non-default option value must run on a small dispute and keep positions in range
    String[][] changes = {{"VictoryProbModel", "Square"}, {"VictoryProbModel", "Binary"}, {"VotingRule", "PropBin"},
        {"VotingRule", "ASymProsp"}, {"PCEModel", "MarkovIncentive"}, {"PCEModel", "MarkovUniform"},
        {"BigRRange", "Min"}, {"BigRAdjust", "Full"}, {"ThirdPartyCommit", "NoCommit"},
        {"ThirdPartyCommit", "FullCommit"}, {"InterVecBrgn", "S1P1"}, {"InterVecBrgn", "S2PMax"},
        {"BargnModel", "InitRcvrInterp"}, {"BargnModel", "PWCompInterp"}, {"StateTransitions", "Stochastic"}};
    for (String[] c : changes) {
      BargainRun run = new SpatialModel(SmpOptions.defaults().with(c[0], c[1])).run(Fixtures.seven());
      for (double x : run.finalPositions(0)) {
        assertThat(x).as(c[0] + "=" + c[1]).isBetween(10.0, 95.0);
      }
      assertThat(run.roundCount()).as(c[0] + "=" + c[1]).isGreaterThan(1);
    }
  }
}
