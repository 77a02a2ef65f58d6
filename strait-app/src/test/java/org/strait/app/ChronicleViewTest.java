package org.strait.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strait.core.Country;
import org.strait.knowledge.Chronicle;
import org.strait.knowledge.ChronicleEntry;
import org.strait.knowledge.Knowledge;

/** The chronicle's selection and its text and CSV forms, on the shipped knowledge base. */
class ChronicleViewTest {
  private static final Knowledge K = Knowledge.standard();

  @Test
  void select_periodDisputeAndActor_keepOnlyWhatMatchesAll() {
    Chronicle summer = ChronicleView.select(K, LocalDate.of(2019, 7, 1), LocalDate.of(2019, 8, 31), null, null);
    assertThat(summer.entries()).extracting(ChronicleEntry::id).contains("export-controls-2019");
    Chronicle gsomia = ChronicleView.select(K, null, null, "gsomia", Country.of("KOR"));
    assertThat(gsomia.entries()).isNotEmpty().allMatch(e -> e.disputes().contains("gsomia")
        && e.actors().contains(Country.of("KOR")));
    assertThat(gsomia.entries()).extracting(ChronicleEntry::id).contains("gsomia-signed")
        .doesNotContain("export-controls-2019");
  }

  @Test
  void unknownDispute_namesItAndTheKnownOnes_knownIsEmpty() {
    assertThat(ChronicleView.unknownDispute(K, "gsomia")).isEmpty();
    assertThat(ChronicleView.unknownDispute(K, "nope")).hasValueSatisfying(m -> assertThat(m)
        .startsWith("unknown dispute 'nope'; known: ").contains("gsomia", "export-controls"));
  }

  @Test
  void textAndCsv_ofTheJointDeclarationOf1998() {
    Chronicle day = ChronicleView.select(K, LocalDate.of(1998, 10, 8), LocalDate.of(1998, 10, 8), null, null);
    ChronicleEntry e = day.entries().stream().filter(x -> x.id().equals("joint-declaration-1998")).findFirst()
        .orElseThrow();
    assertThat(ChronicleView.text(e)).startsWith("1998-10-08  joint-declaration-1998  ").contains("  +1  (");
    List<Object> row = ChronicleView.csvRows(new Chronicle(List.of(e))).get(0);
    assertThat(row).hasSize(ChronicleView.CSV_HEADER.size());
    assertThat(row.subList(0, 3)).containsExactly("1998-10-08", "day", "joint-declaration-1998");
    assertThat(row.subList(5, 9)).containsExactly("declaration", "057", "", "+1");
    assertThat(row.get(10)).isEqualTo("high");
  }
}
