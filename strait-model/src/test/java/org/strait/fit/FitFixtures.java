package org.strait.fit;

import java.util.Map;
import org.strait.model.CoreParameters;
import org.strait.model.Issue;

/** Known parameter values for simulated series: chosen away from the priors' centres, so recovery is not the prior. */
final class FitFixtures {
  private FitFixtures() {}

  static Map<String, Double> truth() {
    Map<String, Double> v = FitSpace.defaults();
    v.put(CoreParameters.EQUILIBRIUM, 1.5);
    v.put(CoreParameters.REVERSION, 0.15);
    v.put(CoreParameters.NOISE, 0.4);
    v.put(FitSpace.OBSERVATION_NOISE.name(), 0.5);
    v.put(CoreParameters.NUCLEAR_RATE, 0.03);
    v.put(CoreParameters.MISSILE_RATE, 0.5);
    for (Issue i : Issue.values()) {
      v.put(CoreParameters.flareRate(i), 0.04);
    }
    v.put("M1.beta", 0.25);
    v.put("M2.beta", -0.3);
    v.put("M3.beta", -5.0);
    v.put("M4.beta", 0.2);
    v.put("M5.beta", 0.3);
    v.put("M6.beta", 0.4);
    v.put("M7.contagion", 0.3);
    v.put("M8.beta", 0.2);
    v.put("M9.damping", 0.5);
    v.put("M10.shift2010s", -1.0);
    v.put("M11.rho", 0.25);
    v.put("M12.beta", 0.15);
    return v;
  }
}
