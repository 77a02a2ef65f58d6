/**
 * Wiring the store's data to the fit, and the fit's reports: {@link org.strait.app.fit.FitData} builds the observed
 * Japan–Korea series and the drivers from the store, {@link org.strait.app.fit.FitRun} calibrates and backtests
 * ({@link org.strait.app.fit.StoreFit} calibrates only, for scenarios on the fitted model), and
 * {@link org.strait.app.fit.FitReports} and {@link org.strait.app.fit.VerdictReports} write Markdown, HTML and
 * JSON. Read {@code FitData} first.
 */
package org.strait.app.fit;
