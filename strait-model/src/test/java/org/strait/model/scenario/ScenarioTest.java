package org.strait.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strait.model.Driver;
import org.strait.model.DriverPath;
import org.strait.model.Drivers;
import org.strait.model.InitialState;
import org.strait.model.MechanismId;
import org.strait.model.RunSpec;
import org.strait.model.Shock;
import org.strait.model.ShockKind;
import org.strait.model.ShockSchedule;

class ScenarioTest {
  private static final YearMonth START = YearMonth.of(2023, 4);

  private static Scenario scenario(Map<String, Double> parameters) {
    return new Scenario("s", "S", List.of("seed 001"), "M8", START, 24, Map.of(MechanismId.M5, false), parameters,
        InitialState.calm(0.5),
        List.of(new Inauguration(Capital.SEOUL, YearMonth.of(2022, 5), 1),
            new Inauguration(Capital.SEOUL, YearMonth.of(2024, 1), -1)),
        List.of(new Shock(YearMonth.of(2023, 6), ShockKind.NUCLEAR_TEST, null, 1)),
        Map.of(Driver.US_ENGAGEMENT, DriverPath.constant(START, 2.0)), List.of(), List.of());
  }

  @Test
  void toRunSpec_overRealData_pathsAndGovernmentsWinBaseFillsTheRest() {
    Drivers base = (d, m) -> 7.0;
    ShockSchedule chronicle = ShockSchedule.of(List.of(
        new Shock(YearMonth.of(2023, 6), ShockKind.RELATION_PUSH, null, -1)));
    RunSpec spec = scenario(Map.of()).toRunSpec(base, chronicle, false);
    YearMonth june = YearMonth.of(2023, 6);
    assertThat(spec.drivers().value(Driver.US_ENGAGEMENT, june)).isEqualTo(2.0);
    assertThat(spec.drivers().value(Driver.US_CHN_CONFLICT, june)).isEqualTo(7.0);
    assertThat(spec.drivers().value(Driver.SEOUL_ORIENTATION, june)).isEqualTo(1.0);
    assertThat(spec.drivers().value(Driver.SEOUL_ORIENTATION, YearMonth.of(2024, 2))).isEqualTo(-1.0);
    assertThat(spec.drivers().value(Driver.MONTHS_SINCE_SEOUL_INAUGURATION, YearMonth.of(2024, 2))).isEqualTo(1.0);
    assertThat(spec.drivers().value(Driver.MONTHS_SINCE_TOKYO_INAUGURATION, june)).isEqualTo(7.0);
    assertThat(spec.shocks().in(june)).extracting(Shock::kind)
        .containsExactly(ShockKind.RELATION_PUSH, ShockKind.NUCLEAR_TEST);
    assertThat(spec.enabled()).doesNotContain(MechanismId.M5).hasSize(11);
  }

  @Test
  void construct_badParameter_failsNamingIt() {
    assertThatThrownBy(() -> scenario(Map.of("M9.damping", 1.5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("M9.damping = 1.5 is outside 0.0..1.0");
  }
}
