package org.strait.cli;

import org.strait.app.Window;
import picocli.CommandLine.Option;

/** The {@code --train} option of the commands that fit the model on one window of the store: forecast, simulate. */
final class TrainOption {
  @Option(names = "--train", paramLabel = "YYYY-MM..YYYY-MM",
      description = "Training window. Default: every month the store holds events in.")
  String text;

  /** Returns whether {@code --train} was given. */
  boolean given() {
    return text != null;
  }

  /** Returns the window given, or null for the store's whole span; a usage error when it is not a window. */
  Window window() {
    return text == null ? null : Window.parse("--train", text);
  }
}
