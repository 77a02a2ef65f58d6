package org.strait.ingest.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.strait.core.QuadClass;
import org.strait.ingest.quad.SharedData;

class CameoTableTest {
  private final CameoTable table = CameoTable.standard();

  /** The folders of the shared data whose {@code relation2id.txt} lists ICEWS labels. */
  private static final List<String> ID_FOLDERS = List.of("icews14", "icews05-15/tail", "icews18", "icews21",
      "icews22", "icews22-q4", "icews23");

  @Test
  void byLabel_everyLabelOfTheSharedIcewsFiles_maps() throws IOException {
    Set<String> labels = new TreeSet<>();
    for (String folder : ID_FOLDERS) {
      // split at LF: in the CRLF files the CR follows the id, after the last tab
      for (String line : Files.readString(SharedData.data(folder).resolve("relation2id.txt"), StandardCharsets.UTF_8)
          .split("\n")) {
        labels.add(line.substring(0, line.lastIndexOf('\t')));
      }
    }
    try (Stream<Path> files = Files.list(SharedData.data("icews05-15").resolve("sample"))) {
      for (Path file : files.filter(p -> p.getFileName().toString().startsWith("icews_")).toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          labels.add(line.split("\t", -1)[1]);
        }
      }
    }

    List<String> unmatched = labels.stream().filter(l -> table.byLabel(l).isEmpty()).toList();

    assertThat(labels).hasSizeGreaterThan(270);
    // the list of labels that match no CAMEO code: none
    assertThat(unmatched).isEmpty();
  }

  @Test
  void byLabel_icews18SpellingsWithoutHyphens_giveTheCodeOfTheHyphenatedLabel() {
    // icews18/SOURCE.md names these two; the codes are the codebook's (131 Threaten non-force, 183 bombing).
    assertThat(table.byLabel("Threaten non force").orElseThrow().code().code()).isEqualTo("131");
    assertThat(table.byLabel("Threaten non-force").orElseThrow().code().code()).isEqualTo("131");
    assertThat(table.byLabel("Conduct suicide, car, or other non military bombing").orElseThrow().code().code())
        .isEqualTo("183");
    assertThat(table.byLabel("Refuse to allow international involvement (non mediation)").orElseThrow().code()
        .code()).isEqualTo("1245");
  }

  @Test
  void byLabel_caseAndSpacing_areIgnored() {
    assertThat(table.byLabel("find guilty or liable (legally)").orElseThrow().code().code()).isEqualTo("116");
    assertThat(table.byLabel("  Criticize  or denounce ").orElseThrow().code().code()).isEqualTo("111");
    assertThat(table.byLabel("CONSULT").orElseThrow().code().code()).isEqualTo("040");
  }

  @Test
  void byLabel_icewsWording_givesTheCodebookCode() {
    assertThat(table.byLabel("Consult").orElseThrow().code().code()).isEqualTo("040");
    assertThat(table.byLabel("Express intent to meet or negotiate").orElseThrow().code().code()).isEqualTo("036");
    assertThat(table.byLabel("Criticize or denounce").orElseThrow().code().code()).isEqualTo("111");
    assertThat(table.byLabel("Make an appeal or request").orElseThrow().code().code()).isEqualTo("020");
    assertThat(table.byLabel("Demand meeting, negotiation").orElseThrow().code().code()).isEqualTo("106");
    assertThat(table.byLabel("Demand mediation").orElseThrow().code().code()).isEqualTo("108");
    assertThat(table.byLabel("fight with small arms and light weapons").orElseThrow().code().code())
        .isEqualTo("193");
  }

  @Test
  void byLabel_unknownOrDifferentlyWorded_isEmpty() {
    assertThat(table.byLabel("Frobnicate")).isEmpty();
    assertThat(table.byLabel("Consults")).isEmpty();
    assertThat(table.byLabel("Threaten nonforce")).isEmpty();
  }

  @Test
  void entry_codesOfThePublishedGoldsteinScale_haveTheirScores() {
    // Values typed by hand from the CAMEO-Goldstein scale (Goldstein 1992 as mapped to CAMEO).
    assertThat(table.entry("040").orElseThrow().goldstein()).isEqualTo(1.0);
    assertThat(table.entry("042").orElseThrow().goldstein()).isEqualTo(1.9);
    assertThat(table.entry("057").orElseThrow().goldstein()).isEqualTo(8.0);
    assertThat(table.entry("111").orElseThrow().goldstein()).isEqualTo(-2.0);
    assertThat(table.entry("138").orElseThrow().goldstein()).isEqualTo(-7.0);
    assertThat(table.entry("163").orElseThrow().goldstein()).isEqualTo(-8.0);
    assertThat(table.entry("190").orElseThrow().goldstein()).isEqualTo(-10.0);
    assertThat(table.entry("0874").orElseThrow().goldstein()).isEqualTo(10.0);
  }

  @Test
  void entry_quadClass_followsTheRoot() {
    assertThat(table.entry("036").orElseThrow().quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
    assertThat(table.entry("061").orElseThrow().quadClass()).isEqualTo(QuadClass.MATERIAL_COOPERATION);
    assertThat(table.entry("1123").orElseThrow().quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
    assertThat(table.entry("1712").orElseThrow().quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
  }

  @Test
  void entries_descriptions_arePlainTextWithoutMojibake() {
    assertThat(table.entries()).hasSizeGreaterThan(300);
    assertThat(table.entries()).allSatisfy(e -> assertThat(e.description()).matches("[A-Za-z0-9 ,()\"'/-]+"));
    assertThat(table.entry("044").orElseThrow().description()).isEqualTo("Meet at a \"third\" location");
  }

  @Test
  void entry_unknownCode_isEmpty() {
    assertThat(table.entry("099")).isEmpty();
    assertThat(table.entry("42")).isEmpty();
  }
}
