package org.strait.cli;

import java.util.function.Supplier;
import org.strait.app.Defaults;
import org.strait.app.TrainTest;
import org.strait.app.Window;
import org.strait.fit.BacktestSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that {@code strait backtest} and {@code strait verdicts} share: the training and test windows (the test
 * window starts the month after the training window ends), the Monte Carlo paths per forecast, the seed and the
 * indicator switch. By default the windows follow the store ({@link TrainTest#resolve}); each command gives its own
 * default number of paths.
 */
final class FitOptions {
  @Option(names = "--train", paramLabel = "YYYY-MM..YYYY-MM",
      description = "Training window. Default: from the store's first month to the month before the test window.")
  String train;

  @Option(names = "--test", paramLabel = "YYYY-MM..YYYY-MM",
      description = "Test window, starting the month after the training window. Default: the store's last "
          + Defaults.TEST_MONTHS + " months, or the months after --train.")
  String test;

  @Option(names = "--samples", paramLabel = "N",
      description = "Monte Carlo paths per forecast, at least " + BacktestSettings.MIN_SAMPLES
          + ". Default: ${DEFAULT-VALUE}.")
  int samples;

  @Mixin SeedOption seed;

  /** The help of {@code --without-indicators}, which {@code strait forecast} takes too. */
  static final String WITHOUT_INDICATORS = "Run without the yearly indicator files (GDP, trade with China, US troops):"
      + " their drivers are held neutral and every report says so at its head. Without this option, missing files"
      + " are an error.";

  @Option(names = "--without-indicators", description = WITHOUT_INDICATORS)
  boolean withoutIndicators;

  /** Creates the options with {@code samples} paths per forecast unless {@code --samples} says otherwise. */
  FitOptions(int samples) {
    this.samples = samples;
  }

  /**
   * Returns the options' windows, completed from the store's span where they are not given; a usage error when
   * {@code --samples} is too small or a window given lies wholly outside the span.
   */
  TrainTest resolve(Supplier<Window> span) {
    Usage.check(samples >= BacktestSettings.MIN_SAMPLES, "--samples must be at least %d, was %d",
        BacktestSettings.MIN_SAMPLES, samples);
    Window tr = train == null ? null : Window.parse("--train", train);
    Window te = test == null ? null : Window.parse("--test", test);
    TrainTest windows = TrainTest.resolve(tr, te, span);
    if (tr != null || te != null) {
      Window s = span.get();
      outside("--train", tr, s);
      outside("--test", te, s);
    }
    return windows;
  }

  private static void outside(String option, Window given, Window span) {
    Usage.check(given == null || !(given.end().isBefore(span.start()) || given.start().isAfter(span.end())),
        "%s %s lies outside the data: the store holds events in %s", option, given, span);
  }
}
