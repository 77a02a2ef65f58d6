/**
 * Bargaining over one dispute: the expected-utility model of Bueno de Mesquita as specified by Scholz, Calbert and
 * Smith (2011), and the spatial model of politics (SMP) of the KAPSARC Toolkit for Behavioral Analysis (KTAB).
 *
 * <p>Read {@link org.strait.bargain.Dispute} first (the input: stakeholders with capability, positions and
 * saliences on 0–100 scales), then {@link org.strait.bargain.BargainModel} and its two implementations
 * {@link org.strait.bargain.ExpectedUtilityModel} and {@link org.strait.bargain.SpatialModel}, which turn a dispute
 * into a {@link org.strait.bargain.BargainRun} (positions of every actor in every round). {@link
 * org.strait.bargain.MonteCarlo} perturbs the inputs and ranks the actors by how much their inputs move the
 * outcome; {@link org.strait.bargain.BargainOutcome} is the value the relationship model takes as a shock.
 *
 * <p>Everything here is pure computation: JDK only, no I/O. Readers for KTAB's CSV and for strait's YAML live in
 * {@code org.strait.app.bargain}.
 */
package org.strait.bargain;
