package org.strait.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.strait.model.mechanism.Mechanisms;

/** Bounds and invariants hold in every month, whatever admissible parameters and drivers. */
class ModelProperties {
  @Property(tries = 60)
  void everyStep_statesStayWithinTheirScales(@ForAll long seed, @ForAll long parameterSeed,
      @ForAll @DoubleRange(min = -5, max = 5) double driverLevel,
      @ForAll @DoubleRange(min = -9.9, max = 9.9) double start) {
    Random pick = new Random(parameterSeed);
    Map<String, Double> values = new HashMap<>();
    for (ParameterSpec s : Mechanisms.catalogue()) {
      if (!s.name().startsWith("events.")) {
        values.put(s.name(), s.lower() + pick.nextDouble() * (s.upper() - s.lower()));
      }
    }
    Parameters p = Mechanisms.defaults().with(values);
    Drivers drivers = (d, m) -> d == Driver.SEOUL_ORIENTATION ? Math.max(-1, Math.min(1, driverLevel))
        : d.unit().equals("months") ? Math.abs(driverLevel) * 10 : driverLevel;
    List<Shock> shocks = List.of(new Shock(TestSpecs.month(5), ShockKind.ISSUE_FLARE, Issue.GSOMIA, 1.0),
        new Shock(TestSpecs.month(7), ShockKind.RELATION_PUSH, null, 4 * driverLevel));
    RunSpec spec = new RunSpec(TestSpecs.START, 48, p, EnumSet.allOf(MechanismId.class),
        new InitialState(start, 0.3, 0, Map.of()), drivers, ShockSchedule.of(shocks),
        List.of(new Lever(TestSpecs.month(3), LeverKind.SIX_PARTY_TALKS, 2)), false);
    Model model = Mechanisms.simulation(spec).model(seed);
    while (!model.done()) {
      model.step();
      assertThat(model.temperature()).isBetween(-Model.SCALE, Model.SCALE);
    }
    RunResult r = model.finish();
    for (int t = 0; t < r.months(); t++) {
      assertThat(r.temperatureAt(t)).isBetween(-10.0, 10.0);
      assertThat(r.jpnToKor()[t]).isBetween(-10.0, 10.0);
      assertThat(r.sentiment()[t]).isBetween(-1.0, 1.0);
      assertThat(r.threat()[t]).isGreaterThanOrEqualTo(0.0);
      assertThat(r.nuclearTests()[t]).isGreaterThanOrEqualTo(0);
      for (Issue i : Issue.values()) {
        assertThat(r.issueAt(i, t)).isBetween(0.0, 1.0);
      }
      assertThat(r.temperatureAt(t)).isEqualTo((r.jpnToKor()[t] + r.korToJpn()[t]) / 2);
    }
  }
}
