/**
 * Scenario files: YAML read into the model's {@link org.strait.model.scenario.Scenario}, with every violation
 * reported at once by field path; scenarios put on a fit of the store's data with its posterior draws
 * ({@link org.strait.app.scenario.FittedScenario}, recorded by {@link org.strait.app.scenario.FitRecord}); and the
 * ensemble outputs (CSV, fan chart). Read {@link org.strait.app.scenario.ScenarioReader} first.
 */
package org.strait.app.scenario;
