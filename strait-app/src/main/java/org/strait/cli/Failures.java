package org.strait.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception raised by a command into one message on stderr and an exit code: 2 for bad arguments, 1 for
 * everything else. Stack traces are printed only with {@code STRAIT_DEBUG=1}.
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    cli.getErr().println("strait " + cli.getCommandName() + ": " + message(e));
    if ("1".equals(System.getenv("STRAIT_DEBUG"))) {
      e.printStackTrace(cli.getErr());
    }
    return e instanceof IllegalArgumentException || e instanceof CommandLine.ParameterException
        ? Main.USAGE : Main.SOFTWARE;
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
