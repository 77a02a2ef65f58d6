package org.strait.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strait.core.Dyad;
import org.strait.index.Note;

class ChronicleNotesTest {
  final Chronicle chronicle = Knowledge.standard().chronicle();

  @Test
  void near_july2012_forJapanKorea_includesLeesDokdoVisitOfAugust() {
    List<Note> notes = ChronicleNotes.of(chronicle, Dyad.parse("JPN-KOR")).near(YearMonth.of(2012, 7));
    assertThat(notes).anySatisfy(n -> {
      assertThat(n.date()).isEqualTo(LocalDate.of(2012, 8, 10));
      assertThat(n.title()).contains("Dokdo");
      assertThat(n.source()).isNotBlank();
    });
    assertThat(notes).allSatisfy(n -> assertThat(n.date())
        .isBetween(LocalDate.of(2012, 6, 1), LocalDate.of(2012, 8, 31)));
  }

  @Test
  void near_otherPair_leavesOutEntriesOfNeitherCountry() {
    // The 2012 Senkaku purchase involves Japan and China, not Korea or Russia.
    List<Note> notes = ChronicleNotes.of(chronicle, Dyad.parse("KOR-RUS")).near(YearMonth.of(2012, 9));
    assertThat(notes).noneSatisfy(n -> assertThat(n.title()).contains("Senkaku"));
    assertThat(ChronicleNotes.of(chronicle, Dyad.parse("JPN-CHN")).near(YearMonth.of(2012, 9)))
        .anySatisfy(n -> assertThat(n.title()).contains("Senkaku"));
  }
}
