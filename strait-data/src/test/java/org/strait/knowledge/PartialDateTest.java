package org.strait.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void parse_threeForms_giveTheirPrecisionAndSpan() {
    PartialDate day = PartialDate.parse("1998-10-08");
    assertThat(day.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(day.end()).isEqualTo(LocalDate.of(1998, 10, 8));
    PartialDate month = PartialDate.parse("2024-02");
    assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(month.start()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(month.end()).isEqualTo(LocalDate.of(2024, 2, 29));
    PartialDate year = PartialDate.parse("1954");
    assertThat(year.end()).isEqualTo(LocalDate.of(1954, 12, 31));
    assertThat(year.toString()).isEqualTo("1954");
    assertThat(month.toString()).isEqualTo("2024-02");
  }

  @Test
  void parse_impossibleOrMalformed_rejectedWithTheText() {
    assertThatThrownBy(() -> PartialDate.parse("2019-02-29")).hasMessageContaining("'2019-02-29' does not exist");
    assertThatThrownBy(() -> PartialDate.parse("2019-13")).hasMessageContaining("'2019-13' does not exist");
    assertThatThrownBy(() -> PartialDate.parse("8 Oct 1998")).hasMessageContaining("is not YYYY");
  }

  @Test
  void overlaps_coarseDate_overlapsAnyDayItCovers() {
    PartialDate month = PartialDate.parse("2019-07");
    assertThat(month.overlaps(LocalDate.of(2019, 7, 31), LocalDate.of(2019, 8, 5))).isTrue();
    assertThat(month.overlaps(LocalDate.of(2019, 8, 1), LocalDate.of(2019, 8, 5))).isFalse();
    assertThat(month.overlaps(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30))).isFalse();
  }

  @Test
  void compareTo_sameStart_finerPrecisionFirst() {
    assertThat(PartialDate.parse("2019-07-01")).isLessThan(PartialDate.parse("2019-07"));
    assertThat(PartialDate.parse("2019-07")).isLessThan(PartialDate.parse("2019-07-02"));
  }
}
