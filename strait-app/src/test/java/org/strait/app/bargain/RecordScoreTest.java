package org.strait.app.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordScoreTest {

  @Test
  void score_recordSet_oneRowPerCaseWithItsObservedOutcomeAndBaseline() {
    RecordScore score = RecordScore.score(SharedData.bundledCase("record"), 20, 1, 1);
    assertThat(score.rows()).extracting(RecordScore.Row::id).containsExactly("comfort-women-2015",
        "export-controls-2019", "fukushima-2023-seoul", "gsomia-2019-notice", "gsomia-2019-suspension", "sado-2024");
    RecordScore.Row sado = score.rows().get(5);
    assertThat(sado.observed()).isEqualTo(65);
    // capability x salience weights 60*50, 55*45, 30*60, 50*30 on positions 80, 45, 10, 55
    assertThat(sado.baseline()).isCloseTo((3000 * 80 + 2475 * 45 + 1800 * 10 + 1500 * 55) / 8775.0, within(1e-9));
    for (RecordScore.Row r : score.rows()) {
      assertThat(r.smp().low()).isLessThanOrEqualTo(r.smp().high());
      assertThat(r.eu().low()).isLessThanOrEqualTo(r.eu().high());
    }
    assertThat(score.markdown()).contains("| sado-2024 | 65 | 51.5 (13.5) |").contains("mean absolute error");
    assertThat(score.verdict()).startsWith("Against the weighted-mean baseline (mean absolute error 28.1)");
  }

  @Test
  void score_caseWithoutObservedOutcome_namesTheFile(@TempDir Path dir) throws Exception {
    String text = Files.readString(SharedData.bundledCase("record/sado-2024.yaml"));
    Files.writeString(dir.resolve("sado.yaml"), text.substring(0, text.indexOf("observed:")));
    assertThatThrownBy(() -> RecordScore.score(dir, 5, 1, 1)).hasMessageContaining("sado.yaml")
        .hasMessageContaining("observed outcome");
  }
}
