package org.strait.index;

/**
 * How turning points are sought in each measure; both are calibrated by simulating the series' own fitted
 * turn-free model (docs/indices.md, turning points).
 */
public enum Method {
  /** Interventions of the level model found greedily by auxiliary residuals (Harvey and Koopman 1992). */
  AUXILIARY_RESIDUALS,
  /**
   * Bayesian online change-point detection (Adams and MacKay 2007) with the month's known sampling variance and a
   * Student-t observation, and a one-step predictive residual for shocks.
   */
  CHANGE_POINTS
}
