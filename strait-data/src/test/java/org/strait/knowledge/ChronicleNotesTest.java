package org.strait.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strait.core.Dyad;
import org.strait.index.Direction;
import org.strait.index.Note;

/** Annotations from the shipped chronicle: which entries explain a turn, and in which order. */
class ChronicleNotesTest {
  final Chronicle chronicle = Knowledge.standard().chronicle();
  final ChronicleNotes jpnKor = ChronicleNotes.of(chronicle, Dyad.parse("JPN-KOR"));

  private static List<String> titles(List<Note> notes) {
    return notes.stream().map(Note::title).toList();
  }

  @Test
  void near_july2012_forJapanKorea_includesLeesDokdoVisitOfAugust() {
    List<Note> notes = jpnKor.near(YearMonth.of(2012, 7));
    assertThat(notes).anySatisfy(n -> {
      assertThat(n.date()).isEqualTo(LocalDate.of(2012, 8, 10));
      assertThat(n.title()).contains("Dokdo");
      assertThat(n.source()).isNotBlank();
    });
    assertThat(notes).allSatisfy(n -> assertThat(n.date())
        .isBetween(LocalDate.of(2012, 6, 1), LocalDate.of(2012, 8, 31)));
  }

  @Test
  void near_august2012_keepsMonthPrecisionEntries_andStopsAtOneMonth() {
    List<String> titles = titles(jpnKor.near(YearMonth.of(2012, 8)));
    // The ICJ proposal is known to its month (August 2012): it annotates August.
    assertThat(jpnKor.near(YearMonth.of(2012, 8))).anySatisfy(n -> {
      assertThat(n.title()).contains("International Court of Justice");
      assertThat(n.when()).isEqualTo("2012-08");
    });
    // The GSOMIA signing called off on 29 June 2012 lies two months before August.
    assertThat(titles).noneSatisfy(t -> assertThat(t).contains("intelligence pact"));
    // The Senkaku purchase of September 2012 is Japan and China, not Korea.
    assertThat(titles).noneSatisfy(t -> assertThat(t).contains("Senkaku"));
  }

  @Test
  void near_april2018_forJapanKorea_leavesOutTheNorthSouthSummit_butKeepsTheTrilateral() {
    List<String> titles = titles(jpnKor.near(YearMonth.of(2018, 4)));
    assertThat(titles).noneSatisfy(t -> assertThat(t).contains("Panmunjom"));
    assertThat(titles).anySatisfy(t -> assertThat(t).contains("trilateral summit with China in Tokyo"));
  }

  @Test
  void near_yearOnlyEntries_annotateNoMonth() {
    // "Seoul protests the Tokyo Olympic map" is dated 2021 only; Moon's dropped visit is dated 19 July 2021.
    for (int m = 1; m <= 12; m++) {
      assertThat(titles(jpnKor.near(YearMonth.of(2021, m))))
          .noneSatisfy(t -> assertThat(t).contains("Olympic map"));
    }
    assertThat(jpnKor.near(YearMonth.of(2021, 7)))
        .anySatisfy(n -> assertThat(n.title() + " " + n.when()).contains("Tokyo Olympics").endsWith("2021-07-19"));
  }

  @Test
  void nearWithDirection_april2021_putsTheEntriesThatAgreeFirst() {
    // April 2021: the Fukushima release decision (colder, 13 Apr) against a dismissed comfort-women suit (warmer,
    // 21 Apr) and the London trilateral (warmer, May 2021).
    List<String> down = titles(jpnKor.near(YearMonth.of(2021, 4), Direction.DOWN));
    assertThat(down.get(0)).contains("treated water from Fukushima");
    List<String> up = titles(jpnKor.near(YearMonth.of(2021, 4), Direction.UP));
    assertThat(up.get(0)).contains("dismisses a second comfort women suit");
    assertThat(up.get(1)).contains("G7 meeting in London");
    assertThat(up.get(up.size() - 1)).contains("treated water from Fukushima");
    assertThat(up).containsExactlyInAnyOrderElementsOf(down);
  }

  @Test
  void nearWithDirection_august2012Fall_listsTheAmbassadorsReturnAfterTheFrictions() {
    // Lee lands on Dokdo on 10 Aug 2012 and Japan recalls its ambassador; Tokyo sends him back on 22 Aug (warmer).
    List<String> down = titles(jpnKor.near(YearMonth.of(2012, 8), Direction.DOWN));
    assertThat(down.get(down.size() - 1)).contains("sends its ambassador back to Seoul");
    assertThat(down.subList(0, 3)).allSatisfy(t -> assertThat(t).doesNotContain("ambassador back"))
        .anySatisfy(t -> assertThat(t).contains("visits Dokdo"));
    // in date order the return comes after the landing and the remark of the 14th
    List<String> byDate = titles(jpnKor.near(YearMonth.of(2012, 8)));
    assertThat(byDate.indexOf(down.get(down.size() - 1))).isGreaterThan(byDate.indexOf(down.get(0)));
  }

  @Test
  void nearWithDirection_neutralEntriesComeBetweenAgreeingAndContrary() {
    // March 2023: five warmer entries and Park Jin's hearing (no clear effect).
    List<String> up = titles(jpnKor.near(YearMonth.of(2023, 3), Direction.UP));
    assertThat(up.get(up.size() - 1)).contains("humiliating diplomacy");
    List<String> down = titles(jpnKor.near(YearMonth.of(2023, 3), Direction.DOWN));
    assertThat(down.get(0)).contains("humiliating diplomacy");
    assertThat(up).hasSize(6);
  }

  @Test
  void near_otherPair_leavesOutEntriesOfNeitherCountry() {
    // The 2012 Senkaku purchase involves Japan and China, not Korea or Russia.
    List<Note> notes = ChronicleNotes.of(chronicle, Dyad.parse("KOR-RUS")).near(YearMonth.of(2012, 9));
    assertThat(notes).noneSatisfy(n -> assertThat(n.title()).contains("Senkaku"));
    ChronicleNotes jpnChn = ChronicleNotes.of(chronicle, Dyad.parse("JPN-CHN"));
    assertThat(jpnChn.near(YearMonth.of(2012, 9))).anySatisfy(n -> assertThat(n.title()).contains("Senkaku"));
    // The entries' direction describes Japan-Korea only: another pair's notes stay in date order.
    // (December 2013: China's air defence zone of 23 Nov, of no clear effect, then Abe's Yasukuni visit, colder.)
    List<Note> december = jpnChn.near(YearMonth.of(2013, 12), Direction.DOWN);
    assertThat(december).hasSizeGreaterThanOrEqualTo(2).isEqualTo(jpnChn.near(YearMonth.of(2013, 12)));
    assertThat(december.get(0).title()).contains("air defence identification zone");
  }
}
