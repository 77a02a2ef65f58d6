package org.strait.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.strait.app.fit.FitReports;
import org.strait.app.fit.FitRun;
import org.strait.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strait backtest}: fits the model on a training window and scores its forecasts against the baselines. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = "Fits the model on the training window and backtests it (conditional and unconditional) against "
        + "climatology, persistence and AR(1) on the test window, horizons 1, 3, 6, 12 months.")
final class BacktestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Option(names = "--train", paramLabel = "YYYY-MM..YYYY-MM", defaultValue = "2005-01..2011-12",
      description = "Training window (default ${DEFAULT-VALUE}).")
  String train;

  @Option(names = "--test", paramLabel = "YYYY-MM..YYYY-MM", defaultValue = "2012-01..2014-12",
      description = "Test window; starts the month after the training window (default ${DEFAULT-VALUE}).")
  String test;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "500",
      description = "Monte Carlo paths per forecast (default ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--format", paramLabel = "md|json", defaultValue = "md",
      description = "Report format: md or json (default ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws SQLException {
    YearMonth[] tr = window("--train", train);
    YearMonth[] te = window("--test", test);
    checkWindows(tr, te);
    if (!format.equals("md") && !format.equals("json")) {
      throw new IllegalArgumentException("--format must be md or json, was '" + format + "'");
    }
    if (!java.nio.file.Files.exists(db.path())) {
      throw new IllegalArgumentException("no store at " + db.path() + "; run strait ingest first");
    }
    FitRun run;
    try (EventStore store = EventStore.open(db.path())) {
      run = FitRun.run(store.connection(), tr[0], tr[1], te[1], samples, seed);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("md") ? FitReports.backtestMarkdown(run) : FitReports.backtestJson(run));
    out.flush();
    return 0;
  }

  /** Parses {@code YYYY-MM..YYYY-MM}. */
  static YearMonth[] window(String option, String text) {
    String[] parts = text.split("\\.\\.", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(option + " must be YYYY-MM..YYYY-MM, was '" + text + "'");
    }
    try {
      YearMonth a = YearMonth.parse(parts[0].trim());
      YearMonth b = YearMonth.parse(parts[1].trim());
      if (b.isBefore(a)) {
        throw new IllegalArgumentException(option + " ends (" + b + ") before it starts (" + a + ")");
      }
      return new YearMonth[] {a, b};
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " must be YYYY-MM..YYYY-MM, was '" + text + "'", e);
    }
  }

  /** Checks that the test window starts the month after the training window. */
  static void checkWindows(YearMonth[] train, YearMonth[] test) {
    if (!test[0].equals(train[1].plusMonths(1))) {
      throw new IllegalArgumentException("--test must start the month after --train ends (" + train[1].plusMonths(1)
          + "), was " + test[0]);
    }
  }
}
