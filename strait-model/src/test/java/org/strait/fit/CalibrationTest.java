package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strait.core.SeedSequence;
import org.strait.model.MechanismId;

class CalibrationTest {
  private static final YearMonth START = YearMonth.of(2005, 1);
  private static final Set<MechanismId> SMALL = EnumSet.of(MechanismId.M1, MechanismId.M2, MechanismId.M6,
      MechanismId.M11, MechanismId.M12);

  /**
   * Parameter recovery: over repeated simulations from known values, the 95% intervals cover the truth at about
   * the nominal rate. Ten simulated decades, five mechanisms (the full model's recovery runs in the bench).
   */
  @Test
  void fit_simulatedSeries_intervalsCoverTruthAtAboutNominalRate() {
    Map<String, Double> truth = Synthetic.recoveryTruth();
    SeedSequence seeds = new SeedSequence(20_240_601L);
    int covered = 0;
    int total = 0;
    int keyCovered = 0;
    int keyTotal = 0;
    int reps = 8;
    for (int rep = 0; rep < reps; rep++) {
      FitInput in = Synthetic.generate(truth, SMALL, START, 120, true, seeds.seed(rep));
      FitResult fit = Calibration.fit(in, SMALL, FitSpace.defaults(), seeds.seed(1000 + rep));
      for (Estimate e : fit.estimates()) {
        boolean c = e.covers(truth.get(e.name()));
        covered += c ? 1 : 0;
        total++;
      }
      for (MechanismId id : SMALL) {
        keyCovered += fit.key(id).orElseThrow().covers(truth.get(FitSpace.key(id))) ? 1 : 0;
        keyTotal++;
      }
    }
    double rate = covered / (double) total;
    double keyRate = keyCovered / (double) keyTotal;
    System.out.printf("coverage %d/%d = %.3f, key %d/%d = %.3f%n", covered, total, rate, keyCovered, keyTotal,
        keyRate);
    assertThat(rate).isBetween(0.85, 0.995);
    assertThat(keyRate).isGreaterThanOrEqualTo(0.8);
  }
}
