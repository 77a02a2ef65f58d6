package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.strait.model.Driver;
import org.strait.model.Drivers;
import org.strait.model.MechanismId;
import org.strait.model.Shock;
import org.strait.model.ShockSchedule;

class FitInputTest {
  private static final YearMonth START = YearMonth.of(2005, 1);
  private static final YearMonth TRAIN_END = YearMonth.of(2009, 12);
  private static final Set<MechanismId> SOME = EnumSet.of(MechanismId.M1, MechanismId.M6, MechanismId.M8);

  @Test
  void until_laterMonthOfAnyPart_isRefused() {
    FitInput in = Synthetic.generate(Synthetic.recoveryTruth(), SOME, START, 72, true, 5);
    FitInput cut = in.until(TRAIN_END);
    YearMonth later = TRAIN_END.plusMonths(1);
    assertThatThrownBy(() -> cut.index().get(later)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("look-ahead refused");
    assertThatThrownBy(() -> cut.jpnToKor().get(later)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cut.drivers().value(Driver.US_CHN_CONFLICT, later))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("us-chn-conflict");
    assertThatThrownBy(() -> cut.chronicle().in(later)).isInstanceOf(IllegalStateException.class);
    assertThat(cut.drivers().value(Driver.US_CHN_CONFLICT, TRAIN_END))
        .isEqualTo(in.drivers().value(Driver.US_CHN_CONFLICT, TRAIN_END));
    assertThat(cut.end()).isEqualTo(TRAIN_END);
  }

  /** The fit reads no month after the training window: every driver and chronicle read is recorded. */
  @Test
  void fit_trainingView_readsNothingAfterItsEnd() {
    FitInput in = Synthetic.generate(Synthetic.recoveryTruth(), SOME, START, 72, false, 6);
    AtomicReference<YearMonth> latest = new AtomicReference<>(START);
    Drivers recording = (d, m) -> {
      latest.accumulateAndGet(m, (a, b) -> a.isAfter(b) ? a : b);
      return in.drivers().value(d, m);
    };
    ShockSchedule recordingChronicle = m -> {
      latest.accumulateAndGet(m, (a, b) -> a.isAfter(b) ? a : b);
      return in.chronicle().in(m);
    };
    FitInput watched = new FitInput(in.index(), null, null, null, recording, recordingChronicle);
    FitResult fit = Calibration.fit(watched.until(TRAIN_END), SOME, FitSpace.defaults(), 1);
    assertThat(latest.get()).isEqualTo(TRAIN_END);
    assertThat(fit.trainEnd()).isEqualTo(TRAIN_END);
  }

  /** The index after the origin does not change any forecast; the unconditional one ignores later drivers too. */
  @Test
  void forecaster_futureData_changesOnlyWhatItMay() {
    FitInput in = Synthetic.generate(Synthetic.recoveryTruth(), SOME, START, 72, false, 7);
    FitResult fit = Calibration.fit(in.until(TRAIN_END), SOME, FitSpace.defaults(), 2);
    double[] altered = in.index().values();
    for (int i = in.index().index(TRAIN_END) + 1; i < altered.length; i++) {
      altered[i] = 9.0;
    }
    Drivers shiftedLater = (d, m) -> m.isAfter(TRAIN_END) ? in.drivers().value(d, m) + 3 : in.drivers().value(d, m);
    FitInput alteredIndex = new FitInput(MonthlySeries.of(START, altered), null, null, null, in.drivers(),
        in.chronicle());
    FitInput alteredDrivers = new FitInput(in.index(), null, null, null, shiftedLater, in.chronicle());
    MonthlySeries history = in.index().until(TRAIN_END);
    for (boolean conditional : new boolean[] {true, false}) {
      double[][] base = new ModelForecaster("m", fit, in, conditional).paths(history, 12, 50, new SplittableRandom(3));
      double[][] a = new ModelForecaster("m", fit, alteredIndex, conditional)
          .paths(history, 12, 50, new SplittableRandom(3));
      double[][] b = new ModelForecaster("m", fit, alteredDrivers, conditional)
          .paths(history, 12, 50, new SplittableRandom(3));
      assertThat(a).as("index after the origin, conditional=%s", conditional).isDeepEqualTo(base);
      if (conditional) {
        assertThat(b[0][11]).as("a conditional forecast is told later drivers").isNotEqualTo(base[0][11]);
      } else {
        assertThat(b).as("an unconditional forecast ignores later drivers").isDeepEqualTo(base);
      }
    }
  }

  @Test
  void constructor_directedSeriesWithoutPartner_isRefused() {
    FitInput in = Synthetic.generate(Synthetic.recoveryTruth(), SOME, START, 24, true, 8);
    assertThatThrownBy(() -> new FitInput(in.index(), in.jpnToKor(), null, null, in.drivers(), in.chronicle()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both directed series");
    MonthlySeries shorter = in.index().until(START.plusMonths(10));
    assertThatThrownBy(() -> new FitInput(in.index(), null, null, shorter, in.drivers(), in.chronicle()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("span");
  }

  @Test
  void chronicle_listOfShocks_isVisibleUpToTheCut() {
    YearMonth m = START.plusMonths(2);
    ShockSchedule one = ShockSchedule.of(List.of(new Shock(m, org.strait.model.ShockKind.NUCLEAR_TEST, null, 1)));
    FitInput in = FitInput.headline(MonthlySeries.of(START, new double[] {1, 2, 3, 4}), Drivers.neutral(), one);
    assertThat(in.until(m).chronicle().in(m)).hasSize(1);
    assertThatThrownBy(() -> in.until(START.plusMonths(1)).chronicle().in(m))
        .isInstanceOf(IllegalStateException.class);
  }
}
