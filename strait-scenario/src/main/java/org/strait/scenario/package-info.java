/**
 * Scenario files and ensemble outputs, without the application around them: YAML read into the model's
 * {@link org.strait.model.scenario.Scenario} with every violation reported at once by field path
 * ({@link org.strait.scenario.ScenarioReader}, read it first), and an ensemble's quantiles and threshold curves as
 * CSV ({@link org.strait.scenario.EnsembleCsv}); which files of a folder of scenarios or bargaining cases are read, in
 * which order ({@link org.strait.scenario.YamlFolder}). The command line, the dashboard, the report, the demo, the
 * Spark sweep and the benchmarks share them.
 */
package org.strait.scenario;
