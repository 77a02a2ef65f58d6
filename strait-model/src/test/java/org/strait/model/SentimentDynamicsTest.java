package org.strait.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SentimentDynamicsTest {
  private static final SentimentDynamics LAW = new SentimentDynamics(-0.2, 0.05, 0.1, 0.25, 0.5);

  @Test
  void of_readsEachCoreParameterIntoItsField() {
    Map<String, Double> v = Map.of(
        CoreParameters.SENTIMENT_EQUILIBRIUM, -0.2,
        CoreParameters.SENTIMENT_REVERSION, 0.05,
        CoreParameters.SENTIMENT_FOLLOWS, 0.1,
        CoreParameters.SENTIMENT_HISTORY_HIT, 0.25,
        CoreParameters.SENTIMENT_NOISE, 0.5);
    assertThat(SentimentDynamics.of(v::get)).isEqualTo(LAW);
  }

  @Test
  void next_atEquilibriumInAQuietMonth_stays() {
    assertThat(LAW.next(-0.2, 0, 0, 0)).isEqualTo(-0.2);
  }

  @Test
  void next_closesItsShareOfTheGapToEquilibrium() {
    assertThat(LAW.next(0.8, 0, 0, 0)).isCloseTo(0.8 - 0.05, within(1e-15));
  }

  @Test
  void next_eachTermMovesByItsParameter() {
    assertThat(LAW.next(-0.2, 10, 0, 0)).as("10 index points").isCloseTo(-0.2 + 0.1, within(1e-15));
    assertThat(LAW.next(-0.2, 0, 2, 0)).as("two history flares").isCloseTo(-0.2 - 0.5, within(1e-15));
    assertThat(LAW.next(-0.2, 0, 0, -1)).as("a draw of -1 sd").isCloseTo(-0.2 - 0.5, within(1e-15));
  }
}
