/**
 * Scenarios: the {@link org.strait.model.scenario.Scenario} record that scenario files, the CLI and the API build,
 * and its translation into a {@link org.strait.model.RunSpec}. Read {@code Scenario} first.
 */
package org.strait.model.scenario;
