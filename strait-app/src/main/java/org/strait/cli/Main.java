package org.strait.cli;

import org.strait.core.Version;
import org.strait.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code strait} command: the root of every sub-command, and the entry point of the runnable jar. */
@Command(
    name = "strait",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Japan–South Korea relations, measured from event data and tested against the published claims.",
    subcommands = {
        CommandLine.HelpCommand.class,
        DemoCommand.class,
        IngestCommand.class,
        ForgetCommand.class,
        EventsCommand.class,
        FetchCommand.class,
        SimulateCommand.class,
        BargainCommand.class,
        ChronicleCommand.class,
        IndexCommand.class,
        TurningPointsCommand.class,
        ReportCommand.class,
        ServeCommand.class,
        BacktestCommand.class,
        ForecastCommand.class,
        VerdictsCommand.class,
    })
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("ingest")) {
      EventStore.preload(); // DuckDB loads while picocli builds the commands (bench/README.md, "Ingest as a user runs it")
    }
    System.exit(commandLine().execute(args));
  }

  /** Returns the configured command line, for {@link #main} and for tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new Failures());
    cli.setExitCodeExceptionMapper(ExitCodes::of);
    Converters.register(cli);
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints strait's version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"strait " + Version.current()};
    }
  }
}
