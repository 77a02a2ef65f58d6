package org.strait.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoreParametersTest {
  @Test
  void decay_oneMonthHalfLife_halvesEachMonth() {
    assertThat(CoreParameters.decay(1)).isEqualTo(0.5);
  }

  @Test
  void decay_overItsHalfLife_halvesTheState() {
    for (int halfLife : new int[] {2, 6, 12, 36, 120}) {
      double state = 1;
      for (int t = 0; t < halfLife; t++) {
        state *= CoreParameters.decay(halfLife);
      }
      assertThat(state).as("after %s months", halfLife).isCloseTo(0.5, within(1e-13));
    }
  }

  @Test
  void decay_halfAMonth_quartersEachMonth() {
    assertThat(CoreParameters.decay(0.5)).isEqualTo(0.25);
  }

  @Test
  void specs_everyLeverKind_hasEffectParameters() {
    for (LeverKind kind : LeverKind.values()) {
      assertThat(CoreParameters.specs()).as(kind.key())
          .anyMatch(s -> s.name().startsWith("lever." + kind.key() + "."));
    }
  }
}
