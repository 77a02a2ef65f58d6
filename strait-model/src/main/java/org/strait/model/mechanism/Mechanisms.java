package org.strait.model.mechanism;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.strait.model.CoreParameters;
import org.strait.model.Mechanism;
import org.strait.model.MechanismId;
import org.strait.model.ParameterSpec;
import org.strait.model.Parameters;
import org.strait.model.RunSpec;
import org.strait.model.Simulation;

/** The catalogue of the twelve mechanisms: their parameter specs, and the mechanisms built from parameter values. */
public final class Mechanisms {
  private static final Map<MechanismId, Function<Parameters, Mechanism>> FACTORIES = new EnumMap<>(MechanismId.class);
  private static final Map<MechanismId, List<ParameterSpec>> SPECS = new EnumMap<>(MechanismId.class);

  static {
    register(MechanismId.M1, CommonThreat::new, CommonThreat.SPECS);
    register(MechanismId.M2, DivergentThreat::new, DivergentThreat.SPECS);
    register(MechanismId.M3, PowerGap::new, PowerGap.SPECS);
    register(MechanismId.M4, UsMediation::new, UsMediation.SPECS);
    register(MechanismId.M5, AllyRivalry::new, AllyRivalry.SPECS);
    register(MechanismId.M6, HistoryDisputes::new, HistoryDisputes.SPECS);
    register(MechanismId.M7, Linkage::new, Linkage.SPECS);
    register(MechanismId.M8, AdministrationCycle::new, AdministrationCycle.SPECS);
    register(MechanismId.M9, PublicOpinion::new, PublicOpinion.SPECS);
    register(MechanismId.M10, StructuralShift::new, StructuralShift.SPECS);
    register(MechanismId.M11, Reciprocity::new, Reciprocity.SPECS);
    register(MechanismId.M12, QuasiAlliance::new, QuasiAlliance.SPECS);
  }

  private Mechanisms() {}

  private static void register(MechanismId id, Function<Parameters, Mechanism> factory, List<ParameterSpec> specs) {
    FACTORIES.put(id, factory);
    SPECS.put(id, specs);
  }

  /** Returns the specs of mechanism {@code id}'s parameters. */
  public static List<ParameterSpec> specs(MechanismId id) {
    return SPECS.get(id);
  }

  /** Returns every parameter spec: the core's, then each mechanism's in id order. */
  public static List<ParameterSpec> catalogue() {
    List<ParameterSpec> all = new ArrayList<>(CoreParameters.specs());
    SPECS.values().forEach(all::addAll);
    return List.copyOf(all);
  }

  /** Returns the catalogue's default parameters. */
  public static Parameters defaults() {
    return Parameters.defaults(catalogue());
  }

  /** Returns all twelve mechanisms built from {@code parameters}. */
  public static List<Mechanism> all(Parameters parameters) {
    List<Mechanism> out = new ArrayList<>();
    FACTORIES.values().forEach(f -> out.add(f.apply(parameters)));
    return List.copyOf(out);
  }

  /** Returns mechanism {@code id} built from {@code parameters}. */
  public static Mechanism create(MechanismId id, Parameters parameters) {
    return FACTORIES.get(id).apply(parameters);
  }

  /** Compiles {@code spec} with the mechanisms it switches on. */
  public static Simulation simulation(RunSpec spec) {
    return Simulation.compile(spec, all(spec.parameters()));
  }
}
