package org.strait.app.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseYamlReaderTest {

  @Test
  void read_bundledWartimeLabourCase_hasItsActorsAndObservedOutcome() {
    BargainCase c = CaseYamlReader.read(SharedData.bundledCase("wartime-labour.yaml"));
    assertThat(c.dispute().id()).isEqualTo("wartime-labour");
    assertThat(c.dispute().size()).isEqualTo(11);
    assertThat(c.lowEnds()).containsExactly("Japanese firms pay and apologise");
    assertThat(c.highEnds()).containsExactly("a Korean fund pays alone");
    assertThat(c.observed()).isEqualTo(90.0);
    assertThat(c.dispute().stakeholders().get(0).name()).isEqualTo("KOR-GOV");
    assertThat(c.dispute().stakeholders().get(0).positions()).containsExactly(80.0);
  }

  @Test
  void read_bundledFukushimaCase_loads() {
    BargainCase c = DisputeReaders.read(SharedData.bundledCase("fukushima-water.yaml"));
    assertThat(c.dispute().id()).isEqualTo("fukushima-water");
    assertThat(c.observed()).isEqualTo(95.0);
  }

  @Test
  void read_badCase_reportsEveryProblemByField(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, String.join("\n",
        "id: bad case",
        "title: t",
        "dimensions:",
        "  - {name: x, low: a, high: b}",
        "stakeholders:",
        "  - {name: A, capability: 0, positions: [50], saliences: [50], why: w}",
        "  - {name: B, capability: 1, positions: [150], saliences: [50], why: w, colour: red}",
        "  - {name: C, capability: 1, positions: [50, 1], saliences: [50]}",
        ""));
    assertThatThrownBy(() -> CaseYamlReader.read(f))
        .isInstanceOfSatisfying(BargainInputException.class, e -> assertThat(e.problems()).containsExactly(
            "bad.yaml: field id: use letters, digits and dashes, was 'bad case'",
            "bad.yaml: field judgement: required, non-empty text",
            "bad.yaml: field stakeholders[0].capability: must be positive, was 0.0",
            "bad.yaml: field stakeholders[1].colour: unknown key (allowed: capability, description, name, "
                + "positions, saliences, why)",
            "bad.yaml: field stakeholders[1].positions[0]: must be a number in [0, 100], was 150",
            "bad.yaml: field stakeholders[2].why: required, non-empty text",
            "bad.yaml: field stakeholders[2].positions: needs one value per dimension (1), has 2"));
  }

  @Test
  void read_yamlSyntaxError_namesTheLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("broken.yaml");
    Files.writeString(f, "id: x\ntitle: [unclosed\n");
    assertThatThrownBy(() -> CaseYamlReader.read(f)).isInstanceOf(BargainInputException.class)
        .hasMessageContaining("broken.yaml:").hasMessageContaining("not valid YAML");
  }

  @Test
  void read_unknownExtension_isAUsageError(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("case.txt");
    Files.writeString(f, "x");
    assertThatThrownBy(() -> DisputeReaders.read(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown dispute format");
  }
}
