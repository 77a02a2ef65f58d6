package org.strait.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.strait.app.Progress;
import org.strait.app.VerdictsKept;
import org.strait.app.fit.FitData;
import org.strait.app.fit.VerdictReports;
import org.strait.fit.Ablation;
import org.strait.fit.VerdictTable;
import org.strait.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strait verdicts}: the verdict table, per mechanism and seed claim, from one fit and twelve ablations. */
@Command(name = "verdicts", mixinStandardHelpOptions = true,
    description = "Fits the model, refits it with each mechanism removed, backtests every fit, and writes the verdict "
        + "on each seed claim (supported / contradicted / not distinguishable from noise).")
final class VerdictsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Mixin FitWindows windows;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "200",
      description = "Monte Carlo paths per forecast (default ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--format", paramLabel = "md|html|json", defaultValue = "md",
      description = "Report format: md, html or json (default ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("md") && !format.equals("html") && !format.equals("json")) {
      throw new IllegalArgumentException("--format must be md, html or json, was '" + format + "'");
    }
    FitData data;
    YearMonth[] w;
    VerdictTable table;
    try (TerminalProgress progress = TerminalProgress.start("verdicts", spec.commandLine().getErr())) {
      Progress.Steps steps = progress.steps(VerdictsKept.steps());
      steps.next("reading the store");
      try (EventStore store = db.read()) {
        w = windows.resolve(store.reader());
        if (!w[1].isAfter(w[0].plusMonths(22))) {
          throw new IllegalArgumentException("the training window " + w[0] + ".." + w[1]
              + " needs at least 24 months");
        }
        data = FitData.fromStore(store.reader(), w[0], w[3], w[1], windows.withoutIndicators);
      }
      table = Ablation.run(data.input(), w[1], w[3], samples, windows.seed, steps::next);
      steps.finish();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case "html" -> VerdictReports.html(table, data);
      case "json" -> VerdictReports.json(table, data);
      default -> VerdictReports.markdown(table, data);
    });
    out.flush();
    VerdictsKept.keep(db.existing(), "strait verdicts", w[0], w[1], w[3], windows.seed, samples,
        VerdictReports.json(table, data));
    return 0;
  }
}
