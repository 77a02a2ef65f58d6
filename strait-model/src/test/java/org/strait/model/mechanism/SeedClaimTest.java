package org.strait.model.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strait.model.MechanismId;
import org.strait.model.MechanismSpec;
import org.strait.model.ParameterSpec;
import org.strait.model.SeedClaim;

/** The claims the verdicts judge, as each mechanism's class declares them with its key parameter. */
class SeedClaimTest {
  @Test
  void claims_everyMechanismClaimed_andEveryKeyParameterInTheCatalogue() {
    Set<String> names = Mechanisms.catalogue().stream().map(ParameterSpec::name).collect(Collectors.toSet());
    Set<MechanismId> claimed = EnumSet.noneOf(MechanismId.class);
    for (SeedClaim c : Mechanisms.claims()) {
      assertThat(names).contains(Mechanisms.key(c.mechanism()));
      assertThat(c.prediction()).contains(Mechanisms.key(c.mechanism()));
      claimed.add(c.mechanism());
    }
    assertThat(claimed).containsExactlyInAnyOrder(MechanismId.values());
  }

  @Test
  void m2_seedsDisagreeOnTheSign() {
    Set<Integer> signs = Mechanisms.claims().stream().filter(c -> c.mechanism() == MechanismId.M2)
        .map(SeedClaim::sign).collect(Collectors.toSet());
    assertThat(signs).containsExactlyInAnyOrder(1, -1);
  }

  /** The registry's spec is the one the built mechanism reports, so a class and its registry line cannot disagree. */
  @Test
  void registry_specOfEachMechanism_isTheOneItsClassDeclares() {
    for (MechanismId id : MechanismId.values()) {
      assertThat(Mechanisms.create(id, Mechanisms.defaults()).spec()).isSameAs(Mechanisms.spec(id));
      assertThat(Mechanisms.spec(id).id()).isEqualTo(id);
    }
  }

  @Test
  void spec_keyNotAmongItsParameters_isRefused() {
    List<ParameterSpec> params = Mechanisms.specs(MechanismId.M1);
    List<SeedClaim> claims = Mechanisms.spec(MechanismId.M1).claims();
    assertThatThrownBy(() -> new MechanismSpec(MechanismId.M1, "Common threat", List.of(), params, "M2.beta", claims))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("M2.beta");
    List<SeedClaim> others = Mechanisms.spec(MechanismId.M2).claims();
    assertThatThrownBy(() -> new MechanismSpec(MechanismId.M1, "Common threat", List.of(), params, "M1.beta", others))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("M2");
    assertThatThrownBy(() -> new MechanismSpec(MechanismId.M1, " ", List.of(), params, "M1.beta", claims))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("M1 has no title");
  }
}
