package org.strait.fit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strait.model.CoreParameters;
import org.strait.model.Issue;
import org.strait.model.MechanismId;
import org.strait.model.ParameterSpec;
import org.strait.model.Parameters;
import org.strait.model.mechanism.Mechanisms;

/**
 * Which parameters a calibration fits: the dynamics' level, reversion and noise, the observation noise and its
 * count-independent floor, the rates
 * of the chronicle's point processes (North Korean tests, issue flares), and one signed effect per mechanism, its
 * <em>key parameter</em> (declared by its class, {@link org.strait.model.MechanismSpec#key()}), whose sign the seeds
 * predict. Shape parameters (M1.gamma, M4.eta, M8.tau, M10.breakYear, ...) stay at their prior centres: with ten
 * years of thin monthly data they are not identified (MODEL.md, "prefer few parameters").
 */
public final class FitSpace {
  /** Standard deviation of the index around the latent temperature in a month of average event count. */
  public static final ParameterSpec OBSERVATION_NOISE = ParameterSpec.uniform("obs.noise", "index points", 0.01, 5,
      0.5, "measurement noise of the monthly index around the latent temperature (average month)");
  /**
   * Standard deviation of the part of a month's index noise that does not shrink with the event count (issue 20,
   * part 6): the observation variance of the headline is {@code s² + r²/(k·w)}. Prior: half-normal with scale 0.5
   * index points (a normal centred on 0 truncated to the range), weakly informative: its mode is 0, today's law
   * {@code r²/(k·w)}, which it nests, and it puts 95% of its mass below 0.98, the size of the whole observation
   * noise of a month of average count on the record ({@code r} ≈ 0.8–1.2), so the data decide whether a floor
   * exists while a floor larger than the index's own month-to-month spread (sd 1.1–1.3) is not expected.
   */
  public static final ParameterSpec OBSERVATION_FLOOR = ParameterSpec.normal("obs.floor", "index points", 0, 3, 0,
      0.5, "count-independent measurement noise of the monthly index, common to both directions");

  private static final Parameters CATALOGUE = Mechanisms.defaults();

  private FitSpace() {}

  /** Returns the name of mechanism {@code id}'s key parameter (e.g. {@code M2.beta}). */
  public static String key(MechanismId id) {
    return Mechanisms.key(id);
  }

  /** Tells whether {@code name} is a mechanism's key parameter (the ones {@link Shrinkage} regularises). */
  public static boolean isKey(String name) {
    for (MechanismId id : MechanismId.values()) {
      if (Mechanisms.key(id).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the catalogue's defaults with the observation noise and its floor (at 0) added: the base every fit
   * starts from.
   */
  public static Map<String, Double> defaults() {
    Map<String, Double> out = new java.util.LinkedHashMap<>(Mechanisms.defaults().values());
    out.put(OBSERVATION_NOISE.name(), OBSERVATION_NOISE.defaultValue());
    out.put(OBSERVATION_FLOOR.name(), OBSERVATION_FLOOR.defaultValue());
    return out;
  }

  /** Returns the spec of parameter {@code name}, the observation noise and its floor included. */
  public static ParameterSpec spec(String name) {
    return name.equals(OBSERVATION_NOISE.name()) ? OBSERVATION_NOISE
        : name.equals(OBSERVATION_FLOOR.name()) ? OBSERVATION_FLOOR : CATALOGUE.spec(name);
  }

  /** Returns the specs fitted when the mechanisms in {@code enabled} are on, in a fixed order. */
  public static List<ParameterSpec> fitted(Set<MechanismId> enabled) {
    return fitted(enabled, true);
  }

  /**
   * Returns the specs fitted when the mechanisms in {@code enabled} are on; the rates of the chronicle's point
   * processes only when {@code chronicle} (a window whose chronicle holds no dated shock says nothing about them:
   * they keep their given values).
   */
  public static List<ParameterSpec> fitted(Set<MechanismId> enabled, boolean chronicle) {
    List<ParameterSpec> out = new ArrayList<>();
    out.add(CATALOGUE.spec(CoreParameters.EQUILIBRIUM));
    out.add(CATALOGUE.spec(CoreParameters.REVERSION));
    out.add(CATALOGUE.spec(CoreParameters.NOISE));
    out.add(OBSERVATION_NOISE);
    out.add(OBSERVATION_FLOOR);
    if (chronicle) {
      out.add(CATALOGUE.spec(CoreParameters.NUCLEAR_RATE));
      out.add(CATALOGUE.spec(CoreParameters.MISSILE_RATE));
      for (Issue i : Issue.values()) {
        out.add(CATALOGUE.spec(CoreParameters.flareRate(i)));
      }
    }
    for (MechanismId id : EnumSet.copyOf(enabled.isEmpty() ? EnumSet.noneOf(MechanismId.class) : enabled)) {
      out.add(CATALOGUE.spec(Mechanisms.key(id)));
    }
    return List.copyOf(out);
  }

  /** Returns every mechanism id. */
  public static Set<MechanismId> all() {
    return EnumSet.allOf(MechanismId.class);
  }
}
