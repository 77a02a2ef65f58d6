package org.strait.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameoCodeTest {
  @ParameterizedTest
  @CsvSource({"010,1,VERBAL_COOPERATION", "057,5,VERBAL_COOPERATION", "0231,2,VERBAL_COOPERATION",
      "061,6,MATERIAL_COOPERATION", "090,9,MATERIAL_COOPERATION", "111,11,VERBAL_CONFLICT",
      "141,14,VERBAL_CONFLICT", "150,15,MATERIAL_CONFLICT", "2042,20,MATERIAL_CONFLICT"})
  void root_and_quadClass_followTheCode(String code, int root, QuadClass quad) {
    CameoCode c = new CameoCode(code);
    assertThat(c.root()).isEqualTo(root);
    assertThat(c.quadClass()).isEqualTo(quad);
  }

  @ParameterizedTest
  @CsvSource({"1", "21", "00", "abc", "12345", "'0 1'"})
  void constructor_malformed_namesTheValue(String code) {
    assertThatThrownBy(() -> new CameoCode(code)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(code);
  }

  @Test
  void quadClass_numbers_roundTrip() {
    for (QuadClass q : QuadClass.values()) {
      assertThat(QuadClass.ofNumber(q.number())).isEqualTo(q);
    }
    assertThatThrownBy(() -> QuadClass.ofNumber(5)).hasMessageContaining("5");
  }
}
