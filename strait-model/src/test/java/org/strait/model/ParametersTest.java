package org.strait.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strait.model.mechanism.Mechanisms;

class ParametersTest {
  @Test
  void with_unknownAndOutOfRange_reportsEveryProblem() {
    Map<String, Double> bad = new LinkedHashMap<>();
    bad.put("M1.betta", 0.1);
    bad.put(CoreParameters.REVERSION, 2.0);
    bad.put("M2.beta", 0.3);
    assertThatThrownBy(() -> Mechanisms.defaults().with(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown parameter 'M1.betta'")
        .hasMessageContaining("core.reversion = 2.0 is outside 0.005..1.0");
  }

  @Test
  void with_validOverride_changesOnlyThatValue() {
    Parameters p = Mechanisms.defaults().with(Map.of("M2.beta", -0.7));
    assertThat(p.get("M2.beta")).isEqualTo(-0.7);
    assertThat(p.get("M1.beta")).isEqualTo(0.15);
  }

  @Test
  void catalogue_namesUniqueAndEveryMechanismHasParameters() {
    var names = new HashSet<String>();
    Mechanisms.catalogue().forEach(s -> assertThat(names.add(s.name())).as(s.name()).isTrue());
    for (MechanismId id : MechanismId.values()) {
      assertThat(Mechanisms.specs(id)).as(id.name()).isNotEmpty()
          .allSatisfy(s -> assertThat(s.name()).startsWith(id.name() + "."));
    }
  }

  @Test
  void m2_signIsFree_rangeSpansBothSigns() {
    ParameterSpec s = Mechanisms.defaults().spec("M2.beta");
    assertThat(s.lower()).isNegative();
    assertThat(s.upper()).isPositive();
    assertThat(s.prior().centre()).isZero();
  }
}
