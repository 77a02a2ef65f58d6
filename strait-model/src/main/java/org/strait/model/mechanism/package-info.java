/**
 * The twelve mechanisms of MODEL.md, one class each, and their catalogue {@link
 * org.strait.model.mechanism.Mechanisms}.
 *
 * <p>Read {@link org.strait.model.mechanism.CommonThreat} first: every mechanism states its claim, cites its seeds,
 * lists its parameters with units, ranges and priors, and adds its term through {@link org.strait.model.Step}.
 */
package org.strait.model.mechanism;
