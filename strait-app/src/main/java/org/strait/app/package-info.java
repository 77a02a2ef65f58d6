/**
 * The use cases, one home each, that the command line, the HTTP API and dashboard, the HTML report and the demo call:
 * {@link org.strait.app.VerdictService}, {@link org.strait.app.ScenarioService} (on the priors or on the fitted
 * model), {@link org.strait.app.BargainService}, {@link org.strait.app.ForecastService},
 * {@link org.strait.app.IndexService}, {@link org.strait.app.IngestService}, the chronicle's selection and forms
 * ({@link org.strait.app.ChronicleView}, {@link org.strait.app.ChronicleJson}) and the demo's steps
 * ({@link org.strait.app.DemoService}); the values they take
 * ({@link org.strait.app.Window}, {@link org.strait.app.TrainTest}), the tables they give
({@link org.strait.app.IndexTable}, {@link org.strait.app.TurningPointTable}) and every default in
 * {@link org.strait.app.Defaults}.
 *
 * <p>Read {@link org.strait.app.Defaults} first, then a service. The sub-packages hold what the services are made of
 * ({@code fit}: the store's data for the model, {@code forecast}, {@code scenario}: scenario files, fans and the lines a run is summed up in,
 * {@code bargain}: dispute files) and never depend on this package; {@code report} builds the HTML report from the
 * services and writes it ({@code ReportFile}).
 */
package org.strait.app;
