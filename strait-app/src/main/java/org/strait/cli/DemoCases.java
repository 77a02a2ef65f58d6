package org.strait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.strait.app.BargainService;
import org.strait.app.DemoService;
import org.strait.app.Defaults;
import org.strait.app.ScenarioService;
import org.strait.app.bargain.BargainCase;
import org.strait.app.bargain.RecordScore;
import org.strait.app.scenario.ContrastTable;
import org.strait.scenario.YamlFolder;

/**
 * The steps of {@code strait demo} that run the shipped inputs after {@link DemoSteps}: every scenario (as {@code
 * strait simulate} prints it) and every bargaining case (as {@code strait bargain} prints it), then the bargaining
 * models' score against the record. A run that fails prints its message as its command would and gives that
 * command's exit code; the demo goes on with the next.
 */
final class DemoCases {
  /** The scenario every other one is compared with: the shipped {@code scenarios/baseline.yaml}. */
  static final String BASELINE = "baseline";

  private DemoCases() {}

  /**
   * Runs every scenario of {@code folder} on the fitted model (unless it links cases) and on the priors, then prints
   * what each changes against the {@value #BASELINE} scenario ({@link ContrastTable}).
   */
  static int scenarios(DemoService demo, Path folder, Path results, PrintWriter out, PrintWriter err)
      throws IOException {
    if (!Files.isDirectory(folder)) {
      out.println("== no scenarios folder at " + folder + ": scenarios skipped");
      return 0;
    }
    out.printf("== scenarios (%d runs each, seed %d; temperature on the index scale), on the model fitted to the"
        + " store's whole record (fit seed %d; as strait simulate --fit); the run on the priors, unfitted, beside it"
        + " in priors/%n", demo.runs(), demo.seed(), Defaults.FIT_SEED);
    out.flush();
    int code = 0;
    ContrastTable contrasts = new ContrastTable(BASELINE);
    for (Path file : YamlFolder.files(folder)) {
      for (DemoService.ScenarioRun run : DemoService.scenarioRuns(file, results)) {
        if (run.fitted()) {
          out.println("-- " + run.id() + ", fitted:");
        } else {
          if (!run.file().links().isEmpty()) {
            out.println("-- " + run.id() + " links bargaining cases, which the fitted model does not take yet:"
                + " priors only");
          }
          out.println("-- " + run.id() + ", on the priors (unfitted):");
        }
        out.flush();
        code = Math.max(code, DemoSteps.step("simulate", err, () -> {
          ScenarioService.Outcome outcome;
          try (TerminalProgress progress = TerminalProgress.start("simulate " + run.id(), err)) {
            outcome = demo.simulate(run, progress);
          }
          outcome.summary(run.dir(), false).forEach(out::println);
          out.flush();
          contrasts.add(outcome.result(), run.fitted());
        }));
      }
    }
    contrasts.lines().forEach(out::println);
    out.flush();
    return code;
  }

  /** Runs the bargaining cases of {@code folder} with Monte Carlo over their inputs, then scores the record. */
  static int bargaining(DemoService demo, Path folder, Path results, PrintWriter out, PrintWriter err)
      throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    out.printf("== bargaining cases (spatial model, %d Monte Carlo runs, seed %d)%n", demo.caseRuns(), demo.seed());
    Files.createDirectories(results.resolve("bargaining"));
    int code = 0;
    for (Path file : YamlFolder.files(folder)) {
      Path plot = DemoService.plot(results, file);
      code = Math.max(code, DemoSteps.step("bargain", err, () -> {
        BargainCase c = BargainService.read(file);
        BargainCommand.print(c, demo.bargain(c), "csv", demo.seed(), plot, out, err);
      }));
    }
    Path record = folder.resolve("record");
    if (Files.isDirectory(record)) {
      out.printf("== bargaining models against the record (disputes with known outcomes, %d Monte Carlo runs, seed"
          + " %d)%n", demo.recordRuns(), demo.seed());
      RecordScore score = demo.record(record);
      out.print(score.markdown());
      out.println(score.verdict());
      out.flush();
    }
    return code;
  }
}
