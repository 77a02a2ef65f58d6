package org.strait.bench.gdelt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The CAMEO event codes with their Goldstein scores, read from GDELT's lookup table
 * ({@code shared/data/cameo/CAMEO.goldsteinscale.txt}), and a draw of codes by root whose shares follow the rough
 * shape of GDELT's event mix: statements and consultations most common, mass violence rarest. The shares are round
 * figures for a realistic benchmark, not measurements.
 */
final class CameoTable {
  /** Per-mille share of each root code 01..20. */
  private static final int[] ROOT_SHARES = {
      190, 60, 70, 170, 80, 20, 20, 20, 10, 20, 70, 20, 20, 15, 5, 20, 50, 50, 69, 1};

  private final List<List<String>> codesByRoot = new ArrayList<>();
  private final List<List<String>> goldsteinByRoot = new ArrayList<>();
  private final int[] cumulative = new int[20];

  private CameoTable() {
    for (int r = 0; r < 20; r++) {
      codesByRoot.add(new ArrayList<>());
      goldsteinByRoot.add(new ArrayList<>());
    }
    int sum = 0;
    for (int r = 0; r < 20; r++) {
      sum += ROOT_SHARES[r];
      cumulative[r] = sum;
    }
  }

  /** Reads the lookup table from the shared folder. */
  static CameoTable read(Path sharedDir) throws IOException {
    Path file = sharedDir.resolve("data/cameo/CAMEO.goldsteinscale.txt");
    CameoTable table = new CameoTable();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        continue;
      }
      int root = Integer.parseInt(f[0].substring(0, 2));
      String goldstein = f[1].endsWith(".0") ? f[1].substring(0, f[1].length() - 2) : f[1];
      table.codesByRoot.get(root - 1).add(f[0]);
      table.goldsteinByRoot.get(root - 1).add(goldstein);
    }
    return table;
  }

  /** Returns the index of a root code (0 for root 01) drawn by share. */
  int root(SplittableRandom random) {
    int x = random.nextInt(cumulative[19]);
    int r = 0;
    while (cumulative[r] <= x) {
      r++;
    }
    return r;
  }

  /** Returns the index of a code within its root: the root code itself half of the time. */
  int code(SplittableRandom random, int root) {
    int n = codesByRoot.get(root).size();
    return random.nextBoolean() ? 0 : random.nextInt(n);
  }

  String code(int root, int index) {
    return codesByRoot.get(root).get(index);
  }

  String goldstein(int root, int index) {
    return goldsteinByRoot.get(root).get(index);
  }

  /** Returns GDELT's quad class of a root index (0 for root 01). */
  static int quadClass(int root) {
    int r = root + 1;
    return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
  }
}
