package org.strait.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * One run of the {@code strait} command line in this JVM, with what it printed and its exit code.
 *
 * @param code the exit code
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
record CliRun(int code, String out, String err) {
  static CliRun of(String... args) {
    return on(Main.commandLine(args), args);
  }

  /** Runs {@code args} on a command line built by the caller. */
  static CliRun on(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  static Path sharedData() {
    return Path.of(System.getProperty("strait.shared.dir", "../shared")).resolve("data");
  }
}
