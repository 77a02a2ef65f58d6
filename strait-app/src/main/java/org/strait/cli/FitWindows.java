package org.strait.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/**
 * The training and test windows and the seed that {@code strait backtest} and {@code strait verdicts} share: the
 * test window starts the month after the training window ends.
 */
final class FitWindows {
  @Option(names = "--train", paramLabel = "YYYY-MM..YYYY-MM", defaultValue = "2005-01..2011-12",
      description = "Training window (default ${DEFAULT-VALUE}).")
  String train;

  @Option(names = "--test", paramLabel = "YYYY-MM..YYYY-MM", defaultValue = "2012-01..2014-12",
      description = "Test window; starts the month after the training window (default ${DEFAULT-VALUE}).")
  String test;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  /** Returns the first and last month of the training window. */
  YearMonth[] train() {
    return window("--train", train);
  }

  /** Returns the first and last month of the test window, checked to follow the training window. */
  YearMonth[] test() {
    YearMonth[] tr = train();
    YearMonth[] te = window("--test", test);
    if (!te[0].equals(tr[1].plusMonths(1))) {
      throw new IllegalArgumentException("--test must start the month after --train ends (" + tr[1].plusMonths(1)
          + "), was " + te[0]);
    }
    return te;
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
}
