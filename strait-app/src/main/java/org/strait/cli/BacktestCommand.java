package org.strait.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.strait.app.Defaults;
import org.strait.app.StoreSpan;
import org.strait.app.TrainTest;
import org.strait.app.fit.FitReports;
import org.strait.app.fit.FitRun;
import org.strait.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code strait backtest}: fits the model on a training window and scores its forecasts against the baselines. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = {"Fits the model on the training window and backtests it against the baselines on the test window.",
        "Its conditional and unconditional forecasts are scored against climatology, persistence and AR(1) at"
            + " horizons 1, 3, 6 and 12 months."})
final class BacktestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Mixin FitOptions fit = new FitOptions(Defaults.BACKTEST_SAMPLES);

  @Mixin ReportFormatOption format;

  @Override
  public Integer call() {
    boolean markdown = format.value().equals("md");
    FitRun run;
    try (EventStore store = db.read();
        TerminalProgress progress = TerminalProgress.start("backtest", spec.commandLine().getErr())) {
      TrainTest w = fit.resolve(() -> StoreSpan.of(store));
      run = FitRun.run(store.reader(), w.train().start(), w.train().end(), w.test().end(), fit.samples, fit.seed.value,
          fit.withoutIndicators, progress.steps(FitRun.STEPS));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(markdown ? FitReports.backtestMarkdown(run) : FitReports.backtestJson(run));
    out.flush();
    return 0;
  }
}
