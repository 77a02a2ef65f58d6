package org.strait.bench.bargain;

import java.nio.file.Path;
import org.strait.app.bargain.RecordScore;

/**
 * Prints the record set's score table (the bargaining models and the weighted-mean baseline against disputes with
 * known outcomes) in Markdown, for bench/README.md and the cases' README.
 *
 * <p>Arguments: {@code [FOLDER] [RUNS] [SEED]}, defaults {@code strait-app/src/main/resources/cases/record 500 1}.
 */
public final class RecordTable {
  private RecordTable() {}

  /** Scores the folder and prints the table and the verdict. */
  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "strait-app/src/main/resources/cases/record");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
    RecordScore score = RecordScore.score(folder, runs, seed, Runtime.getRuntime().availableProcessors());
    System.out.print(score.markdown());
    System.out.println();
    System.out.println(score.verdict());
  }
}
