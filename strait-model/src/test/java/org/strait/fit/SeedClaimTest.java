package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strait.model.MechanismId;
import org.strait.model.ParameterSpec;
import org.strait.model.mechanism.Mechanisms;

/** The claims the verdicts judge (they replace the unused model.Claim list). */
class SeedClaimTest {
  @Test
  void all_everyMechanismClaimed_andEveryKeyParameterInTheCatalogue() {
    Set<String> names = Mechanisms.catalogue().stream().map(ParameterSpec::name).collect(Collectors.toSet());
    Set<MechanismId> claimed = EnumSet.noneOf(MechanismId.class);
    for (SeedClaim c : SeedClaim.all()) {
      assertThat(names).contains(FitSpace.key(c.mechanism()));
      assertThat(c.prediction()).contains(FitSpace.key(c.mechanism()));
      claimed.add(c.mechanism());
    }
    assertThat(claimed).containsExactlyInAnyOrder(MechanismId.values());
  }

  @Test
  void m2_seedsDisagreeOnTheSign() {
    Set<Integer> signs = SeedClaim.all().stream().filter(c -> c.mechanism() == MechanismId.M2)
        .map(SeedClaim::sign).collect(Collectors.toSet());
    assertThat(signs).containsExactlyInAnyOrder(1, -1);
  }
}
