package org.strait.app.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strait.bargain.Dispute;
import org.strait.bargain.Stakeholder;

class KtabCsvReaderTest {

  @ParameterizedTest
  @CsvSource({"SOE-Policy.csv,26,1", "SOE-Competitive.csv,34,1", "SOE-Pol-Comp.csv,13,2", "dummyData_3Dim.csv,7,3",
      "dummyData_6Dim.csv,27,6", "dummyData-a040.csv,40,1"})
  void read_everyShippedExample_hasTheSizeItDeclares(String file, int actors, int dims) {
    Dispute d = KtabCsvReader.read(SharedData.ktab(file));
    assertThat(d.size()).isEqualTo(actors);
    assertThat(d.dimensionCount()).isEqualTo(dims);
  }

  @Test
  void read_socPolComp_valuesAsInTheFile() {
    Dispute d = KtabCsvReader.read(SharedData.ktab("SOE-Pol-Comp.csv"));
    // line 3 of the file: XJ,Xi Jinping, 100.0,30,24.0,20,48.0,
    Stakeholder xj = d.stakeholders().get(0);
    assertThat(xj.name()).isEqualTo("XJ");
    assertThat(xj.description()).isEqualTo("Xi Jinping");
    assertThat(xj.capability()).isEqualTo(100.0);
    assertThat(xj.positions()).containsExactly(30.0, 20.0);
    assertThat(xj.saliences()).containsExactly(24.0, 48.0);
    assertThat(d.dimensions()).containsExactly("Policy Position", "Competitive Position");
    assertThat(d.id()).isEqualTo("SOE-Pol-Comp");
  }

  @Test
  void read_quotedFieldsAndTrailingCommas_areParsed() {
    assertThat(KtabCsvReader.fields("DummyData_3Dim ,\"Dummy, scenario\",7,3,"))
        .containsExactly("DummyData_3Dim", "Dummy, scenario", "7", "3");
  }

  @Test
  void read_badFile_reportsEveryProblemWithItsLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, String.join("\n",
        "Bad,scenario,3,1,",
        "Actor,Description,Influence,X Position,X Salience,",
        "A,first,-3,50,50,",
        "B,second,10,120,50,",
        "A,dup,10,abc,50,",
        "C,fourth,10,50,150,"));
    assertThatThrownBy(() -> KtabCsvReader.read(f))
        .isInstanceOfSatisfying(BargainInputException.class, e -> assertThat(e.problems()).containsExactly(
            "bad.csv:3: field 3 (influence): must be positive, was -3",
            "bad.csv:4: field 4 (position 1): must lie in [0, 100], was 120.0",
            "bad.csv:5: field 1 (actor): name 'A' appears twice",
            "bad.csv:5: field 4 (position 1): not a number: 'abc'",
            "bad.csv:6: field 5 (salience 1): must lie in [0, 100], was 150.0",
            "bad.csv:6: saliences sum to 150.00, more than 100",
            "bad.csv:1: says 3 actors but the file has 4 actor lines"));
  }

  @Test
  void read_badCounts_areReported(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("counts.csv");
    Files.writeString(f, "S,d,two,1\nActor,Description,Influence,X Position,X Salience\nA,a,1,1,1\n");
    assertThatThrownBy(() -> KtabCsvReader.read(f)).isInstanceOf(BargainInputException.class)
        .hasMessageContaining("counts.csv:1: number of actors must be a whole number, was 'two'");
    assertThat(List.of(f)).isNotEmpty();
  }
}
