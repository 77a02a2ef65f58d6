package org.strait.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strait.model.mechanism.Mechanisms;

class ClaimTest {
  @Test
  void all_everyParameterInTheCatalogueAndEveryMechanismClaimed() {
    Set<String> names = Mechanisms.catalogue().stream().map(ParameterSpec::name).collect(Collectors.toSet());
    Set<MechanismId> claimed = EnumSet.noneOf(MechanismId.class);
    for (Claim c : Claim.all()) {
      assertThat(names).contains(c.parameter());
      claimed.add(c.mechanism());
    }
    assertThat(claimed).containsExactlyInAnyOrder(MechanismId.values());
  }

  @Test
  void all_seedsCitedMatchTheMechanismsSeedList() {
    for (Claim c : Claim.all()) {
      if (c.source().startsWith("seed ")) {
        assertThat(c.mechanism().seeds()).as(c.toString()).contains(c.source().substring(5));
      }
    }
  }

  @Test
  void m2_seedsDisagreeOnTheSign() {
    Set<Integer> signs = Claim.all().stream().filter(c -> c.mechanism() == MechanismId.M2)
        .map(Claim::expectedSign).collect(Collectors.toSet());
    assertThat(signs).containsExactlyInAnyOrder(1, -1);
  }
}
