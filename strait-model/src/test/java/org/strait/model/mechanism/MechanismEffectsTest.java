package org.strait.model.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strait.model.CoreParameters;
import org.strait.model.Driver;
import org.strait.model.Drivers;
import org.strait.model.InitialState;
import org.strait.model.Issue;
import org.strait.model.Lever;
import org.strait.model.LeverKind;
import org.strait.model.MechanismId;
import org.strait.model.RunResult;
import org.strait.model.RunSpec;
import org.strait.model.Shock;
import org.strait.model.ShockKind;
import org.strait.model.ShockSchedule;
import org.strait.model.TestSpecs;

/** Each mechanism alone, in a quiet world at 0: the sign and shape of its effect as its claim states it. */
class MechanismEffectsTest {
  private static final Set<MechanismId> NONE = EnumSet.noneOf(MechanismId.class);

  private static RunResult run(int months, Set<MechanismId> on, Drivers d, List<Shock> shocks,
      Map<String, Double> more) {
    return TestSpecs.run(TestSpecs.quiet(months, on, d, shocks, more), 1);
  }

  private static double tanhScale(double x) {
    return 10 * Math.tanh(x / 10);
  }

  @Test
  void m1_nuclearTest_warmsThenFades_firstMonthByHand() {
    List<Shock> test = List.of(new Shock(TestSpecs.month(12), ShockKind.NUCLEAR_TEST, null, 1));
    RunResult on = run(60, EnumSet.of(MechanismId.M1), Drivers.neutral(), test, Map.of());
    RunResult off = run(60, NONE, Drivers.neutral(), test, Map.of());
    assertThat(off.temperatureAt(30)).isZero();
    assertThat(on.temperatureAt(11)).isZero();
    // threat 2.0 (nuclear weight) × beta 0.15 × (1 + gamma·0), orientation neutral
    assertThat(on.temperatureAt(12)).isCloseTo(tanhScale(0.3), within(1e-12));
    assertThat(on.temperatureAt(14)).isGreaterThan(on.temperatureAt(12));
    assertThat(on.temperatureAt(59)).isPositive().isLessThan(on.temperatureAt(14) / 5);
  }

  @Test
  void m1_ordinaryTestRate_noMeanEffect_talksCoolThroughFewerTests() {
    Map<String, Double> rates = Map.of(CoreParameters.MISSILE_RATE, 1.0,
        CoreParameters.lever(LeverKind.SIX_PARTY_TALKS, "push"), 0.0);
    double ordinary = 0;
    double talks = 0;
    for (long seed = 0; seed < 100; seed++) {
      RunSpec spec = TestSpecs.quiet(240, EnumSet.of(MechanismId.M1), Drivers.neutral(), List.of(), rates);
      ordinary += lastHalfMean(TestSpecs.run(spec, seed));
      RunSpec withTalks = new RunSpec(spec.start(), 240, spec.parameters(), spec.enabled(), spec.initial(),
          spec.drivers(), spec.shocks(), List.of(new Lever(TestSpecs.month(0), LeverKind.SIX_PARTY_TALKS, 1)), false);
      talks += lastHalfMean(TestSpecs.run(withTalks, seed));
    }
    // threat mean 0.3/(1 - 2^(-1/3)) = 1.46 z; halved by the talks: push 0.15 × -0.73 → equilibrium about -1.1
    assertThat(ordinary / 100).isBetween(-0.1, 0.1);
    assertThat(talks / 100).isBetween(-1.4, -0.8);
  }

  private static double lastHalfMean(RunResult r) {
    return java.util.Arrays.stream(r.temperature()).skip(r.months() / 2).average().orElseThrow();
  }

  @Test
  void m1_conservativeSeoul_strongerThanProgressive() {
    List<Shock> test = List.of(new Shock(TestSpecs.month(0), ShockKind.NUCLEAR_TEST, null, 1));
    RunResult right = run(6, EnumSet.of(MechanismId.M1), TestSpecs.constant(Driver.SEOUL_ORIENTATION, 1), test,
        Map.of());
    RunResult left = run(6, EnumSet.of(MechanismId.M1), TestSpecs.constant(Driver.SEOUL_ORIENTATION, -1), test,
        Map.of());
    assertThat(right.temperatureAt(0)).isCloseTo(tanhScale(0.15 * 2 * 1.5), within(1e-12));
    assertThat(left.temperatureAt(0)).isCloseTo(tanhScale(0.15 * 2 * 0.5), within(1e-12));
  }

  @Test
  void m2_signOfBetaDecides_andScalesWithDependence() {
    Drivers rivalry = (d, m) -> d == Driver.US_CHN_CONFLICT ? 1 : d == Driver.KOR_CHINA_DEPENDENCE ? 2 : d.neutral();
    RunResult m2 = run(24, EnumSet.of(MechanismId.M2), rivalry, List.of(), Map.of("M2.beta", -0.2));
    RunResult m2prime = run(24, EnumSet.of(MechanismId.M2), rivalry, List.of(), Map.of("M2.beta", 0.2));
    RunResult zero = run(24, EnumSet.of(MechanismId.M2), rivalry, List.of(), Map.of("M2.beta", 0.0));
    assertThat(m2.temperatureAt(0)).isCloseTo(tanhScale(-0.4), within(1e-12));
    assertThat(m2prime.temperatureAt(23)).isCloseTo(-m2.temperatureAt(23), within(1e-12)).isPositive();
    assertThat(zero.temperatureAt(23)).isZero();
  }

