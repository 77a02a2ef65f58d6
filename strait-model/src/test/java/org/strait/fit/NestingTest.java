package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strait.model.CoreParameters;
import org.strait.model.MechanismId;

/** With every mechanism off, the model is the AR(1) baseline around a level: the same likelihood. */
class NestingTest {
  @Test
  void noMechanisms_noObservationNoise_isTheAr1BaselinesLikelihood() {
    FitInput data = Synthetic.generate(Synthetic.priorDraw(EnumSet.noneOf(MechanismId.class), 11),
        EnumSet.noneOf(MechanismId.class), YearMonth.of(2005, 1), 96, false, 12);
    double[] ar1 = Baselines.Ar1.fit(data.index());
    double c = ar1[0];
    double phi = ar1[1];
    double sigma = ar1[2];
    assertThat(phi).isBetween(0.0, 1.0);
    Map<String, Double> v = FitSpace.defaults();
    v.put(CoreParameters.EQUILIBRIUM, c / (1 - phi));
    v.put(CoreParameters.REVERSION, 1 - phi);
    // the headline is the mean of two directions with independent innovations of sd σ: its own sd is σ/√2
    v.put(CoreParameters.NOISE, Math.sqrt(2) * sigma);
    v.put(FitSpace.OBSERVATION_NOISE.name(), 1e-7);
    StateSpace.Filtered f = StateSpace.filter(new Theta(v, EnumSet.noneOf(MechanismId.class)), Table.of(data));
    double model = 0;
    double baseline = 0;
    for (int t = 1; t < data.index().length(); t++) {
      model += f.monthly[t];
      double y = data.index().at(t);
      double e = y - c - phi * data.index().at(t - 1);
      baseline += -0.5 * (Math.log(2 * Math.PI * sigma * sigma) + e * e / (sigma * sigma));
    }
    assertThat(model).isCloseTo(baseline, within(1e-6));
  }

  @Test
  void noMechanisms_driversAndChronicleDoNotMoveTheIndexLikelihood() {
    FitInput data = Synthetic.generate(Synthetic.priorDraw(FitSpace.all(), 21), FitSpace.all(),
        YearMonth.of(2005, 1), 60, true, 22);
    Map<String, Double> v = FitSpace.defaults();
    Theta off = new Theta(v, EnumSet.noneOf(MechanismId.class));
    FitInput quiet = new FitInput(data.index(), data.jpnToKor(), data.korToJpn(), data.counts(),
        org.strait.model.Drivers.neutral(), org.strait.model.ShockSchedule.none());
    assertThat(StateSpace.filter(off, Table.of(data)).logLikIndex)
        .isCloseTo(StateSpace.filter(off, Table.of(quiet)).logLikIndex, within(1e-9));
  }
}
