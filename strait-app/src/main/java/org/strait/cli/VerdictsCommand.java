package org.strait.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.strait.app.Defaults;
import org.strait.app.VerdictService;
import org.strait.app.VerdictsKept;
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

  @Mixin FitOptions fit = new FitOptions(Defaults.VERDICT_SAMPLES);

  @Option(names = "--format", paramLabel = "md|html|json", defaultValue = "md",
      description = "Report format: md, html or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() {
    Usage.oneOf("--format", format, format, "md", "html", "json");
    VerdictService.Verdicts verdicts;
    try (TerminalProgress progress = TerminalProgress.start("verdicts", spec.commandLine().getErr())) {
      verdicts = VerdictService.run(db.existing(), fit::resolve, fit.withoutIndicators, fit.samples, fit.seed.value,
          progress.steps(VerdictsKept.steps()));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case "html" -> verdicts.html();
      case "json" -> verdicts.json();
      default -> verdicts.markdown();
    });
    out.flush();
    verdicts.keep(db.existing(), "strait verdicts");
    return 0;
  }
}