  @Test
  void m3_narrowerGap_lowersTheEquilibrium() {
    RunResult r = run(300, EnumSet.of(MechanismId.M3), TestSpecs.constant(Driver.GDP_RATIO, 0.57), List.of(),
        Map.of());
    // Δμ = -3 × (0.57 - 0.37) = -0.6; after 300 months at reversion 0.1 the temperature sits at it
    assertThat(r.temperatureAt(299)).isCloseTo(tanhScale(-0.6), within(1e-9));
    RunResult wide = run(300, EnumSet.of(MechanismId.M3), TestSpecs.constant(Driver.GDP_RATIO, 0.10), List.of(),
        Map.of());
    assertThat(wide.temperatureAt(299)).isPositive();
  }

  @Test
  void m4_engagementWarms_andGateDampsCooperationWhenLow() {
    RunResult engaged = run(12, EnumSet.of(MechanismId.M4), TestSpecs.constant(Driver.US_ENGAGEMENT, 1), List.of(),
        Map.of("M4.eta", 0.0));
    assertThat(engaged.temperatureAt(0)).isCloseTo(tanhScale(0.1), within(1e-12));
    List<Shock> visit = List.of(new Shock(TestSpecs.month(0), ShockKind.RELATION_PUSH, null, 1.0));
    Map<String, Double> gateOnly = Map.of("M4.beta", 0.0, "M4.eta", 1.0);
    RunResult low = run(3, EnumSet.of(MechanismId.M4), TestSpecs.constant(Driver.US_ENGAGEMENT, -3), visit, gateOnly);
    RunResult high = run(3, EnumSet.of(MechanismId.M4), TestSpecs.constant(Driver.US_ENGAGEMENT, 3), visit, gateOnly);
    assertThat(low.temperatureAt(0)).isCloseTo(tanhScale(1 / (1 + Math.exp(3))), within(1e-12));
    assertThat(high.temperatureAt(0)).isCloseTo(tanhScale(1 / (1 + Math.exp(-3))), within(1e-12));
  }

  @Test
  void m5_seoulStandingHigh_coolsKoreaTowardsJapanOnly() {
    RunResult r = run(12, EnumSet.of(MechanismId.M5), TestSpecs.constant(Driver.US_STANDING_GAP, 1), List.of(),
        Map.of());
    assertThat(r.korToJpn()[0]).isCloseTo(tanhScale(-0.2), within(1e-12));
    assertThat(r.jpnToKor()).containsOnly(0.0);
    RunResult disappointed = run(12, EnumSet.of(MechanismId.M5), TestSpecs.constant(Driver.US_STANDING_GAP, -1),
        List.of(), Map.of());
    assertThat(disappointed.korToJpn()[11]).isPositive();
  }

  @Test
  void m6_flareCoolsWhileActive_thenRecovers() {
    List<Shock> flare = List.of(new Shock(TestSpecs.month(6), ShockKind.ISSUE_FLARE, Issue.DOKDO_TAKESHIMA, 1.0));
    RunResult r = run(120, EnumSet.of(MechanismId.M6), Drivers.neutral(), flare, Map.of());
    assertThat(r.temperatureAt(5)).isZero();
    assertThat(r.temperatureAt(6)).isCloseTo(tanhScale(-0.1), within(1e-12));
    double trough = java.util.Arrays.stream(r.temperature()).min().orElseThrow();
    assertThat(trough).isLessThan(r.temperatureAt(6));
    assertThat(r.temperatureAt(119)).isNegative().isGreaterThan(trough / 20);
  }

  @Test
  void m7_labourFlare_spreadsToExportControlsMoreOftenThanChance() {
    List<Shock> ruling = List.of(new Shock(TestSpecs.month(0), ShockKind.ISSUE_FLARE, Issue.WARTIME_LABOUR, 1.0));
    Map<String, Double> rates = Map.of(CoreParameters.flareRate(Issue.EXPORT_CONTROLS), 0.02,
        CoreParameters.flareRate(Issue.GSOMIA), 0.02, CoreParameters.halfLife(Issue.WARTIME_LABOUR), 12.0);
    int withLink = 0;
    int without = 0;
    for (long seed = 0; seed < 400; seed++) {
      withLink += exportFlares(EnumSet.of(MechanismId.M7), ruling, rates, seed);
      without += exportFlares(NONE, ruling, rates, seed);
    }
    // without M7: about 400 × 12 × 0.02 ≈ 96 flares; the link adds about 0.2 × 12 × 0.6 per run on top
    assertThat(without).isBetween(60, 140);
    assertThat(withLink).isGreaterThan(without + 300);
  }

