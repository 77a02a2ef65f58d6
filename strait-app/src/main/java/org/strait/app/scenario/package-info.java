/**
 * Scenario files: YAML read into the model's {@link org.strait.model.scenario.Scenario}, with every violation
 * reported at once by field path; and the ensemble outputs (CSV, fan chart). Read
 * {@link org.strait.app.scenario.ScenarioReader} first.
 */
package org.strait.app.scenario;
