package org.strait.cli;

import org.strait.scenario.ScenarioInvalidException;
import picocli.CommandLine;

/**
 * The one place that maps a command's outcome to its exit code: 0 ok; 2 a usage error (a bad option or argument:
 * picocli's parameter errors and {@link IllegalArgumentException}s of the commands' checks); 1 every other failure,
 * a bad input file among them, even where its reader reports it as an {@link IllegalArgumentException}
 * ({@link ScenarioInvalidException}).
 */
final class ExitCodes {
  /** Exit code of success. */
  static final int OK = 0;
  /** Exit code of a failure that is not a usage error: a bad input file, I/O, bad data found during the run. */
  static final int FAILURE = 1;
  /** Exit code of a usage error. */
  static final int USAGE = 2;

  private ExitCodes() {}

  /** Returns the exit code of a command that ended with {@code e}. */
  static int of(Throwable e) {
    if (e instanceof ScenarioInvalidException) {
      return FAILURE;
    }
    return e instanceof IllegalArgumentException || e instanceof CommandLine.ParameterException ? USAGE : FAILURE;
  }
}
