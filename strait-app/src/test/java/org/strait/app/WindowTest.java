package org.strait.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The month range every window option parses into, and the train/test pair the backtest and verdicts resolve. */
class WindowTest {
  private static final Window SPAN = new Window(YearMonth.of(2005, 1), YearMonth.of(2014, 12));

  @Test
  void parse_range_keepsBothEndsAndCountsMonths() {
    Window w = Window.parse("--train", " 2005-01..2011-12 ");
    assertThat(w.start()).isEqualTo(YearMonth.of(2005, 1));
    assertThat(w.end()).isEqualTo(YearMonth.of(2011, 12));
    assertThat(w.months()).isEqualTo(84);
    assertThat(w).hasToString("2005-01..2011-12");
  }

  @Test
  void parse_badText_namesTheOptionAndTheText() {
    assertThatThrownBy(() -> Window.parse("--test", "2005-01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--test must be YYYY-MM..YYYY-MM, was '2005-01'");
    assertThatThrownBy(() -> Window.parse("--train", "2005-13..2006-01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("--train must be YYYY-MM..YYYY-MM");
    assertThatThrownBy(() -> Window.parse("--train", "2006-01..2005-01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--train ends (2005-01) before it starts (2006-01)");
  }

  @Test
  void lastAndContains_clipToTheWindow() {
    assertThat(SPAN.last(36)).isEqualTo(new Window(YearMonth.of(2012, 1), YearMonth.of(2014, 12)));
    assertThat(SPAN.last(500)).isEqualTo(SPAN);
    assertThat(SPAN.contains(SPAN.last(36))).isTrue();
    assertThat(SPAN.contains(new Window(YearMonth.of(2004, 12), YearMonth.of(2005, 6)))).isFalse();
  }

  @Test
  void resolve_nothingGiven_scoresTheStoresLast36Months() {
    TrainTest w = TrainTest.resolve(null, null, () -> SPAN);
    assertThat(w.test()).isEqualTo(new Window(YearMonth.of(2012, 1), YearMonth.of(2014, 12)));
    assertThat(w.train()).isEqualTo(new Window(YearMonth.of(2005, 1), YearMonth.of(2011, 12)));
  }

  @Test
  void resolve_trainGiven_testsTheMonthsAfterIt() {
    TrainTest w = TrainTest.resolve(Window.parse("--train", "2006-01..2010-06"), null, () -> SPAN);
    assertThat(w.test()).isEqualTo(new Window(YearMonth.of(2010, 7), YearMonth.of(2014, 12)));
  }

  @Test
  void resolve_bothGiven_readsNoSpan() {
    TrainTest w = TrainTest.resolve(Window.parse("--train", "2006-01..2010-06"),
        Window.parse("--test", "2010-07..2011-06"), () -> {
          throw new AssertionError("the span is not needed");
        });
    assertThat(w.train().months()).isEqualTo(54);
  }

  @Test
  void resolve_gapOrEmptyTest_isAUsageError() {
    assertThatThrownBy(() -> TrainTest.resolve(Window.parse("--train", "2006-01..2010-06"),
        Window.parse("--test", "2010-09..2011-06"), () -> SPAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--test must start the month after --train ends (2010-07), was 2010-09");
    assertThatThrownBy(() -> TrainTest.resolve(Window.parse("--train", "2006-01..2014-12"), null, () -> SPAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the test window 2015-01..2014-12 is empty: the store ends before it starts");
    Window short12 = new Window(YearMonth.of(2014, 1), YearMonth.of(2014, 12));
    assertThatThrownBy(() -> TrainTest.resolve(null, null, () -> short12))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the training window")
        .hasMessageContaining("is empty");
  }
}
