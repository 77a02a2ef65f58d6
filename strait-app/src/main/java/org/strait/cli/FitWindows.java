package org.strait.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.strait.app.fit.StoreFit;
import org.strait.store.StoreReader;
import picocli.CommandLine.Option;

/**
 * The training and test windows, the seed and the indicator switch that {@code strait backtest} and {@code strait
 * verdicts} share: the test window starts the month after the training window ends. By default the windows follow
 * the store: the test window is its last {@value #DEFAULT_TEST_MONTHS} months and the training window every month
 * before, from the store's first month.
 */
final class FitWindows {
  /** Months of the default test window, counted back from the store's last month. */
  static final int DEFAULT_TEST_MONTHS = 36;

  @Option(names = "--train", paramLabel = "YYYY-MM..YYYY-MM",
      description = "Training window (default: from the store's first month to the month before the test window).")
  String train;

  @Option(names = "--test", paramLabel = "YYYY-MM..YYYY-MM",
      description = "Test window; starts the month after the training window (default: the store's last "
          + DEFAULT_TEST_MONTHS + " months, or the months after --train).")
  String test;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--without-indicators",
      description = "Run without the yearly indicator files (GDP, trade with China, US troops): their drivers are"
          + " held neutral and every report says so at its head. Without this option, missing files are an error.")
  boolean withoutIndicators;

  /**
   * Returns {training start, training end, test start, test end}: the options', completed from the store's span
   * where they are not given; checks that the test window starts the month after the training window.
   */
  YearMonth[] resolve(StoreReader store) {
    YearMonth[] tr = train == null ? null : window("--train", train);
    YearMonth[] te = test == null ? null : window("--test", test);
    if (tr == null || te == null) {
      YearMonth[] span = StoreFit.span(store);
      if (te == null) {
        te = tr == null ? new YearMonth[] {span[1].minusMonths(DEFAULT_TEST_MONTHS - 1L), span[1]}
            : new YearMonth[] {tr[1].plusMonths(1), span[1]};
      }
      if (tr == null) {
        tr = new YearMonth[] {span[0], te[0].minusMonths(1)};
      }
    }
    if (!te[0].equals(tr[1].plusMonths(1))) {
      throw new IllegalArgumentException("--test must start the month after --train ends (" + tr[1].plusMonths(1)
          + "), was " + te[0]);
    }
    if (te[1].isBefore(te[0])) {
      throw new IllegalArgumentException("the test window " + te[0] + ".." + te[1] + " is empty: the store ends"
          + " before it starts");
    }
    return new YearMonth[] {tr[0], tr[1], te[0], te[1]};
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
