package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.strait.model.Driver;
import org.strait.model.Drivers;

/** An unconditional forecast's months: drivers held, governments changing as the record says they do. */
class FrozenTableTest {
  private static final YearMonth ORIGIN = YearMonth.of(2021, 4);
  private static final int SEOUL = Driver.MONTHS_SINCE_SEOUL_INAUGURATION.ordinal();
  private static final int TOKYO = Driver.MONTHS_SINCE_TOKYO_INAUGURATION.ordinal();

  /** Seoul's president in month 47 of the term, Tokyo's prime minister in month 7, every other driver neutral. */
  private static final Drivers AT_ORIGIN = (d, m) -> d == Driver.MONTHS_SINCE_SEOUL_INAUGURATION ? 47
      : d == Driver.MONTHS_SINCE_TOKYO_INAUGURATION ? 7 : d.neutral();

  @Test
  void frozen_seoulTermEnds_restartsAfterSixtyMonths() {
    Table t = Table.frozen(AT_ORIGIN, ORIGIN, ORIGIN.plusMonths(1), 80, 0);
    assertThat(t.drivers[0][SEOUL]).isEqualTo(48);
    assertThat(t.drivers[11][SEOUL]).isEqualTo(59);
    assertThat(t.drivers[12][SEOUL]).isEqualTo(0);
    assertThat(t.drivers[13][SEOUL]).isEqualTo(1);
    assertThat(t.drivers[72][SEOUL]).isEqualTo(0);
    // Tokyo's counter only counts up in the table; its changes are drawn per path
    assertThat(t.drivers[79][TOKYO]).isEqualTo(87);
  }

  @Test
  void tokyoChanges_countsTheMonthsWhoseCounterFell() {
    // 25 months: a new prime minister in months 5 and 17 (the counter falls to 0 there)
    double[] tokyo = new double[25];
    for (int i = 0; i < tokyo.length; i++) {
      tokyo[i] = i < 5 ? 30 + i : i < 17 ? i - 5 : i - 17;
    }
    Drivers d = (driver, m) -> driver == Driver.MONTHS_SINCE_TOKYO_INAUGURATION
        ? tokyo[(int) (m.getYear() * 12L + m.getMonthValue() - 2005 * 12L - 1)] : driver.neutral();
    Table past = Table.future(d, org.strait.model.ShockSchedule.of(java.util.List.of()), YearMonth.of(2005, 1), 25);
    assertThat(past.tokyoChanges()).isCloseTo(2 / 24.0, within(1e-12));
  }

  @Test
  void unconditionalPaths_drawTokyoChangesAtTheTablesRate() {
    Theta th = new Theta(FitSpace.defaults(), java.util.EnumSet.noneOf(org.strait.model.MechanismId.class));
    Table future = Table.frozen(AT_ORIGIN, ORIGIN, ORIGIN.plusMonths(1), 1, 0.25);
    SplittableRandom rng = new SplittableRandom(5);
    int changed = 0;
    int paths = 20_000;
    for (int p = 0; p < paths; p++) {
      Dynamics dyn = new Dynamics(th);
      dyn.month(future, 0, 2, 2, false, rng);
      // the mechanisms read the month's drivers through the terms' step
      changed += dyn.terms.step().driver(Driver.MONTHS_SINCE_TOKYO_INAUGURATION) == 0 ? 1 : 0;
    }
    // binomial(20,000, 0.25): sd 0.003
    assertThat(changed / (double) paths).isCloseTo(0.25, within(0.012));
    // without random events (a conditional forecast, the filter) the table's counter is read as it is
    Dynamics quiet = new Dynamics(th);
    quiet.month(future, 0, 2, 2, false, null);
    assertThat(quiet.terms.step().driver(Driver.MONTHS_SINCE_TOKYO_INAUGURATION)).isEqualTo(8);
  }
}
