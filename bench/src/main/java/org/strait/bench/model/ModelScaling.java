package org.strait.bench.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.strait.scenario.ScenarioReader;
import org.strait.core.Version;
import org.strait.model.Simulation;
import org.strait.model.ensemble.Ensemble;
import org.strait.model.ensemble.EnsembleOptions;
import org.strait.model.mechanism.Mechanisms;
import org.strait.model.scenario.Scenario;

/**
 * Whole-model throughput: a shipped scenario with all twelve mechanisms, run as ensembles of growing size on one and
 * two threads; reports wall time and run-months per second (median of repeats, after a warm-up), as a Markdown
 * table on stdout and optionally as JSON.
 *
 * <p>Usage: {@code ModelScaling [SCENARIO.yaml] [RESULT.json]}; the commit recorded in the JSON is the system
 * property {@code strait.commit}.
 */
public final class ModelScaling {
  private static final int[] RUNS = {1_000, 10_000, 40_000};
  private static final int[] THREADS = {1, 2};
  private static final int REPEATS = 5;

  private ModelScaling() {}

  /** Runs the measurements. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "scenarios/thaw-holds.yaml");
    Scenario scenario = ScenarioReader.read(file);
    Simulation simulation = Mechanisms.simulation(scenario.toRunSpec());
    int months = scenario.horizonMonths();
    System.out.printf(Locale.ROOT, "scenario %s, %d months, mechanisms %s, %d cores, Java %s, strait %s%n",
        scenario.id(), months, simulation.mechanisms(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Version.current());
    for (int i = 0; i < 3; i++) {
      Ensemble.run(scenario.id(), simulation, scenario.thresholds(), new EnsembleOptions(10_000, 99, 2), n -> { });
    }
    List<String> json = new ArrayList<>();
    System.out.println("| runs | months | threads | median s | min s | run-months/s |");
    System.out.println("|---:|---:|---:|---:|---:|---:|");
    for (int runs : RUNS) {
      for (int threads : THREADS) {
        double[] seconds = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
          long t0 = System.nanoTime();
          Ensemble.run(scenario.id(), simulation, scenario.thresholds(), new EnsembleOptions(runs, r, threads),
              n -> { });
          seconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[REPEATS / 2];
        double rate = (double) runs * months / median;
        System.out.printf(Locale.ROOT, "| %d | %d | %d | %.3f | %.3f | %.3g |%n", runs, months, threads, median,
            seconds[0], rate);
        json.add(String.format(Locale.ROOT,
            "{\"runs\":%d,\"months\":%d,\"threads\":%d,\"median_s\":%.4f,\"min_s\":%.4f,\"run_months_per_s\":%.1f}",
            runs, months, threads, median, seconds[0], rate));
      }
    }
    if (args.length > 1) {
      String doc = String.format(Locale.ROOT,
          "{\"benchmark\":\"ModelScaling\",\"scenario\":\"%s\",\"version\":\"%s\",\"commit\":\"%s\",\"cores\":%d,"
              + "\"results\":[%s]}%n", scenario.id(), Version.current(), System.getProperty("strait.commit", "unknown"),
          Runtime.getRuntime().availableProcessors(), String.join(",", json));
      Files.writeString(Path.of(args[1]), doc);
    }
  }
}
