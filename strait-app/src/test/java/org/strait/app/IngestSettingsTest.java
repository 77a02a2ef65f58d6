package org.strait.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strait.core.Country;

/** The ingest's settings as the command line and the demo build them. */
class IngestSettingsTest {
  @Test
  void origins_perSourceLabel_orForAll_theLastOfALabelCounting() {
    assertThat(IngestSettings.origins(List.of("1995-01-01", "icews14=2014-01-01", "icews14=2014-02-01"), "--origin"))
        .containsExactly(java.util.Map.entry("", LocalDate.of(1995, 1, 1)),
            java.util.Map.entry("icews14", LocalDate.of(2014, 2, 1)));
  }

  @Test
  void origins_notADate_isAUsageErrorNamingOptionAndValue() {
    assertThatThrownBy(() -> IngestSettings.origins(List.of("icews14=2014-13-01"), "--origin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--origin: '2014-13-01' is not a date YYYY-MM-DD");
  }

  @Test
  void stepHours_positiveWholeNumbersOnly() {
    assertThat(IngestSettings.stepHours(List.of("24", "a=b=1"), "--step-hours")).containsEntry("", 24)
        .containsEntry("a=b", 1);
    assertThatThrownBy(() -> IngestSettings.stepHours(List.of("x=0"), "--step-hours"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--step-hours: hours must be positive, was 0");
    assertThatThrownBy(() -> IngestSettings.stepHours(List.of("1.5"), "--step-hours"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--step-hours: '1.5' is not a whole number of hours");
  }

  @Test
  void shared_takesTheSharedFoldersOptionsAndTheDefaultCountries() {
    IngestSettings s = IngestSettings.shared(Path.of("store.duckdb"), Path.of("data"));
    assertThat(s.paths()).containsExactly(Path.of("data"));
    assertThat(s.format()).isNull();
    assertThat(s.source()).isNull();
    assertThat(s.replace()).isFalse();
    assertThat(s.countries()).extracting(Country::code).containsExactlyInAnyOrder("JPN", "KOR", "USA", "CHN", "PRK",
        "RUS");
    // the SOURCE.md files: icews14 counts hours from 2014-01-01, icews21 days from 2021-01-01
    assertThat(s.origins()).containsEntry("icews14", LocalDate.of(2014, 1, 1))
        .containsEntry("icews21", LocalDate.of(2021, 1, 1));
    assertThat(s.stepHours()).containsEntry("icews14", 1).containsEntry("icews21", 24);
  }
}
