package org.strait.index;

/*
 * The period's own value (docs/indices.md, "The index: the month's value"). The level model writes a period mean as
 *
 *   y_t = theta_t + eps_t,   theta_t = mu_t + e_t,   e_t ~ N(0, omega2),   eps_t ~ N(0, s_t)
 *
 * with mu_t the level, e_t the period's own effect (the news cluster that makes a month's mean differ from its level
 * by more than sampling: omega2) and eps_t the sampling error of the period's mean (s_t). The index reports
 * theta_t, the period's value, not mu_t. The smoother gives mu_t | y ~ N(m_t, V_t). Given mu_t, the effect e_t
 * enters y_t alone, so e_t | mu_t, y = e_t | mu_t, y_t ~ N(omega2 / h_t (y_t - mu_t), omega2 s_t / h_t) with
 * h_t = s_t + omega2 (e_t and eps_t are independent of everything else, so given mu_t and y_t the others tell
 * nothing more; this is the regression of one normal summand of y_t - mu_t on their sum). By the laws of total
 * expectation and variance,
 *
 *   E[theta_t | y]   = m_t + omega2 / h_t (y_t - m_t)                = (s_t m_t + omega2 y_t) / h_t
 *   Var[theta_t | y] = (s_t / h_t)^2 V_t + omega2 s_t / h_t
 *
 * This splits Durbin and Koopman's smoothed observation disturbance (2012, section 2.5.1: E[eps | y] = h_t u_t,
 * Var = h_t - h_t^2 D_t, here e_t + eps_t) into its two independent parts. Written with V_others = 1 / (1 / V_t -
 * 1 / h_t), the variance of mu_t given every period but t, it is 1 / (1 / (V_others + omega2) + 1 / s_t): the
 * period's value known from its neighbours (V_others + omega2) combined with its own mean (s_t). So a thin period
 * (s_t large) is shrunk toward the level with a wide band, and a dense one (s_t small) is its own mean with a narrow
 * band. A period without data has E = m_t and Var = V_t + omega2: the level's prediction plus an unknown effect,
 * which widens with the gap as V_t does. With omega2 = 0 the value is the level.
 */

/** The posterior of a period's own value, the level plus the period's effect, from the smoothed level. */
record PeriodValue(double mean, double variance) {

  /**
   * Returns the period's value given its mean {@code y} (NaN when it has no data) with sampling variance {@code s},
   * the excess variance {@code omega2} and the smoothed level's mean {@code level} and variance {@code levelVariance}.
   */
  static PeriodValue of(double y, double s, double omega2, double level, double levelVariance) {
    if (Double.isNaN(y)) {
      return new PeriodValue(level, levelVariance + omega2);
    }
    double h = s + omega2;
    double own = omega2 / h;
    double kept = s / h;
    return new PeriodValue(level + own * (y - level), kept * kept * levelVariance + own * s);
  }
}
