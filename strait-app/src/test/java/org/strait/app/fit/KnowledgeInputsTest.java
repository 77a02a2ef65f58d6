package org.strait.app.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strait.knowledge.Knowledge;
import org.strait.model.Driver;
import org.strait.model.Issue;
import org.strait.model.Shock;
import org.strait.model.ShockKind;

class KnowledgeInputsTest {
  private static final Knowledge K = Knowledge.standard();

  /**
   * chronicle.csv, 2006: survey-standoff-2006 (2006-04, dokdo-takeshima, -1), roh-dokdo-address (04-25,
   * dokdo-takeshima, -1), missiles-2006 (07-05), koizumi-yasukuni-2006 (08-15, yasukuni, -1), nuclear-test-2006
   * (10-09); abe-seoul-2006 (10-09, +1) is a summit touching no dispute, so no shock.
   */
  @Test
  void shocks_2006_areTheChroniclesTestsAndTheIsletAndShrineFlares() {
    List<String> notes = new ArrayList<>();
    List<Shock> shocks = KnowledgeInputs.shocks(K, YearMonth.of(2006, 1), YearMonth.of(2006, 12), notes);
    assertThat(shocks).extracting(Shock::month, Shock::kind, Shock::issue).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2006, 4), ShockKind.ISSUE_FLARE, Issue.DOKDO_TAKESHIMA),
        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2006, 4), ShockKind.ISSUE_FLARE, Issue.DOKDO_TAKESHIMA),
        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2006, 7), ShockKind.MISSILE_TEST, null),
        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2006, 8), ShockKind.ISSUE_FLARE, Issue.TEXTBOOKS_SHRINE),
        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2006, 10), ShockKind.NUCLEAR_TEST, null));
    assertThat(notes).singleElement().asString().contains("5 dated shocks");
  }

  /** leaders.csv: Roh Moo-hyun (progressive) from 2003-02-25, Lee Myung-bak (conservative) from 2008-02-25. */
  @Test
  void leaders_seoulDrivers_followTheTermsTable() {
    Map<Driver, double[]> d = KnowledgeInputs.leaders(K, YearMonth.of(2007, 6), 13);
    assertThat(d.get(Driver.SEOUL_ORIENTATION)[0]).isEqualTo(-1);
    assertThat(d.get(Driver.MONTHS_SINCE_SEOUL_INAUGURATION)[0]).isEqualTo(52);
    assertThat(d.get(Driver.SEOUL_ORIENTATION)[12]).isEqualTo(1);
    assertThat(d.get(Driver.MONTHS_SINCE_SEOUL_INAUGURATION)[12]).isEqualTo(4);
  }
}
