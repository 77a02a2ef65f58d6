package org.strait.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.ensemble.Threshold;
import org.strait.model.ensemble.ThresholdCurve;

class ContrastTableTest {
  private static final Threshold LOW = new Threshold("low-2019", -1.5, true, "test level");

  private static EnsembleResult result(String id, YearMonth start, double... ends) {
    double[][] paths = new double[ends.length][];
    for (int r = 0; r < ends.length; r++) {
      paths[r] = new double[] {0, ends[r]};
    }
    return new EnsembleResult(id, 1, ends.length, "test", start, EnsembleResult.LEVELS, new double[5][2],
        new double[2], List.of(new ThresholdCurve(LOW, new double[2], new double[2])), paths);
  }

  @Test
  void lines_pairedRowsPerModelStarsBeyondNoiseAndNamesWhatCannotPair() {
    YearMonth start = YearMonth.of(2023, 4);
    ContrastTable table = new ContrastTable("baseline");
    table.add(result("baseline", start, 1, 1, 1, 1), true);
    // every run 2 lower: a change of -2.00 with no spread, beyond the noise; no run falls below -1.5
    table.add(result("cold", start, -1, -1, -1, -1), true);
    table.add(result("cold", start, 0, 0, 0, 0), false);
    table.add(result("baseline", start, 0, 0, 0, 0), false);
    table.add(result("late", YearMonth.of(2022, 7), 0, 0, 0, 0), false);

    List<String> lines = table.lines();

    assertThat(lines.get(0)).startsWith("== what each scenario changes against the baseline scenario by 2023-05");
    assertThat(lines.get(1)).isEqualTo("| scenario | model | mean temperature | change | P(low-2019) | change |");
    assertThat(lines).contains("| cold | fitted | -1.00 | -2.000 ± 0.000 * | 0.000 | +0.000 ± 0.000 |",
        "| cold | priors | 0.00 | +0.000 ± 0.000 | 0.000 | +0.000 ± 0.000 |");
    assertThat(lines).anyMatch(l -> l.startsWith("not compared: late on the priors (4 runs from 2022-07, seed 1;"
        + " the baseline: 4 runs from 2023-04, seed 1)"));
    assertThat(lines.get(lines.size() - 1))
        .startsWith("Largest change of the mean temperature: -2.00 (cold) on the fitted model, +0.00 (cold) on the"
            + " priors. Beyond the Monte Carlo noise: 1 of 1 scenarios on the fitted model, 0 of 1 on the priors;");
  }

  @Test
  void lines_noReferenceRun_noTable() {
    ContrastTable table = new ContrastTable("baseline");
    table.add(result("cold", YearMonth.of(2023, 4), 0, 0), true);
    assertThat(table.lines()).isEmpty();
  }
}
