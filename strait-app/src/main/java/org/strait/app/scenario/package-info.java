/**
 * Scenarios on the application's side: put on a fit of the store's data with its posterior draws
 * ({@link org.strait.app.scenario.FittedScenario}, recorded by {@link org.strait.app.scenario.FitRecord}), linked to
 * bargaining cases ({@link org.strait.app.scenario.BargainLinks}), and drawn as fan charts. The file reader and the
 * ensemble CSV are in {@code org.strait.scenario} (module strait-scenario).
 */
package org.strait.app.scenario;
