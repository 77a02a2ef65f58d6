/**
 * The HTML report: one self-contained page (charts embedded as base64 PNG, no external links or scripts) with the
 * Japan–South Korea index and its turning points, the verdicts on the seeds' claims and the fitted model's backtest
 * against the baselines, its forecast from the data's last month next to AR(1)'s with its backtest skill, the
 * shipped scenarios' fan charts and the wartime-labour bargaining case.
 *
 * <p>Read {@link org.strait.app.report.ReportBuilder} first; it takes a {@link org.strait.app.report.ReportSettings}
 * and the store's reader and returns the HTML. Each section has its own package-private class; {@code Html}
 * escapes every text and {@code Figures} embeds PNGs with their data span, seed and strait version.
 */
package org.strait.app.report;