  private static int exportFlares(Set<MechanismId> on, List<Shock> shocks, Map<String, Double> rates, long seed) {
    RunSpec spec = TestSpecs.quiet(12, on, Drivers.neutral(), shocks, rates);
    RunResult r = TestSpecs.run(spec, seed);
    int n = 0;
    for (int t = 0; t < 12; t++) {
      double before = t == 0 ? 0 : r.issueAt(Issue.EXPORT_CONTROLS, t - 1) * Math.pow(0.5, 1 / 6.0);
      n += r.issueAt(Issue.EXPORT_CONTROLS, t) > before + 1e-12 ? 1 : 0;
    }
    return n;
  }

  @Test
  void m8_newGovernment_cordialFirstThenSours() {
    Drivers fresh = (d, m) -> d == Driver.MONTHS_SINCE_SEOUL_INAUGURATION
        ? (m.getYear() - 2023) * 12.0 + m.getMonthValue() - 4
        : d == Driver.MONTHS_SINCE_TOKYO_INAUGURATION ? 200 : d.neutral();
    RunResult r = run(60, EnumSet.of(MechanismId.M8), fresh, List.of(), Map.of("M8.tokyoWeight", 0.0));
    assertThat(r.temperatureAt(0)).isCloseTo(tanhScale(0.1), within(1e-12));
    assertThat(r.temperatureAt(6)).isPositive();
    assertThat(r.temperatureAt(59)).isNegative();
  }

  @Test
  void m9_hostilePublic_dampsCooperativePushButNotHostileOne() {
    assertThat(pushEffect(-0.9, 1.0, true)).isCloseTo(tanhScale(1 - 0.5 * 1.9 / 2), within(1e-12));
    assertThat(pushEffect(0.9, 1.0, true)).isCloseTo(tanhScale(1 - 0.5 * 0.1 / 2), within(1e-12));
    assertThat(pushEffect(-0.9, 1.0, false)).isEqualTo(pushEffect(0.9, 1.0, false));
    assertThat(pushEffect(-0.9, -1.0, true)).isEqualTo(pushEffect(0.9, -1.0, true)).isCloseTo(tanhScale(-1),
        within(1e-12));
  }

  private static double pushEffect(double sentiment, double push, boolean m9) {
    RunSpec spec = new RunSpec(TestSpecs.START, 1, TestSpecs.quietWith(Map.of()),
        m9 ? EnumSet.of(MechanismId.M9) : NONE, new InitialState(0, sentiment, 0, Map.of()), Drivers.neutral(),
        ShockSchedule.of(List.of(new Shock(TestSpecs.month(0), ShockKind.RELATION_PUSH, null, push))), List.of(),
        false);
    return TestSpecs.run(spec, 1).temperatureAt(0);
  }

  @Test
  void m10_levelBreaksInTheEarly2010s() {
    RunSpec spec = new RunSpec(YearMonth.of(2000, 1), 300, TestSpecs.quietWith(Map.of()),
        EnumSet.of(MechanismId.M10), InitialState.calm(0), Drivers.neutral(), ShockSchedule.none(), List.of(),
        false);
    RunResult r = TestSpecs.run(spec, 1);
    double before = r.temperatureAt(60);
    double after = r.temperatureAt(240);
    assertThat(before).isCloseTo(tanhScale(0.5), within(0.01));
    assertThat(after).isCloseTo(tanhScale(-0.5), within(0.01));
  }

  @Test
  void m11_eachSideAnswersTheOther() {
    Drivers gap = TestSpecs.constant(Driver.US_STANDING_GAP, 1);
    RunResult alone = run(24, EnumSet.of(MechanismId.M5), gap, List.of(), Map.of());
    RunResult answered = run(24, EnumSet.of(MechanismId.M5, MechanismId.M11), gap, List.of(), Map.of());
    assertThat(alone.jpnToKor()[23]).isZero();
    assertThat(answered.jpnToKor()[0]).isZero();
    assertThat(answered.jpnToKor()[1]).isNegative();
    double gapAlone = alone.jpnToKor()[23] - alone.korToJpn()[23];
    double gapAnswered = answered.jpnToKor()[23] - answered.korToJpn()[23];
    assertThat(Math.abs(gapAnswered)).isLessThan(Math.abs(gapAlone) / 2);
  }

  @Test
  void m12_abandonmentFearWarms_firmCommitmentCools() {
    RunResult fear = run(12, EnumSet.of(MechanismId.M12), TestSpecs.constant(Driver.US_COMMITMENT, -1), List.of(),
        Map.of());
    RunResult firm = run(12, EnumSet.of(MechanismId.M12), TestSpecs.constant(Driver.US_COMMITMENT, 1), List.of(),
        Map.of());
    assertThat(fear.temperatureAt(0)).isCloseTo(tanhScale(0.1), within(1e-12));
    assertThat(firm.temperatureAt(11)).isCloseTo(-fear.temperatureAt(11), within(1e-12)).isNegative();
  }
}
