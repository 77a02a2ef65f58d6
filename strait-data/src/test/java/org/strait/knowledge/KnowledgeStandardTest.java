package org.strait.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strait.core.Country;

/** Checks the shipped knowledge base: it loads, its references hold, its terms follow one another. */
class KnowledgeStandardTest {
  private final Knowledge k = Knowledge.standard();

  @Test
  void standard_shippedFiles_loadWithoutViolations() {
    assertThat(k.chronicle().size()).isGreaterThan(150);
    assertThat(k.disputes().all()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(k.actors().entries()).hasSizeGreaterThan(300);
  }

  @Test
  void chronicle_everyDisputeReferenced_exists() {
    Set<String> ids = k.disputes().ids();
    for (ChronicleEntry e : k.chronicle().entries()) {
      assertThat(ids).as("disputes of %s", e.id()).containsAll(e.disputes());
    }
    for (DisputeLink l : k.disputes().links()) {
      assertThat(ids).contains(l.from(), l.to());
      for (String evidence : l.evidence()) {
        assertThat(k.chronicle().get(evidence)).as("evidence %s", evidence).isPresent();
      }
    }
  }

  @Test
  void disputes_briefNamedIds_allPresent() {
    assertThat(k.disputes().ids()).contains("comfort-women", "wartime-labour", "dokdo-takeshima", "textbooks",
        "yasukuni", "export-controls", "gsomia", "fukushima-water");
  }

  @Test
  void leaders_termsPerOffice_contiguousAndNonOverlapping() {
    for (Office office : Office.values()) {
      List<Term> terms = k.leaders().terms(office);
      assertThat(terms).as("terms of %s", office).isNotEmpty();
      assertThat(terms.stream().filter(t -> t.end() == null)).as("open terms of %s", office).hasSize(1);
      assertThat(terms.get(terms.size() - 1).end()).isNull();
      for (int i = 1; i < terms.size(); i++) {
        LocalDate prevEnd = terms.get(i - 1).end();
        LocalDate start = terms.get(i).start();
        assertThat(start).as("%s after %s", terms.get(i).person(), terms.get(i - 1).person())
            .isAfterOrEqualTo(prevEnd);
        long gapDays = start.toEpochDay() - prevEnd.toEpochDay();
        // The only gaps longer than a day are the documented ones: China 1976, the USSR in 1982 and 1984.
        if (gapDays > 1) {
          assertThat(office).isIn(Office.CHN_PARTY_LEADER, Office.RUS_LEADER);
          assertThat(gapDays).isLessThanOrEqualTo(28);
        }
      }
    }
  }

  @Test
  void leaders_seoulAndTokyoRegularTerms_haveOrientation() {
    for (Office office : List.of(Office.KOR_PRESIDENT, Office.JPN_PRIME_MINISTER)) {
      k.leaders().terms(office).stream().filter(t -> !t.acting())
          .forEach(t -> assertThat(t.orientation()).as(t.person()).isNotNull());
    }
  }

  @Test
  void leaders_knownHolders_matchPublicRecord() {
    Leaders l = k.leaders();
    assertThat(l.holder(Office.KOR_PRESIDENT, LocalDate.of(2019, 7, 1)).orElseThrow().person())
        .isEqualTo("Moon Jae-in");
    assertThat(l.orientation(Office.KOR_PRESIDENT, LocalDate.of(2019, 7, 1))).contains(Orientation.PROGRESSIVE);
    assertThat(l.holder(Office.JPN_PRIME_MINISTER, LocalDate.of(1998, 10, 8)).orElseThrow().person())
        .isEqualTo("Keizo Obuchi");
    assertThat(l.holder(Office.KOR_PRESIDENT, LocalDate.of(1998, 10, 8)).orElseThrow().person())
        .isEqualTo("Kim Dae-jung");
    assertThat(l.holder(Office.JPN_PRIME_MINISTER, LocalDate.of(1995, 8, 15)).orElseThrow().orientation())
        .isEqualTo(Orientation.PROGRESSIVE);
    assertThat(l.holder(Office.USA_PRESIDENT, LocalDate.of(2018, 6, 12)).orElseThrow().person())
        .isEqualTo("Donald Trump");
  }

  @Test
  void monthsSinceInauguration_moon_countsFromMay2017() {
    Leaders l = k.leaders();
    assertThat(l.monthsSinceInauguration(Office.KOR_PRESIDENT, YearMonth.of(2017, 5))).hasValue(0);
    // May 2017 to July 2019 is 26 months.
    assertThat(l.monthsSinceInauguration(Office.KOR_PRESIDENT, YearMonth.of(2019, 7))).hasValue(26);
    // Abe's second term began 26 Dec 2012; December 2015 is 36 months later.
    assertThat(l.monthsSinceInauguration(Office.JPN_PRIME_MINISTER, YearMonth.of(2015, 12))).hasValue(36);
    assertThat(l.monthsSinceInauguration(Office.KOR_PRESIDENT, YearMonth.of(1950, 1))).isEmpty();
  }

  @Test
  void elections_usPresidential_fallOnTuesdayAfterFirstMonday() {
    List<Election> us = k.leaders().elections(Country.USA);
    assertThat(us).hasSize(15);
    for (Election e : us) {
      LocalDate firstMonday = e.date().withMonth(11).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
      assertThat(e.date()).isEqualTo(firstMonday.plusDays(1));
      assertThat(e.date().getYear() % 4).isZero();
    }
  }

  @Test
  void elections_koreanPresidentialWinners_tookOfficeAfterwards() {
    for (Election e : k.leaders().elections(Country.KOR)) {
      if (e.kind().equals("presidential") && e.date().getYear() >= 1987) {
        Term next = k.leaders().terms(Office.KOR_PRESIDENT).stream()
            .filter(t -> t.start().isAfter(e.date())).findFirst().orElseThrow();
        assertThat(next.person()).isEqualTo(e.winner());
        assertThat(next.start()).isBefore(e.date().plusMonths(3));
      }
    }
  }

  @Test
  void chronicle_everySeed_isCited() {
    Set<String> cited = new HashSet<>();
    k.chronicle().entries().forEach(e -> {
      for (String s : List.of("000", "001", "002", "003", "004")) {
        if (e.source().contains("seed:" + s)) {
          cited.add(s);
        }
      }
    });
    assertThat(cited).containsExactlyInAnyOrder("000", "001", "002", "003", "004");
  }

  @Test
  void chronicle_briefEvents_presentWithDayPrecision() {
    for (String[] expected : List.of(
        new String[] {"basic-relations-treaty", "1965-06-22"},
        new String[] {"murayama-statement", "1995-08-15"},
        new String[] {"joint-declaration-1998", "1998-10-08"},
        new String[] {"comfort-women-agreement", "2015-12-28"},
        new String[] {"phnom-penh-statement", "2022-11-13"},
        new String[] {"tokyo-summit-2023", "2023-03-16"},
        new String[] {"camp-david-summit", "2023-08-18"},
        new String[] {"supreme-court-nippon-steel", "2018-10-30"},
        new String[] {"export-controls-2019", "2019-07-01"},
        new String[] {"gsomia-termination-notice", "2019-08-22"})) {
      ChronicleEntry e = k.chronicle().get(expected[0]).orElseThrow();
      assertThat(e.date().toString()).isEqualTo(expected[1]);
      assertThat(e.date().precision()).isEqualTo(DatePrecision.DAY);
    }
  }

  @Test
  void chronicle_nuclearTests_areSixUpTo2017() {
    assertThat(k.chronicle().ofKind("nuclear-test").entries()).hasSize(6)
        .allSatisfy(e -> assertThat(e.actors()).contains(Country.PRK));
  }

  @Test
  void chronicle_between_keepsOverlappingCoarseDates() {
    Chronicle july2019 = k.chronicle().between(LocalDate.of(2019, 7, 15), LocalDate.of(2019, 7, 31));
    // The boycott is known to its month (July 2019) and overlaps; the 1 July controls do not.
    assertThat(july2019.entries()).extracting(ChronicleEntry::id).contains("no-japan-boycott")
        .doesNotContain("export-controls-2019");
    assertThat(k.chronicle().between(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 1)).entries())
        .extracting(ChronicleEntry::id).contains("export-controls-2019", "no-japan-boycott");
  }

  @Test
  void chronicle_filters_composeAsStreamFilters() {
    Chronicle all = k.chronicle();
    long expected = all.entries().stream()
        .filter(e -> e.disputes().contains("gsomia") && e.actors().contains(Country.KOR)).count();
    assertThat(all.withDispute("gsomia").withActor(Country.KOR).size()).isEqualTo(expected).isGreaterThan(5);
    assertThat(all.entries()).isSortedAccordingTo(java.util.Comparator.comparing(ChronicleEntry::date));
  }

  @Test
  void figures_seedRatios_present() {
    assertThat(k.figures()).extracting(Figure::id).contains("gdp-ratio-kor-jpn-1995", "gdp-ratio-kor-jpn-2021",
        "approval-yoon-2023-03");
  }
}
