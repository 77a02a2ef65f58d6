package org.strait.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints an error picocli finds on the command line (an unknown option or command, a missing or malformed value) as
 * {@code strait command: message}, picocli's suggestions, and where the help is; exit code 2. picocli's own handler
 * prints the whole usage after the message, which buries it.
 */
final class ParameterErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    String name = cli.getCommandSpec().qualifiedName();
    PrintWriter err = cli.getErr();
    err.println(name + ": " + message(e, cli));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("See '" + name + " --help'.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * Returns picocli's message, with an unknown command said as such, a missing one listed, and without picocli's
   * "Error: " prefix.
   */
  private static String message(ParameterException e, CommandLine cli) {
    if (e instanceof UnmatchedArgumentException u && !cli.getSubcommands().isEmpty() && !u.isUnknownOption()
        && !u.getUnmatched().isEmpty()) {
      return "unknown command '" + u.getUnmatched().get(0) + "'";
    }
    String m = String.valueOf(e.getMessage());
    if (m.equals("Missing required subcommand")) {
      return m + ": " + String.join(", ", cli.getSubcommands().keySet());
    }
    return m.startsWith("Error: ") ? m.substring("Error: ".length()) : m;
  }
}
