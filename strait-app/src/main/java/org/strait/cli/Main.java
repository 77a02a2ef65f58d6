package org.strait.cli;

import java.util.List;
import org.strait.core.Version;
import org.strait.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code strait} command: the root of every sub-command, and the entry point of the runnable jar. */
@Command(
    name = "strait",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Japan–South Korea relations, measured from event data and tested against the published claims.")
public final class Main implements Runnable {
  /** The sub-commands, in the order the usage lists them. */
  private static final List<Class<?>> COMMANDS = List.of(
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
      VerdictsCommand.class);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("ingest")) {
      EventStore.preload(); // DuckDB loads while picocli builds the commands (bench/README.md, "Ingest as a user runs it")
    }
    System.exit(commandLine(args).execute(args));
  }

  /** Returns the configured command line with every sub-command, for help and for tests. */
  public static CommandLine commandLine() {
    return configured(COMMANDS);
  }

  /**
   * Returns the configured command line that runs {@code args}: when the first argument names a sub-command other
   * than {@code help}, only that one is built (picocli reads every option of every sub-command it is given by
   * reflection, at every start; bench/README.md, "Scale: random N actors", sixth round); otherwise (no argument,
   * an option, {@code help} or an unknown name) every sub-command, so that usage, suggestions and errors list them all;
   * none for {@code --version} alone.
   */
  public static CommandLine commandLine(String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return configured(List.of());
    }
    if (args.length > 0) {
      for (Class<?> c : COMMANDS) {
        if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0])) {
          return configured(List.of(c));
        }
      }
    }
    return commandLine();
  }

  private static CommandLine configured(List<Class<?>> commands) {
    CommandLine cli = new CommandLine(new Main());
    for (Class<?> c : commands) {
      cli.addSubcommand(new CommandLine(c)); // built alone, as picocli builds a declared one: its model transformer applied
    }
    cli.setExecutionExceptionHandler(new Failures());
    cli.setParameterExceptionHandler(new ParameterErrors());
    cli.setExitCodeExceptionMapper(new ExitCodeMapper());
    Converters.register(cli);
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Maps a failure to its exit code ({@link ExitCodes}); a class, as {@link Converters}' converters are. */
  private static final class ExitCodeMapper implements CommandLine.IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable e) {
      return ExitCodes.of(e);
    }
  }

  /** Prints strait's version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"strait " + Version.current()};
    }
  }
}
