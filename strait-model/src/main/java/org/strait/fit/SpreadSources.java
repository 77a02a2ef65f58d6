package org.strait.fit;

/**
 * Which sources of uncertainty the model's forecast paths carry: a switchboard for diagnosing where a forecast's
 * spread comes from ({@link ModelForecaster}). A forecast carries them all; switching one off leaves the paths'
 * random draws in place and multiplies that source's draw by zero, so that two forecasts that differ in one switch
 * differ only in that source.
 *
 * @param parameters a posterior draw per group of paths (off: every path at the posterior mode)
 * @param state the filtered state's uncertainty at the origin (off: every path starts at the filtered mean)
 * @param process the latent temperature's monthly noise σ
 * @param observation the headline's observation noise
 * @param events random North Korean tests, issue flares and changes of government (unconditional forecasts only)
 * @param sentiment the monthly noise of the latent public sentiment (M9)
 */
public record SpreadSources(boolean parameters, boolean state, boolean process, boolean observation, boolean events,
    boolean sentiment) {
  /** Every source on: the forecast as reports show it. */
  public static final SpreadSources ALL = new SpreadSources(true, true, true, true, true, true);
  /** Every source off: one deterministic path at the posterior mode. */
  public static final SpreadSources NONE = new SpreadSources(false, false, false, false, false, false);

  /** Returns the names of the sources, in the order of the record's components. */
  public static String[] names() {
    return new String[] {"parameters", "state", "process", "observation", "events", "sentiment"};
  }

  /** Returns the sources with only the {@code i}-th (in {@link #names()} order) switched on. */
  public static SpreadSources only(int i) {
    return new SpreadSources(i == 0, i == 1, i == 2, i == 3, i == 4, i == 5);
  }

  /** Returns 1 when {@code on}, else 0: the factor a source's draw is multiplied by. */
  static double factor(boolean on) {
    return on ? 1 : 0;
  }
}
