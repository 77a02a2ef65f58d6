/**
 * The twelve mechanisms of MODEL.md, one class each, and their registry {@link
 * org.strait.model.mechanism.Mechanisms} (one line per class). The simulation and the fit both evaluate these
 * classes, through {@link org.strait.model.MonthTerms}.
 *
 * <p>Read {@link org.strait.model.mechanism.CommonThreat} first: every mechanism states its claim, cites its seeds,
 * declares its parameters with units, ranges and priors, its key parameter and the claims it tests in its
 * {@link org.strait.model.MechanismSpec}, and adds its term through {@link org.strait.model.Step}. Each extends
 * {@code DeclaredMechanism}, which returns that spec; the four one-slope mechanisms (M2, M5, M6, M12) extend
 * {@code SlopeMechanism}, which also reads their key parameter {@code beta}.
 */
package org.strait.model.mechanism;
