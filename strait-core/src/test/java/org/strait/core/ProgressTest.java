package org.strait.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void timeLeft_nothingDone_isUnknown() {
    assertThat(Progress.timeLeft(Duration.ofSeconds(30), 0, 14)).isEmpty();
  }

  @Test
  void timeLeft_quarterDoneIn20s_is60sLeft() {
    assertThat(Progress.timeLeft(Duration.ofSeconds(20), 1, 4)).contains(Duration.ofSeconds(60));
    assertThat(Progress.timeLeft(Duration.ofSeconds(20), 4, 4)).contains(Duration.ZERO);
  }

  @Test
  void timeLeft_doneBeyondTotal_isRefused() {
    assertThatThrownBy(() -> Progress.timeLeft(Duration.ofSeconds(1), 5, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 of 4");
  }

  @Test
  void steps_nextAndFinish_reportRisingDoneWithTheRunningStep() {
    List<String> heard = new ArrayList<>();
    Progress.Steps steps = ((Progress) (done, total, step) -> heard.add(done + "/" + total + " " + step)).steps(3);
    steps.next("reading");
    steps.next("fitting");
    steps.next("backtesting");
    steps.next("one step too many");
    steps.finish();
    assertThat(heard).containsExactly("0/3 reading", "1/3 fitting", "2/3 backtesting", "2/3 one step too many",
        "3/3 done");
  }
}
