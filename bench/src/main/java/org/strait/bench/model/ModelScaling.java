package org.strait.bench.model;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
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
 * two threads (wall and CPU seconds, run-months per second, median of repeats after a warm-up), then in the same
 * run the vectorised numpy peer ({@code bench/peers/ensemble_numpy.py}) and, with {@code --whole}, the whole
 * {@code strait simulate} process; a Markdown table on stdout and optionally JSON.
 *
 * <p>Usage: {@code ModelScaling [SCENARIO.yaml] [RESULT.json] [--python PYTHON] [--whole]}; the commit recorded in
 * the JSON is the system property {@code strait.commit}. The peer is skipped, with a note, when {@code PYTHON}
 * (default {@code python3}) cannot import numpy.
 */
public final class ModelScaling {
  private static final int[] RUNS = {1_000, 10_000, 40_000};
  private static final int[] THREADS = {1, 2};
  private static final int REPEATS = 5;

  private ModelScaling() {}

  /** Runs the measurements. */
  public static void main(String[] args) throws IOException, InterruptedException {
    List<String> positional = new ArrayList<>();
    String python = "python3";
    boolean whole = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--python" -> python = args[++i];
        case "--whole" -> whole = true;
        default -> positional.add(args[i]);
      }
    }
    Path file = Path.of(positional.isEmpty() ? "scenarios/thaw-holds.yaml" : positional.get(0));
    Scenario scenario = ScenarioReader.read(file);
    Simulation simulation = Mechanisms.simulation(scenario.toRunSpec());
    int months = scenario.horizonMonths();
    System.out.printf(Locale.ROOT, "scenario %s, %d months, mechanisms %s, %d cores, Java %s, strait %s, load %s%n",
        scenario.id(), months, simulation.mechanisms(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Version.current(), load());
    for (int i = 0; i < 3; i++) {
      Ensemble.run(scenario.id(), simulation, scenario.thresholds(), new EnsembleOptions(10_000, 99, 2), n -> { });
    }
    List<String> json = new ArrayList<>();
    System.out.println("| what | runs | months | threads | median s | min s | CPU s (median) | run-months/s |"
        + " run-months/CPU-s |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int runs : RUNS) {
      for (int threads : THREADS) {
        double[] seconds = new double[REPEATS];
        double[] cpu = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
          long c0 = processCpuNanos();
          long t0 = System.nanoTime();
          Ensemble.run(scenario.id(), simulation, scenario.thresholds(), new EnsembleOptions(runs, r, threads),
              n -> { });
          seconds[r] = (System.nanoTime() - t0) / 1e9;
          cpu[r] = (processCpuNanos() - c0) / 1e9;
        }
        json.add(row("strait in-process", runs, months, threads, seconds, cpu));
      }
    }
    for (int runs : new int[] {10_000, 40_000}) {
      String peer = peer(python, runs, months);
      if (peer != null) {
        json.add(peer);
      }
    }
    if (whole) {
      json.add(wholeProcess(scenario, 10_000));
    }
    System.out.println("load average after: " + load());
    if (positional.size() > 1) {
      String doc = String.format(Locale.ROOT,
          "{\"benchmark\":\"ModelScaling\",\"scenario\":\"%s\",\"version\":\"%s\",\"commit\":\"%s\",\"cores\":%d,"
              + "\"results\":[%s]}%n", scenario.id(), Version.current(), System.getProperty("strait.commit", "unknown"),
          Runtime.getRuntime().availableProcessors(), String.join(",", json));
      Files.writeString(Path.of(positional.get(1)), doc);
    }
  }

  /** Prints one table row and returns it as JSON. */
  private static String row(String what, int runs, int months, int threads, double[] seconds, double[] cpu) {
    Arrays.sort(seconds);
    Arrays.sort(cpu);
    double median = seconds[seconds.length / 2];
    double cpuMedian = cpu[cpu.length / 2];
    double rate = (double) runs * months / median;
    double perCpu = (double) runs * months / cpuMedian;
    System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3g | %.3g |%n", what, runs, months,
        threads, median, seconds[0], cpuMedian, rate, perCpu);
    return String.format(Locale.ROOT, "{\"what\":\"%s\",\"runs\":%d,\"months\":%d,\"threads\":%d,\"median_s\":%.4f,"
        + "\"min_s\":%.4f,\"median_cpu_s\":%.4f,\"run_months_per_s\":%.1f}", what, runs, months, threads, median,
        seconds[0], cpuMedian, rate);
  }

  /** Runs the numpy peer (one core) in the same session; returns its JSON row, or null with a note if it cannot. */
  private static String peer(String python, int runs, int months) throws IOException, InterruptedException {
    Path script = Path.of("bench/peers/ensemble_numpy.py");
    Process p = new ProcessBuilder(python, script.toString(), Integer.toString(runs), Integer.toString(months),
        Integer.toString(REPEATS)).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0 || !out.startsWith("{")) {
      System.out.println("numpy peer skipped (" + python + " " + script + " failed; see bench/README.md): "
          + out.lines().reduce((a, b) -> b).orElse(""));
      return null;
    }
    double median = number(out, "median_s");
    double min = number(out, "min_s");
    double cpu = number(out, "median_cpu_s");
    return row("numpy peer", runs, months, 1, new double[] {median, min}, new double[] {cpu});
  }

  /** Times {@code ./strait simulate} (script, JVM start, scenario, ensemble, CSV, PNG) five times. */
  private static String wholeProcess(Scenario scenario, int runs) throws IOException, InterruptedException {
    double[] seconds = new double[REPEATS];
    double[] cpu = new double[REPEATS];
    Path out = Files.createTempDirectory("strait-whole-");
    for (int r = 0; r < REPEATS; r++) {
      Process p = new ProcessBuilder("/usr/bin/time", "-f", "%e %U %S", "./strait", "simulate", scenario.id(),
          "--runs", Integer.toString(runs), "--seed", Integer.toString(r), "--out", out.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("strait simulate failed: " + err);
      }
      String[] f = err.lines().reduce((a, b) -> b).orElseThrow().trim().split(" ");
      seconds[r] = Double.parseDouble(f[0]);
      cpu[r] = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
    }
    return row("strait simulate, whole process", runs, scenario.horizonMonths(), Runtime.getRuntime()
        .availableProcessors(), seconds, cpu);
  }

  private static double number(String json, String key) {
    int at = json.indexOf("\"" + key + "\":") + key.length() + 3;
    while (at < json.length() && json.charAt(at) == ' ') {
      at++;
    }
    int end = at;
    while (end < json.length() && "0123456789.eE+-".indexOf(json.charAt(end)) >= 0) {
      end++;
    }
    return Double.parseDouble(json.substring(at, end).trim());
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String load() {
    return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
