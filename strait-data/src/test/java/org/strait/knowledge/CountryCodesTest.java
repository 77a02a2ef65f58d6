package org.strait.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strait.core.Country;

/** Checks the codes a user may name against the shipped knowledge base's countries. */
class CountryCodesTest {
  private final Set<String> countries = Knowledge.standard().actors().entries().stream()
      .filter(e -> e.kind().equals("country")).map(e -> e.country().code()).collect(Collectors.toSet());

  @Test
  void known_followedCountries_areCountriesOfTheKnowledgeBase() {
    // CountryCodes knows the followed countries without loading the knowledge base: this holds only if they are its
    for (Country c : Country.DEFAULT_SET) {
      assertThat(countries).as("knowledge base's country codes").contains(c.code());
      assertThat(CountryCodes.known(c)).isTrue();
    }
  }

  @Test
  void parseAll_codeOutsideTheKnowledgeBase_isRefusedNamingTheOption() {
    assertThat(countries).doesNotContain("ZZZ");
    assertThatThrownBy(() -> CountryCodes.parseAll(List.of("jpn", "zzz"), "--countries"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--countries: unknown country code 'ZZZ'");
  }

  @Test
  void parse_anotherCountryOfTheKnowledgeBase_isKnown() {
    String other = countries.stream().filter(c -> !Country.DEFAULT_SET.contains(new Country(c))).sorted()
        .findFirst().orElseThrow();
    assertThat(CountryCodes.parse(other.toLowerCase(java.util.Locale.ROOT), null)).isEqualTo(new Country(other));
  }
}
