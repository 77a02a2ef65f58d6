package org.strait.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloTest {
  private final BargainModel smp = new SpatialModel(SmpOptions.defaults());

  @Test
  void run_sameSeedAnyThreads_identicalDraws() {
    MonteCarloResult one = new MonteCarlo(smp, Uncertainty.defaults(), 16, 7L, 1).run(Fixtures.seven());
    MonteCarloResult four = new MonteCarlo(smp, Uncertainty.defaults(), 16, 7L, 4).run(Fixtures.seven());
    assertThat(four.draws()).isEqualTo(one.draws());
    assertThat(four.sensitivity()).isEqualTo(one.sensitivity());
    assertThat(one.seed()).isEqualTo(7L);
    assertThat(one.version()).isNotBlank();
  }

  @Test
  void run_otherSeed_otherDraws() {
    MonteCarloResult a = new MonteCarlo(smp, Uncertainty.defaults(), 8, 7L, 2).run(Fixtures.seven());
    MonteCarloResult b = new MonteCarlo(smp, Uncertainty.defaults(), 8, 8L, 2).run(Fixtures.seven());
    assertThat(a.outcomes(0)).isNotEqualTo(b.outcomes(0));
  }

  @Test
  void run_noUncertainty_everyDrawIsTheBaseRun() {
    BargainModel eu = new ExpectedUtilityModel(EuOptions.defaults());
    MonteCarloResult r = new MonteCarlo(eu, new Uncertainty(0, 0, 0), 5, 1L, 2).run(Fixtures.seven());
    for (double m : r.outcomes(0)) {
      assertThat(m).isEqualTo(r.base().median(0));
    }
    assertThat(r.quantile(0, 0.1)).isEqualTo(r.quantile(0, 0.9));
  }

  @Test
  void sensitivity_onlyOneActorUncertain_ranksItFirst() {
    // only the dominant actor's position is uncertain (others' perturbations have no effect on a dispute where
    // that actor holds a majority of the weight): its inputs must explain the outcome
    Dispute d = Fixtures.oneDimension(Fixtures.actor("Big", 100, 40, 100), Fixtures.actor("S1", 10, 10, 100),
        Fixtures.actor("S2", 10, 90, 100));
    MonteCarloResult r = new MonteCarlo(new ExpectedUtilityModel(EuOptions.defaults()), new Uncertainty(0, 0, 5),
        64, 3L, 2).run(d);
    List<Sensitivity> ranking = r.sensitivity(0);
    assertThat(ranking.get(0).actor()).isEqualTo("Big");
    assertThat(ranking.get(0).position()).isGreaterThan(0.5);
  }

  @Test
  void squaredCorrelation_perfectLine_isOne() {
    assertThat(MonteCarlo.squaredCorrelation(new double[] {1, 2, 3}, new double[] {-2, -4, -6}))
        .isCloseTo(1, within(1e-12));
    assertThat(MonteCarlo.squaredCorrelation(new double[] {1, 2, 3}, new double[] {5, 5, 5})).isZero();
  }

  @Test
  void outcome_fromMonteCarlo_intervalContainsPrediction() {
    MonteCarloResult r = new MonteCarlo(smp, Uncertainty.defaults(), 20, 11L, 2).run(Fixtures.seven());
    BargainOutcome o = BargainOutcome.of(r, 0);
    assertThat(o.disputeId()).isEqualTo("test");
    assertThat(o.low()).isLessThanOrEqualTo(o.predictedPosition());
    assertThat(o.high()).isGreaterThanOrEqualTo(o.predictedPosition());
    assertThat(o.predictedPosition()).isEqualTo(r.base().median(0));
  }

  @Test
  void outcome_invalidInterval_isRejected() {
    assertThatThrownBy(() -> new BargainOutcome("x", BargainOutcome.Status.SETTLED, 50, 60, 70))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
