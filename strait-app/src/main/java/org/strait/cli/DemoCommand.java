package org.strait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.strait.app.DemoService;
import org.strait.app.Defaults;
import org.strait.app.IngestSettings;
import org.strait.core.Installation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strait demo}: the main job, from event files to what strait finds in them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Runs the main job: ingests the event files, then reports on the Japan–South Korea record.",
        "The steps: the ingest, the index and its turning points, the verdicts, the forecast, the shipped scenarios"
            + " and bargaining cases, then the dashboard until Ctrl-C or --no-serve (README.md, \"What the demo"
            + " does\")."})
final class DemoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Option(names = "--events", paramLabel = "DIR",
      description = "Folder of event files to ingest. Default: ../shared/data beside the installation, when present.")
  Path events;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "" + Defaults.DEMO_RUNS,
      description = "Monte Carlo runs per scenario, 2 to " + SimulateCommand.MAX_RUNS + ". Default: ${DEFAULT-VALUE}."
          + " The forecast takes as many paths per forecaster (10 to 2000), each bargaining case at most "
          + Defaults.DEMO_BARGAIN_RUNS + " runs and each dispute of the record at most " + Defaults.DEMO_RECORD_RUNS
          + ".")
  int runs;

  @Mixin SeedOption seed;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Folder of the forecast, scenario and bargaining outputs. Default: ~/.strait/demo.")
  Path out;

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + Defaults.PORT,
      description = "Dashboard port. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--no-serve", description = "Stop after the reports instead of serving the dashboard.")
  boolean noServe;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Usage.check(runs >= 2 && runs <= SimulateCommand.MAX_RUNS, "--runs must be within 2..%d, was %d",
        SimulateCommand.MAX_RUNS, runs);
    Usage.check(events == null || java.nio.file.Files.isDirectory(events), "--events %s is not a folder", events);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = events != null ? events : sharedData();
    int code = 0;
    if (dir == null) {
      out.println("no event files: pass --events DIR (the shared reference data was not found beside the "
          + "repository); continuing with what the store holds");
    } else {
      out.println("== ingest " + dir);
      code = IngestCommand.report(IngestSettings.shared(db.path(), dir), out, err);
    }
    DemoService demo = new DemoService(db.path(), runs, seed.value);
    DemoSteps steps = new DemoSteps(db.path(), demo, out, err);
    steps.summary();
    steps.index();
    code = Math.max(code, steps.verdicts());
    Path home = Installation.home();
    Path results = this.out != null ? this.out : Defaults.DEMO_OUT;
    steps.forecast(results.resolve("forecast"));
    code = Math.max(code, DemoCases.scenarios(demo, home.resolve("scenarios"), results, out, err));
    code = Math.max(code, DemoCases.bargaining(demo, Installation.cases(), results, out,
        err));
    if (noServe) {
      return code;
    }
    out.println("== dashboard (Ctrl-C stops it)");
    out.flush();
    try {
      return Math.max(code, ServeCommand.serve(db, org.strait.web.WebSettings.loopback(port)
          .withHost(org.strait.web.WebSettings.LOOPBACK, System.getenv("STRAIT_TOKEN")), out));
    } catch (RuntimeException e) {
      return Math.max(code, Failures.report("serve", e, err));
    }
  }

  private static Path sharedData() {
    Path shared = Installation.home().resolve("../shared/data").normalize();
    return Files.isDirectory(shared) ? shared : null;
  }
}
