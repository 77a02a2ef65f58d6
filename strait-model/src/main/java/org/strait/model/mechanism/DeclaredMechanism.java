package org.strait.model.mechanism;

import org.strait.core.Require;
import org.strait.model.Mechanism;
import org.strait.model.MechanismSpec;

/**
 * A mechanism that returns the {@link MechanismSpec} its class declares: the base of the twelve mechanism classes,
 * each of which keeps its seeds, parameters, key parameter and claims in its own {@code SPEC} and its term in its own
 * {@code hazards}, {@code push} or {@code crossLag}.
 */
abstract class DeclaredMechanism implements Mechanism {
  private final MechanismSpec spec;

  /** Creates the mechanism declared by {@code spec}. */
  DeclaredMechanism(MechanismSpec spec) {
    this.spec = Require.nonNull(spec, "mechanism spec");
  }

  @Override
  public final MechanismSpec spec() {
    return spec;
  }
}
