package org.strait.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScenarioKeyTest {
  @Test
  void of_namesAsTheShippedScenariosSpellThem() {
    assertThat(Driver.US_CHN_CONFLICT.key()).isEqualTo("us-chn-conflict");
    assertThat(Issue.WARTIME_LABOUR.key()).isEqualTo("wartime-labour");
    assertThat(LeverKind.SIX_PARTY_TALKS.key()).isEqualTo("six-party-talks");
    assertThat(ShockKind.ISSUE_FLARE.key()).isEqualTo("issue-flare");
  }

  @Test
  void parse_everyConstantsKey_givesTheConstantBack() {
    for (Driver d : Driver.values()) {
      assertThat(Driver.ofKey(d.key())).isSameAs(d);
    }
    for (Issue i : Issue.values()) {
      assertThat(Issue.ofKey(i.key())).isSameAs(i);
    }
    for (LeverKind k : LeverKind.values()) {
      assertThat(LeverKind.ofKey(k.key())).isSameAs(k);
    }
    for (ShockKind k : ShockKind.values()) {
      assertThat(ShockKind.ofKey(k.key())).isSameAs(k);
    }
  }

  @Test
  void parse_javaNameOrUnknownKey_namesTheKeyAndWhatItIsNot() {
    assertThatThrownBy(() -> Issue.ofKey("WARTIME_LABOUR")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown issue 'WARTIME_LABOUR'");
    assertThatThrownBy(() -> ShockKind.ofKey("coup")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown shock kind 'coup'");
    assertThatThrownBy(() -> Driver.ofKey(" us-chn-conflict")).hasMessage("unknown driver ' us-chn-conflict'");
  }
}
