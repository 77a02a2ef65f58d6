package org.strait.model.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.strait.model.Driver;
import org.strait.model.Drivers;
import org.strait.model.InitialState;
import org.strait.model.Issue;
import org.strait.model.Lever;
import org.strait.model.LeverKind;
import org.strait.model.MechanismId;
import org.strait.model.Parameters;
import org.strait.model.RunResult;
import org.strait.model.RunSpec;
import org.strait.model.Shock;
import org.strait.model.ShockKind;
import org.strait.model.ShockSchedule;
import org.strait.model.TestSpecs;

/**
 * All mechanisms together, with noise and random events on and every driver away from neutral: switching one off
 * removes exactly its effect (the run equals the one with its parameters at zero effect), and it had one.
 */
class MechanismSwitchTest {
  private static final Map<MechanismId, Map<String, Double>> NULL_EFFECT = Map.ofEntries(
      Map.entry(MechanismId.M1, Map.of(CommonThreat.BETA, 0.0)),
      Map.entry(MechanismId.M2, Map.of(DivergentThreat.BETA, 0.0)),
      Map.entry(MechanismId.M3, Map.of(PowerGap.BETA, 0.0)),
      Map.entry(MechanismId.M4, Map.of(UsMediation.BETA, 0.0, UsMediation.ETA, 0.0)),
      Map.entry(MechanismId.M5, Map.of(AllyRivalry.BETA, 0.0)),
      Map.entry(MechanismId.M6, Map.of(HistoryDisputes.BETA, 0.0)),
      Map.entry(MechanismId.M7, Map.of(Linkage.CONTAGION, 0.0)),
      Map.entry(MechanismId.M8, Map.of(AdministrationCycle.BETA, 0.0)),
      Map.entry(MechanismId.M9, Map.of(PublicOpinion.DAMPING, 0.0)),
      Map.entry(MechanismId.M10, Map.of(StructuralShift.COLD_WAR_END, 0.0, StructuralShift.SHIFT_2010S, 0.0)),
      Map.entry(MechanismId.M11, Map.of(Reciprocity.RHO, 0.0)),
      Map.entry(MechanismId.M12, Map.of(QuasiAlliance.BETA, 0.0)));

  /** Defaults with M2's free-sign parameter away from its zero prior centre, so that every mechanism acts. */
  static Parameters acting() {
    return Mechanisms.defaults().with(Map.of(DivergentThreat.BETA, -0.3));
  }

  static RunSpec rich(Parameters p, EnumSet<MechanismId> on) {
    Drivers d = (driver, m) -> switch (driver) {
      case KOR_CHINA_DEPENDENCE -> 1.3;
      case GDP_RATIO -> 0.45;
      case SEOUL_ORIENTATION -> 1;
      case MONTHS_SINCE_SEOUL_INAUGURATION, MONTHS_SINCE_TOKYO_INAUGURATION ->
          (m.getYear() - 2022) * 12.0 + m.getMonthValue();
      case US_STANDING_GAP -> -0.5;
      default -> 0.8;
    };
    List<Shock> shocks = List.of(
        new Shock(TestSpecs.month(3), ShockKind.ISSUE_FLARE, Issue.WARTIME_LABOUR, 1.0),
        new Shock(TestSpecs.month(10), ShockKind.NUCLEAR_TEST, null, 1),
        new Shock(TestSpecs.month(20), ShockKind.RELATION_PUSH, null, 1.5));
    List<Lever> levers = List.of(new Lever(TestSpecs.month(30), LeverKind.TRILATERAL_SUMMIT, 1));
    return new RunSpec(TestSpecs.START, 60, p, on, new InitialState(1.0, -0.3, 0.5, Map.of(Issue.GSOMIA, 0.4)), d,
        ShockSchedule.of(shocks), levers, false);
  }

  @ParameterizedTest
  @EnumSource(MechanismId.class)
  void switchOff_removesExactlyTheMechanismsEffect(MechanismId id) {
    EnumSet<MechanismId> others = EnumSet.allOf(MechanismId.class);
    others.remove(id);
    Parameters defaults = acting();
    RunResult allOn = TestSpecs.run(rich(defaults, EnumSet.allOf(MechanismId.class)), 21);
    RunResult off = TestSpecs.run(rich(defaults, others), 21);
    RunResult zeroEffect = TestSpecs.run(rich(defaults.with(NULL_EFFECT.get(id)), EnumSet.allOf(MechanismId.class)),
        21);
    assertThat(off).isEqualTo(zeroEffect);
    assertThat(off.temperature()).isNotEqualTo(allOn.temperature());
  }

  @Test
  void combination_hostilePublicDampsTheCommonThreat() {
    List<Shock> test = List.of(new Shock(TestSpecs.month(0), ShockKind.NUCLEAR_TEST, null, 1));
    RunSpec alone = TestSpecs.quiet(6, EnumSet.of(MechanismId.M1), Drivers.neutral(), test, Map.of());
    RunSpec damped = new RunSpec(alone.start(), 6, alone.parameters(), EnumSet.of(MechanismId.M1, MechanismId.M9),
        new InitialState(0, -0.8, 0, Map.of()), alone.drivers(), alone.shocks(), List.of(), false);
    double a = TestSpecs.run(alone, 1).temperatureAt(0);
    double b = TestSpecs.run(damped, 1).temperatureAt(0);
    assertThat(a).isPositive();
    assertThat(b).isPositive().isLessThan(a);
  }

  @Test
  void combination_linkageThroughDisputesCoolsMoreThanDisputesAlone() {
    double alone = 0;
    double linked = 0;
    for (long seed = 0; seed < 50; seed++) {
      alone += mean(TestSpecs.run(rich(acting(), EnumSet.of(MechanismId.M6)), seed));
      linked += mean(TestSpecs.run(rich(acting(), EnumSet.of(MechanismId.M6, MechanismId.M7)), seed));
    }
    assertThat(linked).isLessThan(alone);
  }

  private static double mean(RunResult r) {
    return java.util.Arrays.stream(r.temperature()).average().orElseThrow();
  }

  @Test
  void drivers_unusedByAnyMechanism_none() {
    for (Driver d : Driver.values()) {
      RunSpec base = rich(acting(), EnumSet.allOf(MechanismId.class));
      Drivers shifted = (driver, m) -> base.drivers().value(driver, m) + (driver == d ? 0.5 : 0);
      RunSpec moved = new RunSpec(base.start(), base.horizonMonths(), base.parameters(), base.enabled(),
          base.initial(), shifted, base.shocks(), base.levers(), false);
      assertThat(TestSpecs.run(moved, 3).temperature()).as(d.name())
          .isNotEqualTo(TestSpecs.run(base, 3).temperature());
    }
  }
}
