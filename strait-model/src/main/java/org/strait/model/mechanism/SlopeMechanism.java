package org.strait.model.mechanism;

import org.strait.model.MechanismSpec;
import org.strait.model.ParameterValues;

/**
 * A mechanism with one parameter, its key parameter {@code beta}: a slope, in index points per month, on a quantity
 * its class reads from the month's {@link org.strait.model.Step} (M2, M5, M6, M12). Each subclass declares its spec
 * and writes its own term with {@link #beta}, so that the month's call stays one plain virtual call per mechanism.
 */
abstract class SlopeMechanism extends DeclaredMechanism {
  /** The value of the key parameter, read once when the mechanism is created. */
  final double beta;

  /** Creates the mechanism declared by {@code spec} from the parameters' values. */
  SlopeMechanism(MechanismSpec spec, ParameterValues p) {
    super(spec);
    beta = p.get(spec.key());
  }
}
