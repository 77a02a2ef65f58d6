package org.strait.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.index.Direction;

/** Checks the shipped reference list of major turns and the loader's errors. */
class ReferenceTurnsTest {
  private static final String HEADER = "month,direction,kind,why,source,event_date,covered";

  @TempDir
  Path dir;

  /** The months of event data in ../shared/data, as its README states them (2022-10 from the 11th, 2023-04 to the 10th). */
  private static boolean sharedDataHolds(YearMonth m) {
    return within(m, "2005-01", "2014-12") || within(m, "2018-01", "2018-10") || within(m, "2021-01", "2022-08")
        || within(m, "2022-10", "2023-04");
  }

  private static boolean within(YearMonth m, String from, String to) {
    return !m.isBefore(YearMonth.parse(from)) && !m.isAfter(YearMonth.parse(to));
  }

  @Test
  void standard_coveredFlags_agreeWithTheSharedDataSpans() {
    List<ReferenceTurn> all = ReferenceTurns.standard().all();
    assertThat(all).isNotEmpty();
    for (ReferenceTurn t : all) {
      assertThat(t.covered()).as("covered flag of %s", t.month()).isEqualTo(sharedDataHolds(t.month()));
    }
    // About twenty turns fall in covered months: enough for a recall of 0.8 to mean something.
    assertThat(ReferenceTurns.standard().covered()).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void standard_spansTheYears2005To2023_inBothDirectionsAndBothKinds() {
    List<ReferenceTurn> all = ReferenceTurns.standard().all();
    assertThat(all.get(0).month().getYear()).isEqualTo(2005);
    assertThat(all.get(all.size() - 1).month().getYear()).isEqualTo(2023);
    assertThat(all).extracting(ReferenceTurn::direction).contains(Direction.UP, Direction.DOWN);
    assertThat(all).extracting(ReferenceTurn::kind).contains(ReferenceTurn.Kind.LEVEL, ReferenceTurn.Kind.SHOCK);
  }

  @Test
  void standard_landmarkTurns_haveTheirPublicDates() {
    ReferenceTurns turns = ReferenceTurns.standard();
    ReferenceTurn dokdo = turns.between(YearMonth.of(2012, 8), YearMonth.of(2012, 8)).get(0);
    assertThat(dokdo.direction()).isEqualTo(Direction.DOWN);
    assertThat(dokdo.kind()).isEqualTo(ReferenceTurn.Kind.LEVEL);
    assertThat(dokdo.eventDate().start()).isEqualTo(LocalDate.of(2012, 8, 10));
    assertThat(dokdo.covered()).isTrue();
    ReferenceTurn agreement = turns.between(YearMonth.of(2015, 12), YearMonth.of(2015, 12)).get(0);
    assertThat(agreement.direction()).isEqualTo(Direction.UP);
    assertThat(agreement.eventDate().start()).isEqualTo(LocalDate.of(2015, 12, 28));
    assertThat(agreement.covered()).isFalse();
    ReferenceTurn tokyo = turns.between(YearMonth.of(2023, 3), YearMonth.of(2023, 3)).get(0);
    assertThat(tokyo.direction()).isEqualTo(Direction.UP);
    assertThat(tokyo.source()).contains("seed:001");
  }

  @Test
  void standard_everyTurn_hasAnEventInTheChronicleWithinTheMonth() {
    // The list and the chronicle tell the same story: each turn's month (or the one before) holds a Japan-Korea
    // entry of the chronicle, dated to a day or month, that moved the relationship the same way.
    Chronicle chronicle = Knowledge.standard().chronicle();
    for (ReferenceTurn t : ReferenceTurns.standard().all()) {
      int sign = t.direction() == Direction.UP ? 1 : -1;
      assertThat(chronicle.between(t.month().minusMonths(1).atDay(1), t.month().atEndOfMonth()).entries())
          .as("chronicle entries for the turn of %s", t.month())
          .anySatisfy(e -> {
            assertThat(e.involves(org.strait.core.Country.JPN) && e.involves(org.strait.core.Country.KOR)).isTrue();
            assertThat(e.date().precision()).isNotEqualTo(DatePrecision.YEAR);
            assertThat(e.direction()).isEqualTo(sign);
          });
    }
  }

  @Test
  void load_badRows_reportEveryProblemWithLineAndField() throws IOException {
    Path file = dir.resolve("turns.csv");
    Files.writeString(file, String.join("\n",
        "# comment",
        HEADER,
        "2012-08,down,level,Dokdo landing,Lee visit of 10 Aug 2012,2012-08-10,yes",
        "2012-13,sideways,level,bad month and direction,somewhere,2012-08-10,yes",
        "2012-08,down,lasting,duplicate month and bad kind,somewhere,2012-08-10,maybe",
        "2013-04,down,shock,year-only event,somewhere,2013,yes",
        "2014-03,up,shock,event far from its month,somewhere,2013-12-26,yes",
        "2011-01,up,shock,out of order,seed:009,2011-01,yes",
        "2015-06,up,shock,no source,,2015-06-22,no") + "\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ReferenceTurns.load(file))
        .isInstanceOfSatisfying(KnowledgeException.class, e -> assertThat(e.violations())
            .extracting(Violation::toString)
            .anySatisfy(v -> assertThat(v).contains(":4:", "'month'", "2012-13"))
            .anySatisfy(v -> assertThat(v).contains(":4:", "'direction'", "sideways"))
            .anySatisfy(v -> assertThat(v).contains(":5:", "listed twice"))
            .anySatisfy(v -> assertThat(v).contains(":5:", "'kind'", "lasting"))
            .anySatisfy(v -> assertThat(v).contains(":5:", "'covered'", "maybe"))
            .anySatisfy(v -> assertThat(v).contains(":6:", "only to its year"))
            .anySatisfy(v -> assertThat(v).contains(":7:", "neither in the turn's month"))
            .anySatisfy(v -> assertThat(v).contains(":8:", "month order"))
            .anySatisfy(v -> assertThat(v).contains(":8:", "seed:009"))
            .anySatisfy(v -> assertThat(v).contains(":9:", "'source' is missing"))
            .noneSatisfy(v -> assertThat(v).contains(":3:")));
  }

  @Test
  void load_goodFile_readsTheTurnInOrder() throws IOException {
    Path file = dir.resolve("turns.csv");
    Files.writeString(file, HEADER + "\n"
        + "2012-08,down,level,\"Dokdo landing, ambassador recalled\",Lee visit of 10 Aug 2012,2012-08-10,yes\n"
        + "2012-09,down,shock,late-month event shown the month after,Some statement,2012-08-30,no\n");
    List<ReferenceTurn> turns = ReferenceTurns.load(file).all();
    assertThat(turns).hasSize(2);
    assertThat(turns.get(0).why()).isEqualTo("Dokdo landing, ambassador recalled");
    assertThat(turns.get(1).kind()).isEqualTo(ReferenceTurn.Kind.SHOCK);
    assertThat(turns.get(1).covered()).isFalse();
  }
}
