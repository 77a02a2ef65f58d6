package org.strait.fit;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strait.model.CoreParameters;
import org.strait.model.Issue;
import org.strait.model.Mechanism;
import org.strait.model.MechanismId;
import org.strait.model.MonthTerms;
import org.strait.model.ParameterSpec;
import org.strait.model.SentimentDynamics;
import org.strait.model.ThreatProcess;
import org.strait.model.mechanism.Mechanisms;

/**
 * The parameter values the state-space dynamics read: the core's as fields, the mechanisms' as the mechanism objects
 * of the model ({@link Mechanisms}) built from them, so that the fit evaluates the same mechanism code as the
 * simulation. A mechanism switched off is not built.
 */
final class Theta implements Cloneable {
  private static final Set<String> MECHANISM_PARAMETERS = mechanismParameters();
  private static final Map<String, Integer> FLARE_RATES = flareRates();
  double equilibrium;
  double reversion;
  double noise;
  double obsNoise;
  ThreatProcess threatProcess;
  double flareSize;
  double[] issueDecay = new double[Issue.COUNT];
  double[] flareRate = new double[Issue.COUNT];
  final SentimentDynamics sentimentDynamics;
  private Set<MechanismId> enabled;
  private final Map<String, Double> values;
  private Map<String, Double> overrides;
  private volatile List<Mechanism> mechanisms;

  Theta(Map<String, Double> v, Set<MechanismId> enabled) {
    equilibrium = v.get(CoreParameters.EQUILIBRIUM);
    reversion = v.get(CoreParameters.REVERSION);
    noise = v.get(CoreParameters.NOISE);
    obsNoise = v.get(FitSpace.OBSERVATION_NOISE.name());
    threatProcess = ThreatProcess.of(v::get);
    flareSize = v.get(CoreParameters.FLARE_SIZE);
    for (Issue i : Issue.values()) {
      issueDecay[i.ordinal()] = CoreParameters.decay(v.get(CoreParameters.halfLife(i)));
      flareRate[i.ordinal()] = v.get(CoreParameters.flareRate(i));
    }
    sentimentDynamics = SentimentDynamics.of(v::get);
    this.enabled = enabled.isEmpty() ? EnumSet.noneOf(MechanismId.class) : EnumSet.copyOf(enabled);
    this.values = new HashMap<>(v);
  }

  /** Returns a copy whose values {@link #set} may change without touching this one. */
  Theta copy() {
    try {
      Theta t = (Theta) super.clone();
      t.issueDecay = issueDecay.clone();
      t.flareRate = flareRate.clone();
      t.overrides = overrides == null ? null : new HashMap<>(overrides);
      t.mechanisms = mechanisms;
      return t;
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sets one of the parameters {@link FitSpace#fitted} may name, or any mechanism parameter; other core
   * parameters are refused (the fit keeps them at their given values).
   */
  void set(String name, double v) {
    switch (name) {
      case CoreParameters.EQUILIBRIUM -> equilibrium = v;
      case CoreParameters.REVERSION -> reversion = v;
      case CoreParameters.NOISE -> noise = v;
      case "obs.noise" -> obsNoise = v;
      case CoreParameters.NUCLEAR_RATE -> threatProcess = threatProcess.withNuclearRate(v);
      case CoreParameters.MISSILE_RATE -> threatProcess = threatProcess.withMissileRate(v);
      default -> {
        if (MECHANISM_PARAMETERS.contains(name)) {
          if (overrides == null) {
            overrides = new HashMap<>();
          }
          overrides.put(name, v);
          mechanisms = null;
          return;
        }
        Integer issue = FLARE_RATES.get(name);
        if (issue == null) {
          throw new IllegalArgumentException("parameter " + name + " is not fitted");
        }
        flareRate[issue] = v;
      }
    }
  }

  /** Returns the value of parameter {@code name} as set. */
  double get(String name) {
    Double v = overrides == null ? null : overrides.get(name);
    if (v == null) {
      v = values.get(name);
    }
    if (v == null) {
      throw new IllegalArgumentException("unknown parameter '" + name + "'");
    }
    return v;
  }

  /** Returns a copy with mechanism {@code id} switched off and every value kept. */
  Theta without(MechanismId id) {
    Theta t = copy();
    Set<MechanismId> on = EnumSet.noneOf(MechanismId.class);
    on.addAll(enabled);
    on.remove(id);
    t.enabled = on;
    t.mechanisms = null;
    return t;
  }

  boolean on(MechanismId id) {
    return enabled.contains(id);
  }

  /** Returns the mechanisms switched on, built from the current values (once per set of values). */
  List<Mechanism> mechanisms() {
    List<Mechanism> m = mechanisms;
    if (m == null) {
      m = Mechanisms.of(enabled, this::get);
      mechanisms = m;
    }
    return m;
  }

  /** Returns a fresh month's terms of the mechanisms switched on. */
  MonthTerms terms() {
    return new MonthTerms(mechanisms(), reversion, threatProcess.baseline());
  }

  private static Map<String, Integer> flareRates() {
    Map<String, Integer> out = new HashMap<>();
    for (Issue i : Issue.values()) {
      out.put(CoreParameters.flareRate(i), i.ordinal());
    }
    return Map.copyOf(out);
  }

  private static Set<String> mechanismParameters() {
    Set<String> out = new HashSet<>();
    for (MechanismId id : MechanismId.values()) {
      for (ParameterSpec s : Mechanisms.specs(id)) {
        out.add(s.name());
      }
    }
    return Set.copyOf(out);
  }
}
