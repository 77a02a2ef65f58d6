package org.strait.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.strait.scenario.ScenarioReader;
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
   * --runs N --seed S [--chunk C] [--grid PARAM=V1,V2,...]... --out DIR SCENARIO.yaml...}; with {@code --grid}, every
   * scenario is run at every point of the full grid. Writes each ensemble's {@code quantiles.csv} and
   * {@code thresholds.csv} under {@code DIR/<scenario id>/} (a local folder of the driver), and prints each grid
   * point's parameters.
   */
  public static void main(String[] args) throws java.io.IOException {
    int runs = 1000;
    long seed = 1;
    int chunk = 250;
    java.nio.file.Path out = null;
    List<ScenarioText> texts = new ArrayList<>();
    Map<String, List<Double>> grid = new TreeMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--chunk" -> chunk = Integer.parseInt(args[++i]);
        case "--out" -> out = java.nio.file.Path.of(args[++i]);
        case "--grid" -> {
          String[] kv = args[++i].split("=", 2);
          Require.argument(kv.length == 2, "--grid needs PARAM=V1,V2,..., was '%s'", args[i]);
          grid.put(kv[0], java.util.Arrays.stream(kv[1].split(",")).map(Double::valueOf).toList());
        }
        default -> {
          java.nio.file.Path file = java.nio.file.Path.of(args[i]);
          texts.add(new ScenarioText(file.toString(), java.nio.file.Files.readString(file)));
        }
      }
    }
    Require.argument(out != null && !texts.isEmpty(), "usage: SweepJob --runs N --seed S [--chunk C] --out DIR "
        + "SCENARIO.yaml...");
    if (!grid.isEmpty()) {
      texts = texts.stream().flatMap(t -> t.grid(grid).stream()).toList();
      texts.forEach(t -> System.out.printf("%s: %s%n", t.gridId(), t.overrides()));
    }
    SparkSession spark = SparkSession.builder().appName("strait-sweep").getOrCreate();
    try {
      for (EnsembleResult r : run(spark, texts, runs, seed, chunk)) {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(out.resolve(r.scenarioId()));
        org.strait.scenario.EnsembleCsv.writeQuantiles(r, dir);
        org.strait.scenario.EnsembleCsv.writeThresholds(r, dir);
        System.out.printf("%s: %d runs, seed %d, version %s -> %s%n", r.scenarioId(), r.runs(), r.seed(),
            r.version(), dir);
      }
    } finally {
      spark.stop();
    }
  }

  /**
   * A scenario file's text and name, as shipped to the executors, with the parameter overrides of one grid point.
   *
   * @param name where the text came from, for error messages
   * @param yaml the scenario file's content
   * @param gridId the id of the grid point's scenario, or null for the file's own scenario
   * @param overrides parameter overrides of the grid point (empty for the file's own scenario)
   */
  public record ScenarioText(String name, String yaml, String gridId, Map<String, Double> overrides)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the overrides into a serialisable map. */
    public ScenarioText {
      overrides = new TreeMap<>(overrides);
    }

    /** A scenario file as it is. */
    public ScenarioText(String name, String yaml) {
      this(name, yaml, null, Map.of());
    }

    /** Returns the scenario this text stands for. */
    public Scenario scenario() {
      Scenario s = ScenarioReader.parse(yaml, name);
      return gridId == null ? s : s.withParameters(gridId, overrides);
    }

    /**
     * Returns the points of a full grid over the given parameter values (each point's id is the scenario's id and
     * the point's number, {@code thaw-holds-g3}), in order: the last parameter varies fastest.
     */
    public List<ScenarioText> grid(Map<String, List<Double>> values) {
      List<Map<String, Double>> points = new ArrayList<>();
      points.add(new TreeMap<>());
      for (Map.Entry<String, List<Double>> p : values.entrySet()) {
        List<Map<String, Double>> next = new ArrayList<>();
        for (Map<String, Double> point : points) {
          for (double v : p.getValue()) {
            Map<String, Double> q = new TreeMap<>(point);
            q.put(p.getKey(), v);
            next.add(q);
          }
        }
        points = next;
      }
      String id = ScenarioReader.parse(yaml, name).id();
      List<ScenarioText> out = new ArrayList<>();
      for (int i = 0; i < points.size(); i++) {
        out.add(new ScenarioText(name, yaml, id + "-g" + (i + 1), points.get(i)));
      }
      return out;
    }
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
    List<Scenario> parsed = scenarios.stream().map(ScenarioText::scenario).toList();
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
    Simulation simulation = Mechanisms.simulation(text.scenario().toRunSpec());
    SeedSequence seeds = new SeedSequence(seed);
    double[][] paths = new double[c.to() - c.from()][];
    for (int r = c.from(); r < c.to(); r++) {
      paths[r - c.from()] = simulation.temperaturePath(seeds.seed(r));
    }
    return new Paths(c.scenario(), c.from(), paths);
  }
}
