package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strait.model.MechanismId;
import org.strait.model.SeedClaim;
import org.strait.model.mechanism.Mechanisms;

class VerdictRuleTest {
  @Test
  void apply_helpsWithThePredictedSign_isSupported() {
    assertThat(VerdictRule.apply(elpd(5.0, 2.0, 0), 0.97)).isEqualTo(VerdictRule.Outcome.SUPPORTED);
    assertThat(VerdictRule.apply(elpd(5.0, 2.0, 0), 0.95)).isEqualTo(VerdictRule.Outcome.SUPPORTED);
  }

  @Test
  void apply_helpsWithTheOtherSign_isContradicted() {
    assertThat(VerdictRule.apply(elpd(5.0, 2.0, 0), 0.03)).isEqualTo(VerdictRule.Outcome.CONTRADICTED);
  }

  @Test
  void apply_notTwoStandardErrors_isNotDistinguishable_whateverTheSign() {
    assertThat(VerdictRule.apply(elpd(3.9, 2.0, 0), 0.999)).isEqualTo(VerdictRule.Outcome.NOT_DISTINGUISHABLE);
    assertThat(VerdictRule.apply(elpd(-1.0, 0.5, 0), 0.001)).isEqualTo(VerdictRule.Outcome.NOT_DISTINGUISHABLE);
    assertThat(VerdictRule.apply(elpd(5.0, Double.NaN, 0), 0.99)).isEqualTo(VerdictRule.Outcome.NOT_DISTINGUISHABLE);
  }

  /** 5 clears two SEs of 2 but not two combined errors √(2² + 1.5²) = 2.5: the Monte Carlo error counts. */
  @Test
  void apply_clearsTheSeButNotWithTheMonteCarloError_isNotDistinguishable() {
    assertThat(VerdictRule.apply(elpd(5.0, 2.0, 1.5), 0.99)).isEqualTo(VerdictRule.Outcome.NOT_DISTINGUISHABLE);
    assertThat(VerdictRule.apply(elpd(5.1, 2.0, 1.5), 0.99)).isEqualTo(VerdictRule.Outcome.SUPPORTED);
    assertThat(VerdictRule.apply(elpd(5.1, 2.0, 1.5), 0.01)).isEqualTo(VerdictRule.Outcome.CONTRADICTED);
    assertThat(VerdictRule.error(elpd(5.0, 2.0, 1.5))).isEqualTo(2.5);
    assertThat(VerdictRule.apply(elpd(5.0, 2.0, Double.NaN), 0.99)).isEqualTo(VerdictRule.Outcome.NOT_DISTINGUISHABLE);
  }

  @Test
  void apply_helpsButSignUnclear_isNotDistinguishable() {
    assertThat(VerdictRule.apply(elpd(5.0, 2.0, 0), 0.80)).isEqualTo(VerdictRule.Outcome.NOT_DISTINGUISHABLE);
  }

  @Test
  void apply_oneSidedParameter_isJudgedByTheElpdAlone() {
    assertThat(VerdictRule.apply(elpd(5.0, 2.0, 0), Double.NaN)).isEqualTo(VerdictRule.Outcome.SUPPORTED);
    assertThat(VerdictRule.apply(elpd(1.0, 2.0, 0), Double.NaN)).isEqualTo(VerdictRule.Outcome.NOT_DISTINGUISHABLE);
  }

  @Test
  void reason_notDistinguishable_namesTheSmallestDetectableEffect() {
    assertThat(VerdictRule.reason(elpd(1.0, 2.0, 0.5), 0.7, 0.125, "M4.beta"))
        .contains("-1.00 (SE 2.00, Monte Carlo SE 0.50)").contains("70% on the predicted sign")
        .contains("an effect of M4.beta smaller than 0.125 would not show in these months");
    assertThat(VerdictRule.reason(elpd(1.0, 2.0, 0.5), 0.7, Double.POSITIVE_INFINITY, "M4.beta"))
        .contains("no effect of M4.beta up to four times its plausible size would show");
  }

