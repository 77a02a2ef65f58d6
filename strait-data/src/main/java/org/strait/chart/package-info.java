/**
 * What strait's PNG charts share: a time axis in dates (years, or {@code YYYY-MM} on short spans), months with
 * gaps drawn as gaps, and labelled threshold lines.
 *
 * <p>Read {@link org.strait.chart.TimeAxis} first.
 */
package org.strait.chart;
