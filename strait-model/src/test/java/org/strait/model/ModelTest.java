package org.strait.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.strait.core.Event;
import org.strait.core.numeric.Draws;
import org.strait.model.mechanism.Mechanisms;

class ModelTest {
  private static final EnumSet<MechanismId> NONE = EnumSet.noneOf(MechanismId.class);

  @Test
  void step_noMechanismsNoNoise_revertsGeometricallyToEquilibrium() {
    RunSpec spec = new RunSpec(TestSpecs.START, 40,
        TestSpecs.quietWith(Map.of(CoreParameters.EQUILIBRIUM, 1.0, CoreParameters.REVERSION, 0.1)), NONE,
        InitialState.calm(5.0), Drivers.neutral(), ShockSchedule.none(), List.of(), false);
    RunResult r = TestSpecs.run(spec, 1);
    double x0 = 10 * 0.5 * Math.log((1 + 0.5) / (1 - 0.5));
    for (int t = 0; t < 40; t++) {
      double x = 1 + (x0 - 1) * Math.pow(0.9, t + 1);
      assertThat(r.temperatureAt(t)).isCloseTo(10 * Math.tanh(x / 10), within(1e-12));
    }
  }

  @Test
  void run_sameSeed_identicalResult() {
    RunSpec spec = noisy(120);
    assertThat(TestSpecs.run(spec, 7)).isEqualTo(TestSpecs.run(spec, 7));
  }

  @Test
  void run_differentSeeds_differ() {
    RunSpec spec = noisy(120);
    assertThat(TestSpecs.run(spec, 7).temperature()).isNotEqualTo(TestSpecs.run(spec, 8).temperature());
  }

  @Test
  void scheduledFlare_setsIssueThenDecaysWithHalfLife() {
    Shock flare = new Shock(TestSpecs.month(3), ShockKind.ISSUE_FLARE, Issue.WARTIME_LABOUR, 0.8);
    RunSpec spec = TestSpecs.quiet(30, NONE, Drivers.neutral(), List.of(flare),
        Map.of(CoreParameters.halfLife(Issue.WARTIME_LABOUR), 4.0));
    RunResult r = TestSpecs.run(spec, 1);
    assertThat(r.issueAt(Issue.WARTIME_LABOUR, 2)).isZero();
    for (int t = 3; t < 30; t++) {
      assertThat(r.issueAt(Issue.WARTIME_LABOUR, t)).isCloseTo(0.8 * Math.pow(0.5, (t - 3) / 4.0), within(1e-12));
    }
    assertThat(r.flares()[3]).isEqualTo(1);
    assertThat(r.issueAt(Issue.GSOMIA, 10)).isZero();
  }

  @Test
  void exportControlRemoval_settlesTheDispute() {
    Shock flare = new Shock(TestSpecs.month(0), ShockKind.ISSUE_FLARE, Issue.EXPORT_CONTROLS, 1.0);
    Lever removal = new Lever(TestSpecs.month(5), LeverKind.EXPORT_CONTROL_REMOVAL, 1.0);
    RunSpec spec = new RunSpec(TestSpecs.START, 12, TestSpecs.quietWith(Map.of()), NONE, InitialState.calm(0),
        Drivers.neutral(), ShockSchedule.of(List.of(flare)), List.of(removal), false);
    RunResult r = TestSpecs.run(spec, 1);
    assertThat(r.issueAt(Issue.EXPORT_CONTROLS, 4)).isGreaterThan(0.5);
    assertThat(r.issueAt(Issue.EXPORT_CONTROLS, 5)).isZero();
    assertThat(r.temperatureAt(5)).isGreaterThan(r.temperatureAt(4));
  }

