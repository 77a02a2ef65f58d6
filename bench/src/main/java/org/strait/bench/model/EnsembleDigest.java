package org.strait.bench.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.stream.Stream;
import org.strait.model.ParameterSpec;
import org.strait.model.Parameters;
import org.strait.model.RunResult;
import org.strait.model.RunSpec;
import org.strait.model.Simulation;
import org.strait.model.ensemble.Ensemble;
import org.strait.model.ensemble.EnsembleOptions;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.ensemble.ParameterDraws;
import org.strait.model.ensemble.ThresholdCurve;
import org.strait.model.mechanism.Mechanisms;
import org.strait.model.scenario.Scenario;
import org.strait.scenario.ScenarioReader;

/**
 * A fingerprint of the model's results, to show that a change to the engine left every number as it was: for each
 * scenario file of a folder, the SHA-256 of the bits of an ensemble's every path, mean, quantile and threshold curve
 * (on 1 and on 2 threads), of one recorded run's every series (temperatures, sentiment, threat, issues, counts),
 * of the same run with synthetic events, and of an ensemble over four parameter sets ({@link ParameterDraws}).
 * Run it on the jars before and after a change and compare the lines; the CSV files of {@code strait simulate}
 * print six decimals and would hide a change in the last bits.
 *
 * <p>Usage: {@code EnsembleDigest [SCENARIO_DIR] [RUNS] [SEED]} (defaults {@code scenarios}, 3000, 11).
 */
public final class EnsembleDigest {
  private EnsembleDigest() {}

  /** Prints one line per scenario and thread count: the scenario, the threads and the digest. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "scenarios");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 11;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      Scenario scenario = ScenarioReader.read(file);
      Simulation simulation = Mechanisms.simulation(scenario.toRunSpec());
      for (int threads = 1; threads <= 2; threads++) {
        EnsembleResult e = Ensemble.run(scenario.id(), simulation, scenario.thresholds(),
            new EnsembleOptions(runs, seed, threads), n -> { });
        System.out.printf(Locale.ROOT, "%s ensemble threads=%d %s%n", scenario.id(), threads, digest(e));
      }
      System.out.printf(Locale.ROOT, "%s run seed=%d %s%n", scenario.id(), seed, digest(simulation.run(seed)));
      RunSpec spec = scenario.toRunSpec();
      System.out.printf(Locale.ROOT, "%s run with events seed=%d %s%n", scenario.id(), seed,
          digest(Mechanisms.simulation(spec.withEvents(true)).run(seed)));
      ParameterDraws draws = ParameterDraws.of(spec, spread(spec.parameters(), 4));
      EnsembleResult e = Ensemble.run(scenario.id(), draws, scenario.thresholds(),
          new EnsembleOptions(runs / 4, seed, 2), n -> { });
      System.out.printf(Locale.ROOT, "%s ensemble of 4 parameter sets threads=2 %s%n", scenario.id(), digest(e));
    }
  }

  /**
   * Returns {@code n} parameter sets: set {@code k} moves every parameter from its value in {@code base} a share
   * {@code (k + 1) / (n + 1)} of the way to the middle of its range, so every mechanism's term changes.
   */
  private static List<Parameters> spread(Parameters base, int n) {
    List<Parameters> sets = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      double share = (k + 1.0) / (n + 1);
      Map<String, Double> values = new TreeMap<>();
      for (ParameterSpec p : base.specs()) {
        double v = base.get(p.name());
        values.put(p.name(), v + share * ((p.lower() + p.upper()) / 2 - v));
      }
      sets.add(base.with(values));
    }
    return sets;
  }

  private static String digest(EnsembleResult e) {
    Bits bits = new Bits();
    for (double[] path : e.paths()) {
      bits.add(path);
    }
    bits.add(e.mean());
    for (double[] q : e.quantiles()) {
      bits.add(q);
    }
    for (ThresholdCurve c : e.thresholds()) {
      bits.add(c.inMonth());
      bits.add(c.byMonth());
    }
    return bits.hex();
  }

  private static String digest(RunResult r) {
    Bits bits = new Bits();
    bits.add(r.temperature());
    bits.add(r.jpnToKor());
    bits.add(r.korToJpn());
    bits.add(r.sentiment());
    bits.add(r.threat());
    for (double[] issue : r.issues()) {
      bits.add(issue);
    }
    for (int v : r.nuclearTests()) {
      bits.add(v);
    }
    for (int v : r.flares()) {
      bits.add(v);
    }
    bits.add(r.events().size());
    r.events().forEach(ev -> bits.add(ev.toString()));
    return bits.hex();
  }

  /** A SHA-256 over raw double bits and ints. */
  private static final class Bits {
    private final MessageDigest sha;
    private final ByteBuffer buffer = ByteBuffer.allocate(8);

    Bits() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    void add(double[] values) {
      for (double v : values) {
        buffer.clear();
        sha.update(buffer.putLong(Double.doubleToRawLongBits(v)).array());
      }
    }

    void add(int v) {
      buffer.clear();
      sha.update(buffer.putLong(v).array());
    }

    void add(String text) {
      sha.update(text.getBytes(StandardCharsets.UTF_8));
    }

    String hex() {
      return HexFormat.of().formatHex(sha.digest());
    }
  }
}
