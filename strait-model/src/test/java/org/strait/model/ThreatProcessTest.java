package org.strait.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreatProcessTest {
  private static final Map<String, Double> VALUES = Map.of(
      CoreParameters.THREAT_HALF_LIFE, 1.0,
      CoreParameters.NUCLEAR_WEIGHT, 2.0,
      CoreParameters.NUCLEAR_RATE, 0.03,
      CoreParameters.MISSILE_WEIGHT, 0.3,
      CoreParameters.MISSILE_RATE, 1.5);

  @Test
  void of_readsEachCoreParameterIntoItsField() {
    ThreatProcess p = ThreatProcess.of(VALUES::get);
    assertThat(p).isEqualTo(new ThreatProcess(0.5, 2.0, 0.03, 0.3, 1.5));
  }

  @Test
  void baseline_isWhereTheExpectedThreatSettles() {
    ThreatProcess p = new ThreatProcess(CoreParameters.decay(3), 2, 0.03, 0.3, 1.0);
    double threat = 0;
    for (int t = 0; t < 2000; t++) {
      threat = threat * p.decay() + 2 * 0.03 + 0.3 * 1.0;
    }
    assertThat(p.baseline()).isCloseTo(threat, within(1e-12));
  }

  @Test
  void withRates_changeOnlyTheirRate() {
    ThreatProcess p = ThreatProcess.of(VALUES::get);
    assertThat(p.withNuclearRate(0.1)).isEqualTo(new ThreatProcess(0.5, 2.0, 0.1, 0.3, 1.5));
    assertThat(p.withMissileRate(4)).isEqualTo(new ThreatProcess(0.5, 2.0, 0.03, 0.3, 4));
    assertThat(p.nuclearRate()).isEqualTo(0.03);
  }
}
