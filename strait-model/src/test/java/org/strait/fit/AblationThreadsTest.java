package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strait.model.MechanismId;

/** The verdict table does not depend on the number of threads it is computed on. */
class AblationThreadsTest {
  /** A small fitted case: 24 training and 12 test months simulated with every mechanism on; lighter full sampling. */
  @Test
  void run_sameSeed_sameTableOnOneAndTwoThreads() {
    FitInput in = Synthetic.generate(Synthetic.recoveryTruth(), FitSpace.all(), YearMonth.of(2005, 1), 36, true, 51);
    YearMonth trainEnd = YearMonth.of(2006, 12);
    YearMonth testEnd = YearMonth.of(2007, 12);
    List<String> heard = new ArrayList<>();
    VerdictTable one = Ablation.run(in, trainEnd, testEnd, 30, 52, heard::add, new Ablation.Schedule(1, true),
        PosteriorSettings.REFIT);
    VerdictTable two = Ablation.run(in, trainEnd, testEnd, 30, 52, line -> { }, new Ablation.Schedule(2, true),
        PosteriorSettings.REFIT);
    // every step ran: the full fit, the reference refit and one refit per mechanism
    assertThat(heard).hasSize(2 + MechanismId.values().length);
    assertThat(two.full().values()).isEqualTo(one.full().values());
    assertThat(two.full().estimates()).isEqualTo(one.full().estimates());
    for (MechanismId id : MechanismId.values()) {
      assertThat(two.ablated().get(id).values()).as(id.name()).isEqualTo(one.ablated().get(id).values());
      assertThat(two.ablatedBacktests().get(id).scores()).as(id.name())
          .isEqualTo(one.ablatedBacktests().get(id).scores());
    }
    assertThat(two.backtest().scores()).isEqualTo(one.backtest().scores());
    // the verdicts to the last bit: elpd differences and their SE, sign probabilities, detectable sizes, skill changes
    assertThat(two.verdicts()).isEqualTo(one.verdicts());
  }
}
