/**
 * The monthly state-space model of the Japan–South Korea relation: state, inputs, parameters and simulation.
 *
 * <p>Read {@link org.strait.model.Model} first: its opening note gives the equations. A {@link
 * org.strait.model.RunSpec} (start, horizon, parameters, mechanisms on, initial state, {@link
 * org.strait.model.Drivers}, {@link org.strait.model.ShockSchedule}, levers) is compiled into a {@link
 * org.strait.model.Simulation}, which makes seeded {@link org.strait.model.Model}s (setup → step* → finish) that
 * return immutable {@link org.strait.model.RunResult}s. Mechanisms implement {@link org.strait.model.Mechanism} and
 * live in {@code org.strait.model.mechanism}. JDK and Hipparchus only: no I/O, no logging.
 */
package org.strait.model;
