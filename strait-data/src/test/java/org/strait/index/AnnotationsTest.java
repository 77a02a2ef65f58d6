package org.strait.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationsTest {
  @Test
  void nearWithDirection_fixedNotes_answerInDateOrderWhateverTheDirection() {
    Note july = new Note(LocalDate.of(2012, 7, 31), "july", "test");
    Note august = new Note(LocalDate.of(2012, 8, 10), "august", "test");
    Note october = new Note(LocalDate.of(2012, 10, 1), "october", "test");
    Annotations fixed = Annotations.of(List.of(october, august, july));
    assertThat(fixed.near(YearMonth.of(2012, 8), Direction.UP)).containsExactly(july, august);
    assertThat(fixed.near(YearMonth.of(2012, 9), Direction.DOWN)).containsExactly(august, october);
    assertThat(Annotations.NONE.near(YearMonth.of(2012, 8), Direction.DOWN)).isEmpty();
  }
}
