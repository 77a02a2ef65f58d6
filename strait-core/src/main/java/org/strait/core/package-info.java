/**
 * The vocabulary every strait module shares: countries, dyads, CAMEO codes, events, seeds and argument checks; and
 * what a long computation reports ({@link org.strait.core.Progress}) and where strait is installed
 * ({@link org.strait.core.Installation}).
 *
 * <p>Read {@link org.strait.core.Event} first: it is the one record every reader produces and every index reads.
 * This package uses the JDK only.
 */
package org.strait.core;
