package org.strait.cli;

import java.io.PrintWriter;
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
    String name = cli.getCommandSpec().qualifiedName(); // "strait fetch gdelt" for a sub-command's sub-command
    return report(name.startsWith("strait ") ? name.substring("strait ".length()) : name, e, cli.getErr());
  }

  /** Prints {@code e} as {@code strait command} prints a failure on {@code err} and returns its exit code. */
  static int report(String command, Exception e, PrintWriter err) {
    err.println("strait " + command + ": " + message(e));
    if ("1".equals(System.getenv("STRAIT_DEBUG"))) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.of(e);
  }

  /**
   * Returns the message of {@code e} for the user: its own, completed with the reason of the file-system error
   * behind it when it names only a path or says "cannot ..." without one; never a class name.
   */
  static String message(Throwable e) {
    String m = e.getMessage();
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String reason = cause instanceof java.nio.file.FileSystemException f ? FileReasons.reason(f)
        : cause instanceof java.io.IOException && cause != e ? cause.getMessage() : null;
    if (e instanceof java.nio.file.FileSystemException f) {
      return FileReasons.describe(f);
    }
    if (m == null || m.isBlank()) {
      return reason != null ? reason : "failed (" + describe(e) + ")";
    }
    if (reason != null && !m.contains(reason) && !m.contains(": ")) {
      return m + ": " + reason;
    }
    return m;
  }

  private static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "out of memory";
    }
    String name = e.getClass().getSimpleName().replaceAll("(Exception|Error)$", "");
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }
}
