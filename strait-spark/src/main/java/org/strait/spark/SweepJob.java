package org.strait.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.strait.app.scenario.ScenarioReader;
import org.strait.core.Require;
import org.strait.core.SeedSequence;
import org.strait.model.Simulation;
import org.strait.model.ensemble.Ensemble;
import org.strait.model.ensemble.EnsembleOptions;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.mechanism.Mechanisms;
import org.strait.model.scenario.Scenario;

/**
 * A scenario sweep on Spark: the replicates of several scenarios' ensembles are split into chunks that run on the
 * executors; the driver gathers the paths and summarises each ensemble with the same code as a local run. Replicate
 * {@code i} of a scenario draws from stream {@code i} of the seed wherever it runs, so the result equals
 * {@link Ensemble#run} exactly.
 */
public final class SweepJob {
  private SweepJob() {}

  /**
   * Runs a sweep from the command line: {@code spark-submit --class org.strait.spark.SweepJob strait-spark-job.jar
   * --runs N --seed S [--chunk C] --out DIR SCENARIO.yaml...}; writes each ensemble's {@code quantiles.csv} and
   * {@code thresholds.csv} under {@code DIR/<scenario id>/} (a local folder of the driver).
   */
  public static void main(String[] args) throws java.io.IOException {
    int runs = 1000;
    long seed = 1;
    int chunk = 250;
    java.nio.file.Path out = null;
    List<ScenarioText> texts = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--chunk" -> chunk = Integer.parseInt(args[++i]);
        case "--out" -> out = java.nio.file.Path.of(args[++i]);
        default -> {
          java.nio.file.Path file = java.nio.file.Path.of(args[i]);
          texts.add(new ScenarioText(file.toString(), java.nio.file.Files.readString(file)));
        }
      }
    }
    Require.argument(out != null && !texts.isEmpty(), "usage: SweepJob --runs N --seed S [--chunk C] --out DIR "
        + "SCENARIO.yaml...");
    SparkSession spark = SparkSession.builder().appName("strait-sweep").getOrCreate();
    try {
      for (EnsembleResult r : run(spark, texts, runs, seed, chunk)) {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(out.resolve(r.scenarioId()));
        org.strait.app.scenario.EnsembleCsv.writeQuantiles(r, dir);
        org.strait.app.scenario.EnsembleCsv.writeThresholds(r, dir);
        System.out.printf("%s: %d runs, seed %d, version %s -> %s%n", r.scenarioId(), r.runs(), r.seed(),
            r.version(), dir);
      }
    } finally {
      spark.stop();
    }
  }

  /**
   * A scenario file's text and name, as shipped to the executors.
   *
   * @param name where the text came from, for error messages
   * @param yaml the scenario file's content
   */
  public record ScenarioText(String name, String yaml) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private record Chunk(int scenario, int from, int to) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private record Paths(int scenario, int from, double[][] paths) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Runs {@code runs} replicates of every scenario with {@code seed}, {@code chunk} replicates per task. */
  public static List<EnsembleResult> run(SparkSession spark, List<ScenarioText> scenarios, int runs, long seed,
      int chunk) {
    Require.argument(runs >= 1 && chunk >= 1, "runs and chunk must be at least 1, were %s and %s", runs, chunk);
    List<Scenario> parsed = scenarios.stream().map(s -> ScenarioReader.parse(s.yaml(), s.name())).toList();
    List<Chunk> chunks = new ArrayList<>();
    for (int s = 0; s < scenarios.size(); s++) {
      for (int from = 0; from < runs; from += chunk) {
        chunks.add(new Chunk(s, from, Math.min(runs, from + chunk)));
      }
    }
    List<ScenarioText> texts = List.copyOf(scenarios);
    List<Paths> done = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(chunks, Math.max(1, chunks.size()))
        .map(c -> replicate(texts.get(c.scenario()), c, seed))
        .collect();
    double[][][] paths = new double[scenarios.size()][runs][];
    for (Paths p : done) {
      System.arraycopy(p.paths(), 0, paths[p.scenario()], p.from(), p.paths().length);
    }
    List<EnsembleResult> results = new ArrayList<>();
    for (int s = 0; s < parsed.size(); s++) {
      Scenario scenario = parsed.get(s);
      results.add(Ensemble.summarise(scenario.id(), new EnsembleOptions(runs, seed, 1),
          Mechanisms.simulation(scenario.toRunSpec()), scenario.thresholds(), paths[s]));
    }
    return results;
  }

  private static Paths replicate(ScenarioText text, Chunk c, long seed) {
    Simulation simulation = Mechanisms.simulation(ScenarioReader.parse(text.yaml(), text.name()).toRunSpec());
    SeedSequence seeds = new SeedSequence(seed);
    double[][] paths = new double[c.to() - c.from()][];
    for (int r = c.from(); r < c.to(); r++) {
      paths[r - c.from()] = simulation.temperaturePath(seeds.seed(r));
    }
    return new Paths(c.scenario(), c.from(), paths);
  }
}
