package org.strait.model.mechanism;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.strait.model.CoreParameters;
import org.strait.model.Mechanism;
import org.strait.model.MechanismId;
import org.strait.model.MechanismSpec;
import org.strait.model.ParameterSpec;
import org.strait.model.ParameterValues;
import org.strait.model.Parameters;
import org.strait.model.RunSpec;
import org.strait.model.SeedClaim;
import org.strait.model.Simulation;

/**
 * The registry of the mechanisms: one line per mechanism class, its {@link MechanismSpec} and its constructor. The
 * simulation, the fit and the verdicts all take the mechanisms, their key parameters and their claims from here.
 */
public final class Mechanisms {
  private static final Map<MechanismId, Function<ParameterValues, Mechanism>> FACTORIES =
      new EnumMap<>(MechanismId.class);
  private static final Map<MechanismId, MechanismSpec> SPECS = new EnumMap<>(MechanismId.class);

  static {
    register(CommonThreat.SPEC, CommonThreat::new);
    register(DivergentThreat.SPEC, DivergentThreat::new);
    register(PowerGap.SPEC, PowerGap::new);
    register(UsMediation.SPEC, UsMediation::new);
    register(AllyRivalry.SPEC, AllyRivalry::new);
    register(HistoryDisputes.SPEC, HistoryDisputes::new);
    register(Linkage.SPEC, Linkage::new);
    register(AdministrationCycle.SPEC, AdministrationCycle::new);
    register(PublicOpinion.SPEC, PublicOpinion::new);
    register(StructuralShift.SPEC, StructuralShift::new);
    register(Reciprocity.SPEC, Reciprocity::new);
    register(QuasiAlliance.SPEC, QuasiAlliance::new);
    if (SPECS.size() != MechanismId.values().length) {
      throw new IllegalStateException("mechanisms without a class: " + java.util.EnumSet.complementOf(
          java.util.EnumSet.copyOf(SPECS.keySet())));
    }
  }

  private Mechanisms() {}

  private static void register(MechanismSpec spec, Function<ParameterValues, Mechanism> factory) {
    if (SPECS.put(spec.id(), spec) != null) {
      throw new IllegalStateException(spec.id() + " is registered twice");
    }
    FACTORIES.put(spec.id(), factory);
  }

  /** Returns what mechanism {@code id} declares: parameters, key parameter and claims. */
  public static MechanismSpec spec(MechanismId id) {
    return SPECS.get(id);
  }

  /** Returns the specs of mechanism {@code id}'s parameters. */
  public static List<ParameterSpec> specs(MechanismId id) {
    return SPECS.get(id).parameters();
  }

  /** Returns the name of mechanism {@code id}'s key parameter (e.g. {@code M2.beta}). */
  public static String key(MechanismId id) {
    return SPECS.get(id).key();
  }

  /** Returns every claim the verdicts judge, in mechanism order (two for M2: M2 and M2'). */
  public static List<SeedClaim> claims() {
    List<SeedClaim> out = new ArrayList<>();
    SPECS.values().forEach(s -> out.addAll(s.claims()));
    return List.copyOf(out);
  }

  /** Returns every parameter spec: the core's, then each mechanism's in id order. */
  public static List<ParameterSpec> catalogue() {
    List<ParameterSpec> all = new ArrayList<>(CoreParameters.specs());
    SPECS.values().forEach(s -> all.addAll(s.parameters()));
    return List.copyOf(all);
  }

  /** Returns the catalogue's default parameters. */
  public static Parameters defaults() {
    return Parameters.defaults(catalogue());
  }

  /** Returns every mechanism built from {@code parameters}, in id order. */
  public static List<Mechanism> all(ParameterValues parameters) {
    List<Mechanism> out = new ArrayList<>();
    FACTORIES.values().forEach(f -> out.add(f.apply(parameters)));
    return List.copyOf(out);
  }

  /** Returns the mechanisms among {@code ids} built from {@code parameters}, in id order. */
  public static List<Mechanism> of(java.util.Set<MechanismId> ids, ParameterValues parameters) {
    List<Mechanism> out = new ArrayList<>();
    FACTORIES.forEach((id, f) -> {
      if (ids.contains(id)) {
        out.add(f.apply(parameters));
      }
    });
    return List.copyOf(out);
  }

  /** Returns mechanism {@code id} built from {@code parameters}. */
  public static Mechanism create(MechanismId id, ParameterValues parameters) {
    return FACTORIES.get(id).apply(parameters);
  }

  /** Compiles {@code spec} with the mechanisms it switches on. */
  public static Simulation simulation(RunSpec spec) {
    return Simulation.compile(spec, all(spec.parameters()));
  }
}
