package org.strait.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.strait.app.BargainService;
import org.strait.core.Progress;
import org.strait.app.bargain.BargainCase;
import org.strait.app.bargain.BargainReport;
import org.strait.app.bargain.PositionPlot;
import org.strait.core.Installation;
import org.strait.scenario.YamlFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code strait bargain} command: bargains over one dispute with the expected-utility or the spatial model. */
@Command(
    name = "bargain",
    mixinStandardHelpOptions = true,
    description = {
        "Bargains over one dispute with the expected-utility model (Scholz, Calbert and Smith 2011) or KTAB's spatial"
            + " model of politics, with an optional Monte Carlo.",
        "INPUT is a KTAB SMP CSV file (.csv) or a strait case file (.yaml).",
        "Standard output has the result: with --format csv one row per actor and dimension"
            + " (actor,dimension,initial,final), with json everything. Standard error has the predicted outcome next"
            + " to the baseline."})
public final class BargainCommand implements Callable<Integer> {
  /** The most Monte Carlo runs (every run's outcome is kept for the quantiles). */
  static final int MAX_RUNS = 100_000;
  /** The most actors of a dispute ({@link BargainService#MAX_ACTORS}). */
  static final int MAX_ACTORS = BargainService.MAX_ACTORS;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT", description = "Dispute file: a KTAB .csv or a strait .yaml case, or the id of a case shipped in the"
          + " installation (STRAIT_HOME), e.g. wartime-labour.")
  Path input;

  @Option(names = "--model", defaultValue = "smp", paramLabel = "eu|smp",
      description = "Model: eu, expected utility (Scholz et al. 2011), or smp, KTAB's spatial model."
          + " Default: ${DEFAULT-VALUE}.")
  String model;

  @Option(names = "--runs", defaultValue = "0", paramLabel = "N",
      description = "Monte Carlo runs over perturbed inputs: 0 for none, else 2 to " + MAX_RUNS + "."
          + " Default: ${DEFAULT-VALUE}.")
  int runs;

  @Mixin SeedOption seed;

  @Mixin ThreadsOption threads;

  @Mixin UncertaintyOptions uncertainty;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json",
      description = "Output format on standard output: csv or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--option", paramLabel = "KEY=VALUE",
      description = "Model option, repeatable. smp takes KTAB's names (VotingRule=Cubic, BigRRange=Max, minTurns,"
          + " maxTurns, minDeltaRatio, ...); eu takes Q, riskAdjusted, rounds, tolerance and conflictMoves.")
  Map<String, String> modelOptions = new LinkedHashMap<>();

  @Option(names = "--plot", paramLabel = "FILE.png", description = "Also draw the positions over the rounds as a PNG.")
  Path plot;

  @Override
  public Integer call() {
    String fmt = format.toLowerCase(Locale.ROOT);
    Usage.check(fmt.equals("csv") || fmt.equals("json"), "--format must be csv or json, was %s", format);
    Usage.check(runs == 0 || (runs >= 2 && runs <= MAX_RUNS),
        "--runs must be 0 (no Monte Carlo) or within 2..%d, was %d", MAX_RUNS, runs);
    Usage.check(plot == null || plot.toString().toLowerCase(Locale.ROOT).endsWith(".png"),
        "--plot must name a .png file, was %s", plot);
    int workers = threads.workers();
    BargainService.Chosen chosen = model();
    BargainCase c = BargainService.read(YamlFolder.resolve(input, Installation.cases(), "dispute"));
    BargainService.Outcome o = BargainService.run(c, chosen, runs,
        runs == 0 ? null : uncertainty.uncertainty(), seed.value, workers, Progress.NONE);
    print(c, o, fmt, seed.value, plot, spec.commandLine().getOut(), spec.commandLine().getErr());
    return 0;
  }

  /**
   * Prints a bargaining run as {@code strait bargain} does: the {@code csv} or {@code json} report on {@code out},
   * the summary on {@code err}, and writes the positions' plot when {@code plot} is not null.
   */
  static void print(BargainCase c, BargainService.Outcome o, String format, long seed, Path plot, PrintWriter out,
      PrintWriter err) {
    out.print(format.equals("csv") ? BargainReport.csv(o.run())
        : BargainReport.json(c, o.run(), o.monteCarlo(), seed, o.options()));
    out.flush();
    err.print(BargainReport.summary(c, o.run(), o.monteCarlo(), seed));
    if (plot != null) {
      PositionPlot.write(o.run(), plot);
      err.println("  plot written to " + plot);
    }
    err.flush();
  }

  private BargainService.Chosen model() {
    Usage.check(List.of(BargainService.EU, BargainService.SMP).contains(model.toLowerCase(Locale.ROOT)),
        "--model must be eu or smp, was %s", model);
    try {
      return BargainService.model(model, modelOptions);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--option: " + e.getMessage(), e);
    }
  }
}
