/**
 * Calibration, backtesting and verdicts: forecasts scored against what happened, next to the baselines any
 * reviewer asks for.
 *
 * <p>Read {@link org.strait.fit.MonthlySeries} first (the data a fit may see, with its no-look-ahead guard), then
 * {@link org.strait.fit.Forecaster}, {@link org.strait.fit.Scores} and {@link org.strait.fit.Backtest}.
 */
package org.strait.fit;
