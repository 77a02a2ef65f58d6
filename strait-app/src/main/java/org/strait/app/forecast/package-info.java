/**
 * The forecast from the last month of a training window: {@link org.strait.app.forecast.ForecastRun} fits the model
 * on the store's data, draws the fitted model's unconditional posterior-predictive paths and the three baselines'
 * paths, summarises each as quantiles, and backtests the model on the window's last 24 months;
 * {@link org.strait.app.forecast.ForecastCsv}, {@link org.strait.app.forecast.ForecastChart} and
 * {@link org.strait.app.forecast.ForecastReports} write it. Read {@code ForecastRun} first.
 */
package org.strait.app.forecast;
