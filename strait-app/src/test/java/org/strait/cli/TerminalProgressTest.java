package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  @Test
  void report_notATerminal_oneLinePerNewStepAndNoBar() {
    assertThat(System.console()).as("the tests run without a terminal").isNull();
    StringWriter text = new StringWriter();
    try (TerminalProgress p = TerminalProgress.start("simulate baseline", new PrintWriter(text))) {
      p.report(0, 100, "running 100 runs");
      p.report(40, 100, "running 100 runs");
      p.report(99, 100, "running 100 runs");
      p.report(100, 100, "done");
    }
    assertThat(text.toString()).isEqualTo("strait simulate baseline: running 100 runs" + System.lineSeparator());
  }
}
