package org.strait.ingest.quad;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IsoDatesProperties {
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> nearDates = Arbitraries.strings().withChars("0123456789-").ofLength(10);
    Arbitrary<String> realDates = Arbitraries.integers().between(-1000, 800_000)
        .map(d -> LocalDate.of(1, 1, 1).plusDays(d).toString());
    return Arbitraries.oneOf(nearDates, realDates, Arbitraries.strings().ofMaxLength(12),
        Arbitraries.of("2014-02-29", "2016-02-29", "1900-02-29", "2000-02-29", "2014-04-31", "2014-00-10"));
  }

  @Property(tries = 2000)
  void parse_anyText_agreesWithLocalDateParse(@ForAll("texts") String text) {
    LocalDate expected;
    try {
      expected = text.length() == 10 ? LocalDate.parse(text) : null;
    } catch (DateTimeParseException e) {
      expected = null;
    }
    assertThat(IsoDates.parse(text)).isEqualTo(expected);
  }
}
