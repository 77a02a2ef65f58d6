package org.strait.model;

/**
 * The ids of MODEL.md's mechanisms. Each mechanism's class declares its title, seeds, parameters and claims in its
 * {@link MechanismSpec}; the registry {@code org.strait.model.mechanism.Mechanisms} maps ids to classes.
 */
public enum MechanismId {
  M1,
  M2,
  M3,
  M4,
  M5,
  M6,
  M7,
  M8,
  M9,
  M10,
  M11,
  M12
}
