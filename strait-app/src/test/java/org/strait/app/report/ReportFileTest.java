package org.strait.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.strait.app.bargain.DisputeReaders;

/** The report's file use case: the shipped bargaining case taken out of the class path for the report. */
class ReportFileTest {
  @Test
  void shippedCase_isTheWartimeLabourCaseAsShipped_andIsDeletedOnClose() throws Exception {
    Path file;
    try (ReportFile.ShippedCase shipped = ReportFile.ShippedCase.copy()) {
      file = shipped.file();
      assertThat(Files.readString(file))
          .isEqualTo(Files.readString(Path.of("src/main/resources/cases/wartime-labour.yaml")));
      assertThat(DisputeReaders.read(file).dispute().size()).isGreaterThan(1);
    }
    assertThat(file).doesNotExist();
  }
}