  @Test
  void nuclearTestShock_countedAndRaisesThreat() {
    Shock test = new Shock(TestSpecs.month(2), ShockKind.NUCLEAR_TEST, null, 1);
    RunResult r = TestSpecs.run(TestSpecs.quiet(10, NONE, Drivers.neutral(), List.of(test), Map.of()), 1);
    assertThat(r.nuclearTests()).containsExactly(0, 0, 1, 0, 0, 0, 0, 0, 0, 0);
    assertThat(r.threat()[2]).isEqualTo(2.0);
    assertThat(r.threat()[5]).isCloseTo(2.0 * Math.pow(0.5, 3 / 3.0), within(1e-12));
  }

  @Test
  void poisson_inversionHasTheRightMean() {
    SplittableRandom rng = new SplittableRandom(3);
    double sum = 0;
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      sum += Draws.poisson(2.5, rng.nextDouble());
    }
    assertThat(sum / n).isCloseTo(2.5, within(0.02));
    assertThat(Draws.poisson(0, 0.999)).isZero();
  }

  @Test
  void randomTests_occurAtAboutTheirRate() {
    RunSpec spec = new RunSpec(TestSpecs.START, 1000,
        TestSpecs.quietWith(Map.of(CoreParameters.NUCLEAR_RATE, 0.1)), NONE, InitialState.calm(0),
        Drivers.neutral(), ShockSchedule.none(), List.of(), false);
    int tests = java.util.Arrays.stream(TestSpecs.run(spec, 11).nuclearTests()).sum();
    assertThat(tests).isBetween(70, 130);
  }

  @Test
  void events_followTheTemperatureAndLeaveThePathUnchanged() {
    RunSpec warm = eventSpec(6.0);
    RunSpec cold = eventSpec(-6.0);
    RunResult w = TestSpecs.run(warm, 5);
    RunResult c = TestSpecs.run(cold, 5);
    assertThat(w.events()).isNotEmpty();
    double meanWarm = w.events().stream().mapToDouble(Event::goldstein).average().orElseThrow();
    double meanCold = c.events().stream().mapToDouble(Event::goldstein).average().orElseThrow();
    assertThat(meanWarm).isGreaterThan(3);
    assertThat(meanCold).isLessThan(-3);
    for (Event e : w.events()) {
      assertThat(e.goldstein()).isEqualTo(EventSynthesizer.score(e.cameo().code()));
      assertThat(e.month()).isBetween(TestSpecs.START, warm.end());
      assertThat(List.of(e.actor1().country().code(), e.actor2().country().code()))
          .containsExactlyInAnyOrder("JPN", "KOR");
    }
    assertThat(TestSpecs.run(warm.withEvents(false), 5).temperature()).isEqualTo(w.temperature());
  }

  @Test
  void lifecycle_stepAfterLastMonthAndEarlyFinish_fail() {
    Model m = Mechanisms.simulation(TestSpecs.quiet(2, NONE, Drivers.neutral(), List.of(), Map.of())).model(1);
    assertThatThrownBy(m::finish).isInstanceOf(IllegalStateException.class).hasMessageContaining("0 of 2");
    m.step();
    m.step();
    assertThat(m.done()).isTrue();
    assertThatThrownBy(m::step).isInstanceOf(IllegalStateException.class);
    assertThat(m.finish().months()).isEqualTo(2);
  }

  @Test
  void runResult_recordsSeedAndVersion() {
    RunResult r = TestSpecs.run(noisy(3), 99);
    assertThat(r.seed()).isEqualTo(99);
    assertThat(r.version()).isEqualTo(org.strait.core.Version.current()).isNotBlank();
  }

  private static RunSpec eventSpec(double temperature) {
    return new RunSpec(TestSpecs.START, 12,
        TestSpecs.quietWith(Map.of(CoreParameters.EQUILIBRIUM, Model.latent(temperature))), NONE,
        InitialState.calm(temperature), Drivers.neutral(), ShockSchedule.none(), List.of(), true);
  }

  private static RunSpec noisy(int months) {
    return new RunSpec(TestSpecs.START, months, Mechanisms.defaults(), EnumSet.allOf(MechanismId.class),
        InitialState.calm(1.0), Drivers.neutral(), ShockSchedule.none(), List.of(), false);
  }
}