  /** M2 and M2' share one parameter: draws all below zero support M2 and contradict M2' when the mechanism helps. */
  @Test
  void verdict_negativeM2Estimate_supportsM2AndContradictsM2Prime() {
    Estimate negative = new Estimate("M2.beta", -0.3, 0.1, -0.5, -0.1);
    FitResult full = fit(negative, 10.0);
    FitResult without = fit(null, 4.0);
    BacktestResult fullBt = backtest(1.0);
    BacktestResult withoutBt = backtest(1.1);
    List<SeedClaim> m2 = Mechanisms.claims().stream().filter(c -> c.mechanism() == MechanismId.M2).toList();
    assertThat(m2).extracting(SeedClaim::label).containsExactly("M2", "M2'");
    Lfo.Comparison helps = new Lfo.Comparison(6.0, 2.0, 1.0, 30);
    Verdict divergent = Ablation.verdict(m2.get(0), full, fullBt, without, withoutBt, helps, 0.1);
    Verdict convergent = Ablation.verdict(m2.get(1), full, fullBt, without, withoutBt, helps, 0.1);
    // no posterior draws: the sign probability is Φ(∓0.3/0.1), 0.99865 for M2's negative sign
    assertThat(divergent.signProbability()).isCloseTo(0.99865, org.assertj.core.api.Assertions.within(1e-5));
    assertThat(convergent.signProbability()).isCloseTo(0.00135, org.assertj.core.api.Assertions.within(1e-5));
    assertThat(divergent.outcome()).isEqualTo(VerdictRule.Outcome.SUPPORTED);
    assertThat(convergent.outcome()).isEqualTo(VerdictRule.Outcome.CONTRADICTED);
    // skill vs AR(1) (CRPS 2.0): with 1 - 1.0/2 = 0.5, without 1 - 1.1/2 = 0.45, change -0.05 at every horizon
    assertThat(divergent.meanSkillChange()).isCloseTo(-0.05, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(divergent.logLikChange()).isEqualTo(6.0);
    assertThat(divergent.elpdDiff()).isEqualTo(6.0);
    assertThat(divergent.elpdSe()).isEqualTo(2.0);
    assertThat(divergent.elpdMcse()).isEqualTo(1.0);
  }

  /** A parameter whose range starts at zero (M6.beta) has no sign probability: the elpd alone decides. */
  @Test
  void verdict_parameterBoundedAtZero_isJudgedByTheElpd() {
    SeedClaim m6 = Mechanisms.claims().stream().filter(c -> c.mechanism() == MechanismId.M6).findFirst().orElseThrow();
    Estimate positive = new Estimate("M6.beta", 0.2, 0.05, 0.1, 0.3);
    BacktestResult bt = backtest(1.0);
    Verdict weak = Ablation.verdict(m6, fit(positive, 10.0), bt, fit(null, 9.0), bt, new Lfo.Comparison(3, 2, 1.5, 30),
        0.4);
    Verdict strong = Ablation.verdict(m6, fit(positive, 10.0), bt, fit(null, 8.0), bt, new Lfo.Comparison(5.5, 2, 1.5, 30),
        0.4);
    assertThat(weak.signProbability()).isNaN();
    assertThat(weak.agreement()).isEqualTo("undetermined");
    assertThat(weak.outcome()).isEqualTo(VerdictRule.Outcome.NOT_DISTINGUISHABLE);
    assertThat(weak.reason()).contains("one sign only").contains("smaller than 0.4");
    assertThat(strong.agreement()).isEqualTo("agrees");
    assertThat(strong.outcome()).isEqualTo(VerdictRule.Outcome.SUPPORTED);
  }

  private static Lfo.Comparison elpd(double diff, double se, double mcse) {
    return new Lfo.Comparison(diff, se, mcse, 30);
  }

  private static FitResult fit(Estimate key, double logLik) {
    List<Estimate> estimates = key == null ? List.of() : List.of(key);
    return new FitResult(YearMonth.of(2005, 1), YearMonth.of(2011, 12), EnumSet.of(MechanismId.M2), estimates,
        Map.of(), logLik, 0, logLik, 84, 1, 1, "test", Sampling.laplace(),
        PosteriorSample.empty(), new FilteredLevel(YearMonth.of(2011, 12), 0, 1));
  }

  private static BacktestResult backtest(double modelCrps) {
    List<HorizonScore> scores = new java.util.ArrayList<>();
    for (int h : BacktestSettings.STANDARD_HORIZONS) {
      scores.add(score(Ablation.CONDITIONAL, true, h, modelCrps));
      scores.add(score(Ablation.UNCONDITIONAL, false, h, modelCrps));
      scores.add(score("ar1", false, h, 2.0));
    }
    BacktestSettings s = new BacktestSettings(YearMonth.of(2011, 12), YearMonth.of(2014, 11),
        BacktestSettings.STANDARD_HORIZONS, 100, 1);
    return new BacktestResult(s, YearMonth.of(2005, 1), YearMonth.of(2014, 12), scores, "test");
  }

  private static HorizonScore score(String name, boolean conditional, int h, double crps) {
    return new HorizonScore(name, conditional, h, 30, crps, 1, 1, 1, 0.5, 0.9, List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3), 0, 1, 1);
  }
}
