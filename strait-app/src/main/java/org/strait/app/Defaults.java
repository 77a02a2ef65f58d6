package org.strait.app;

import java.nio.file.Path;
import org.strait.app.forecast.ForecastRun;
import org.strait.fetch.GdeltVersion;

/**
 * The defaults of every use case, in one place: the store, the windows, seeds, runs and samples that the command
 * line, the dashboard's jobs, the report and the demo take when they are not told otherwise. The command line's
 * help prints them through its options' default values.
 */
public final class Defaults {
  /** The store's folder: {@code ~/.strait}. */
  public static final Path HOME = Path.of(System.getProperty("user.home"), ".strait");
  /** The store used when {@code --db} is not given: {@code ~/.strait/strait.duckdb}. */
  public static final Path STORE = HOME.resolve("strait.duckdb");
  /** Where the demo writes its forecast, scenario and bargaining outputs: {@code ~/.strait/demo}. */
  public static final Path DEMO_OUT = HOME.resolve("demo");

  /** The folder of downloaded GDELT files of {@code version}: {@code ~/.strait/gdelt/v1} or {@code v2}. */
  public static Path gdelt(GdeltVersion version) {
    return HOME.resolve("gdelt").resolve(version.label());
  }

  /** The seed of every stochastic use case when none is given. */
  public static final long SEED = 1;
  /** The seed of the fit behind a fitted scenario ({@code strait simulate --fit}, the dashboard, the demo). */
  public static final long FIT_SEED = 1;
  /** Months of the default test window of the backtest and the verdicts, counted back from the store's last. */
  public static final int TEST_MONTHS = 36;

  /** Replicates of {@code strait simulate}. */
  public static final int SIMULATE_RUNS = 1000;
  /** Replicates of a scenario job of the dashboard. */
  public static final int SCENARIO_JOB_RUNS = 500;
  /** Runs per scenario ensemble and bargaining Monte Carlo of {@code strait report}. */
  public static final int REPORT_RUNS = 1000;
  /** Monte Carlo runs per scenario and bargaining case of the demo; also its forecast's paths per forecaster. */
  public static final int DEMO_RUNS = 2000;
  /** The most Monte Carlo runs per bargaining case of the demo. */
  public static final int DEMO_BARGAIN_RUNS = 500;
  /** The most Monte Carlo runs per dispute of the demo's score against the record. */
  public static final int DEMO_RECORD_RUNS = 200;
  /** Monte Carlo runs of a bargaining job of the dashboard. */
  public static final int BARGAIN_JOB_RUNS = 200;

  /** Monte Carlo paths per forecast of the verdicts. */
  public static final int VERDICT_SAMPLES = 200;
  /** Monte Carlo paths per forecast of {@code strait backtest}. */
  public static final int BACKTEST_SAMPLES = 500;
  /** Months of the forecast of {@code strait forecast}, the report and the demo: two years. */
  public static final int FORECAST_MONTHS = ForecastRun.DEFAULT_MONTHS;
  /** Paths per forecaster of {@code strait forecast}: the most the report and the demo draw. */
  public static final int FORECAST_SAMPLES = ForecastRun.DEFAULT_SAMPLES;

  /** How many of the record's months before a fitted scenario its result and fan chart carry. */
  public static final int OBSERVED_MONTHS = 36;
  /** The dashboard's port. */
  public static final int PORT = 7070;

  private Defaults() {}
}
