package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strait.model.MechanismId;
import org.strait.model.mechanism.StructuralShift;

class LevelTermsTest {
  @Test
  void of_onlyTheStructuralShift_isItsMeanShiftInTrainingAndForecastMonths() {
    EnumSet<MechanismId> m10 = EnumSet.of(MechanismId.M10);
    YearMonth start = YearMonth.of(2008, 1);
    FitInput in = Synthetic.generate(Synthetic.recoveryTruth(), m10, start, 72, true, 61);
    FitResult fit = Calibration.fit(in, m10, FitSpace.defaults(), 62, PosteriorSettings.LAPLACE);
    StructuralShift shift = new StructuralShift(fit.values()::get);
    // Δμ is pushed as κΔμ, so its level contribution is Δμ itself, whatever κ
    double training = 0;
    for (int i = 0; i < 72; i++) {
      training += shift.shift(Table.decimalYear(start.plusMonths(i))) / 72;
    }
    double forecast = 0;
    for (int h = LevelTerms.FROM; h <= LevelTerms.TO; h++) {
      forecast += shift.shift(Table.decimalYear(start.plusMonths(71 + h))) / (LevelTerms.TO - LevelTerms.FROM + 1);
    }
    List<LevelTerms.Contribution> c = LevelTerms.of(fit, in, 1, 3, 63);
    assertThat(c.get(0).mechanism()).isNull();
    assertThat(c.get(0).training()).isCloseTo(training, within(1e-9));
    assertThat(c.get(0).forecast()).isCloseTo(forecast, within(1e-9));
    LevelTerms.Contribution own = c.get(1 + MechanismId.M10.ordinal());
    assertThat(own.training()).isCloseTo(training, within(1e-9));
    assertThat(own.shift()).isCloseTo(forecast - training, within(1e-9));
    // the mechanisms that are off add nothing
    assertThat(c.get(1 + MechanismId.M8.ordinal()).training()).isZero();
    assertThat(c.get(1 + MechanismId.M8.ordinal()).forecast()).isZero();
  }
}
