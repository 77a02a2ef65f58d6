package org.strait.bench.fit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strait.core.SeedSequence;
import org.strait.fit.Ablation;
import org.strait.fit.Backtest;
import org.strait.fit.BacktestResult;
import org.strait.fit.BacktestSettings;
import org.strait.fit.Baselines;
import org.strait.fit.FitInput;
import org.strait.fit.FitResult;
import org.strait.fit.Forecaster;
import org.strait.fit.HorizonScore;
import org.strait.fit.ModelForecaster;
import org.strait.fit.Stacking;

/**
 * Where the model's long-horizon forecasts lose, on one window of a store: fits the model on the training window
 * exactly as {@code strait backtest} does (same seeds), sets stacking weights by leave-future-out forecasts on the
 * training window's last {@value Stacking#INNER_OBSERVED} observed months (a second fit that ends before them), and
 * backtests on the test window the model (conditional and unconditional), the stacked mixtures of the model, AR(1)
 * and climatology, and the three baselines, with the same backtest seed as {@code strait backtest}. Prints, per
 * forecaster and horizon, CRPS, skill against AR(1) and climatology, 50% and 90% coverage, bias, rmse and spread,
 * the stacking weights, and the long-run level the model reverts to beside the training mean.
 *
 * <p>Usage: {@code SkillDiagnosis --db STORE --train YYYY-MM..YYYY-MM --test YYYY-MM..YYYY-MM [--seed S]
 * [--samples N]}; the indicator files are read as the commands read them ({@code STRAIT_DATA_DIR}).
 */
public final class SkillDiagnosis {
  private SkillDiagnosis() {}

  /** Runs the diagnosis. */
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    DiagnosisOptions o = DiagnosisOptions.parse(args, true);
    YearMonth[] train = o.train();
    YearMonth[] test = o.test();
    long seed = o.seed();
    FitInput input = o.input();
    FitResult fit = o.fit(input, t0);
    System.out.printf(Locale.ROOT, "level: core.equilibrium %s; training mean of the observed index %.3f%n",
        fit.estimate("core.equilibrium").map(e -> String.format(Locale.ROOT, "%.3f (%.3f..%.3f)", e.value(),
            e.lower(), e.upper())).orElse("?"), mean(input.index().until(train[1]).observed()));
    Stacking.Fitted stacks = Stacking.fit(input, train[1], 12, seed);
    List<Forecaster> forecasters = new ArrayList<>();
    for (boolean conditional : new boolean[] {true, false}) {
      forecasters.add(new ModelForecaster(conditional ? Ablation.CONDITIONAL : Ablation.UNCONDITIONAL, fit, input,
          conditional));
    }
    for (boolean conditional : new boolean[] {true, false}) {
      printWeights(conditional, stacks.weights(conditional), (System.nanoTime() - t0) / 1e9);
      forecasters.add(Stacking.mixture(conditional ? Ablation.STACK_CONDITIONAL : Ablation.STACK_UNCONDITIONAL,
          new ModelForecaster("model", fit, input, conditional), stacks.weights(conditional)));
    }
    forecasters.addAll(Baselines.all());
    BacktestSettings settings = new BacktestSettings(train[1], test[1].minusMonths(1),
        BacktestSettings.STANDARD_HORIZONS, o.samples(), new SeedSequence(seed).seed(1));
    BacktestResult r = Backtest.run(input.until(test[1]).index(), forecasters, settings);
    System.out.printf(Locale.ROOT, "backtest on %s..%s (%.0f s)%n", test[0], test[1], (System.nanoTime() - t0) / 1e9);
    System.out.println("| forecaster | h | n | CRPS | vs AR(1) | vs clim. | cover50 | cover90 | bias | rmse | spread |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (HorizonScore s : r.scores()) {
      System.out.printf(Locale.ROOT, "| %s | %d | %d | %.3f | %+.3f | %+.3f | %.2f | %.2f | %+.3f | %.3f | %.3f |%n",
          s.forecaster(), s.horizon(), s.n(), s.crps(), r.skill(s.forecaster(), "ar1", s.horizon()).orElseThrow(),
          r.skill(s.forecaster(), "climatology", s.horizon()).orElseThrow(), s.coverage50(), s.coverage90(),
          s.bias(), s.rmse(), s.spread());
    }
  }

  private static void printWeights(boolean conditional, Stacking.Weights w, double seconds) {
    System.out.printf(Locale.ROOT, "stacking weights (%s) %s, set on %d origins %s..%s (%.0f s):%n",
        conditional ? "conditional" : "unconditional", w.components(), w.origins(), w.innerEnd(), w.trainEnd(),
        seconds);
    for (int h : BacktestSettings.STANDARD_HORIZONS) {
      double[] x = w.at(h);
      double[] c = w.crps()[h - 1];
      System.out.printf(Locale.ROOT, "  h%d weights %.2f %.2f %.2f; inner CRPS model %.3f ar1 %.3f clim %.3f"
          + " mixture %.3f%n", h, x[0], x[1], x[2], c[0], c[1], c[2], c[3]);
    }
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }
}
