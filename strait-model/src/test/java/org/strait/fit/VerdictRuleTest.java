package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strait.model.MechanismId;

class VerdictRuleTest {
  @Test
  void apply_intervalOnPredictedSideAndNoGainWithout_isSupported() {
    assertThat(VerdictRule.apply(0.1, 0.4, 1, -0.02)).isEqualTo(VerdictRule.Outcome.SUPPORTED);
    assertThat(VerdictRule.apply(-3, -0.5, -1, 0.009)).isEqualTo(VerdictRule.Outcome.SUPPORTED);
  }

  @Test
  void apply_intervalOnOppositeSide_isContradicted() {
    assertThat(VerdictRule.apply(0.1, 0.4, -1, -0.5)).isEqualTo(VerdictRule.Outcome.CONTRADICTED);
    assertThat(VerdictRule.apply(-0.4, -0.1, 1, 0)).isEqualTo(VerdictRule.Outcome.CONTRADICTED);
  }

  @Test
  void apply_intervalContainingZero_isNotDistinguishable() {
    assertThat(VerdictRule.apply(-0.1, 0.4, 1, -0.3)).isEqualTo(VerdictRule.Outcome.NOT_DISTINGUISHABLE);
    assertThat(VerdictRule.apply(0, 0.4, 1, -0.3)).isEqualTo(VerdictRule.Outcome.NOT_DISTINGUISHABLE);
  }

  @Test
  void apply_rightSignButForecastsBetterWithout_isNotDistinguishable() {
    assertThat(VerdictRule.apply(0.1, 0.4, 1, 0.01)).isEqualTo(VerdictRule.Outcome.NOT_DISTINGUISHABLE);
    assertThat(VerdictRule.reason(0.1, 0.4, 1, 0.05)).contains("better without");
  }

  @Test
  void apply_missingSkillChange_isJudgedOnTheIntervalAlone() {
    assertThat(VerdictRule.apply(0.1, 0.4, 1, Double.NaN)).isEqualTo(VerdictRule.Outcome.SUPPORTED);
  }

  /** M2 and M2' share one parameter: one negative interval supports M2 and contradicts M2'. */
  @Test
  void verdict_negativeM2Estimate_supportsM2AndContradictsM2Prime() {
    Estimate negative = new Estimate("M2.beta", -0.3, 0.1, -0.5, -0.1);
    FitResult full = fit(negative, 10.0);
    FitResult without = fit(null, 4.0);
    BacktestResult fullBt = backtest(1.0);
    BacktestResult withoutBt = backtest(1.1);
    List<SeedClaim> m2 = SeedClaim.all().stream().filter(c -> c.mechanism() == MechanismId.M2).toList();
    assertThat(m2).extracting(SeedClaim::label).containsExactly("M2", "M2'");
    Verdict divergent = Ablation.verdict(m2.get(0), full, fullBt, without, withoutBt);
    Verdict convergent = Ablation.verdict(m2.get(1), full, fullBt, without, withoutBt);
    assertThat(divergent.outcome()).isEqualTo(VerdictRule.Outcome.SUPPORTED);
    assertThat(convergent.outcome()).isEqualTo(VerdictRule.Outcome.CONTRADICTED);
    // skill vs AR(1) (CRPS 2.0): with 1 - 1.0/2 = 0.5, without 1 - 1.1/2 = 0.45, change -0.05 at every horizon
    assertThat(divergent.meanSkillChange()).isCloseTo(-0.05, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(divergent.logLikChange()).isEqualTo(6.0);
  }

  /**
   * A parameter whose range starts at zero (M6.beta) is judged by the likelihood ratio, not by its interval, which
   * always excludes zero: 2ΔlogL = 2 is below the boundary test's 2.706, 2ΔlogL = 4 above.
   */
  @Test
  void verdict_parameterBoundedAtZero_isJudgedByTheLikelihoodRatio() {
    SeedClaim m6 = SeedClaim.all().stream().filter(c -> c.mechanism() == MechanismId.M6).findFirst().orElseThrow();
    Estimate positive = new Estimate("M6.beta", 0.2, 0.05, 0.1, 0.3);
    BacktestResult bt = backtest(1.0);
    Verdict weak = Ablation.verdict(m6, fit(positive, 10.0), bt, fit(null, 9.0), bt);
    Verdict strong = Ablation.verdict(m6, fit(positive, 10.0), bt, fit(null, 8.0), bt);
    assertThat(weak.agreement()).isEqualTo("undetermined");
    assertThat(weak.outcome()).isEqualTo(VerdictRule.Outcome.NOT_DISTINGUISHABLE);
    assertThat(weak.reason()).contains("2ΔlogL = 2.00").contains("does not tell it from zero");
    assertThat(strong.agreement()).isEqualTo("agrees");
    assertThat(strong.outcome()).isEqualTo(VerdictRule.Outcome.SUPPORTED);
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
    return new HorizonScore(name, conditional, h, 30, crps, 1, 1, 1, 0.5, 0.9, List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3));
  }
}
