/**
 * Calibration, backtesting and verdicts: forecasts scored against what happened, next to the baselines any
 * reviewer asks for, and the seeds' claims judged by the data.
 *
 * <p>Read {@link org.strait.fit.MonthlySeries} first (the data a fit may see, with its no-look-ahead guard), then
 * {@link org.strait.fit.Forecaster}, {@link org.strait.fit.Scores} and {@link org.strait.fit.Backtest}. The fit:
 * {@link org.strait.fit.FitInput} (index, drivers and chronicle, cut by {@code until}), {@link
 * org.strait.fit.Calibration} (penalised likelihood through the Kalman filter of {@code StateSpace}, CMA-ES, posterior
 * intervals from the adaptive-Metropolis draws of {@code Posterior}) giving a {@link org.strait.fit.FitResult}, and {@link org.strait.fit.ModelForecaster}. The verdicts:
 * {@link org.strait.fit.Ablation}, {@link org.strait.model.SeedClaim} and {@link org.strait.fit.VerdictRule}.
 * docs/fit.md describes the whole.
 */
package org.strait.fit;
