package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UsageTest {
  @Test
  void oneOf_namesTheOptionTheChoicesAndTheValueAsGiven() {
    assertThatCode(() -> Usage.oneOf("--format", "json", "JSON", "csv", "json")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Usage.oneOf("--format", "xml", "XML", "md", "html", "json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--format must be md, html or json, was 'XML'");
    assertThatThrownBy(() -> Usage.oneOf("--format", "md", "md", "csv", "json"))
        .hasMessage("--format must be csv or json, was 'md'");
  }
}
