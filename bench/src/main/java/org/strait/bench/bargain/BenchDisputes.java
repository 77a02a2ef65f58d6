package org.strait.bench.bargain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.strait.app.bargain.KtabCsvReader;
import org.strait.bargain.Dispute;
import org.strait.bargain.Stakeholder;

/** The disputes the bargaining benchmarks run. */
final class BenchDisputes {
  private BenchDisputes() {}

  /** KTAB's SOE-Pol-Comp example (13 actors, 2 dimensions), read from the shared data. */
  static Dispute socPolComp() {
    String dir = System.getProperty("strait.shared.dir", "../shared");
    Path file = Path.of(dir, "data", "ktab-examples", "SOE-Pol-Comp.csv");
    if (!Files.exists(file)) {
      file = Path.of("..", "..", "shared", "data", "ktab-examples", "SOE-Pol-Comp.csv");
    }
    return KtabCsvReader.read(file);
  }

  /**
   * A random dispute with {@code actors} actors and {@code dims} dimensions, generated like KTAB's random SMP
   * scenarios: capability uniform on [10, 200], total salience uniform on [75, 99] split over the dimensions in
   * proportion to uniform [0.1, 1] draws, positions uniform on [0, 100].
   */
  static Dispute random(int actors, int dims, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Stakeholder> list = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int k = 0; k < dims; k++) {
      names.add("Dim-" + k);
    }
    for (int i = 0; i < actors; i++) {
      double total = rng.nextDouble(75, 99);
      double[] w = new double[dims];
      double sum = 0;
      for (int k = 0; k < dims; k++) {
        w[k] = rng.nextDouble(0.1, 1.0);
        sum += w[k];
      }
      List<Double> pos = new ArrayList<>();
      List<Double> sal = new ArrayList<>();
      for (int k = 0; k < dims; k++) {
        pos.add(rng.nextDouble(0, 100));
        sal.add(total * w[k] / sum);
      }
      list.add(new Stakeholder(String.format("SActor-%02d", i), "random", rng.nextDouble(10, 200), pos, sal));
    }
    return new Dispute("random-" + actors + "x" + dims, "random", names, list);
  }
}
