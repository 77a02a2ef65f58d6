package org.strait.ingest.icews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.strait.core.Country;

class CountryNamesTest {
  @Test
  void lookup_icewsCountryNames_giveIso3() {
    assertThat(CountryNames.lookup("Japan")).isEqualTo(Country.JPN);
    assertThat(CountryNames.lookup("South Korea")).isEqualTo(Country.KOR);
    assertThat(CountryNames.lookup("North Korea")).isEqualTo(Country.PRK);
    assertThat(CountryNames.lookup("China")).isEqualTo(Country.CHN);
    assertThat(CountryNames.lookup("United States")).isEqualTo(Country.USA);
    assertThat(CountryNames.lookup("Russian Federation")).isEqualTo(Country.RUS);
    assertThat(CountryNames.lookup("russia")).isEqualTo(Country.RUS);
    assertThat(CountryNames.lookup("Taiwan")).isEqualTo(new Country("TWN"));
    assertThat(CountryNames.lookup("France")).isEqualTo(new Country("FRA"));
    assertThat(CountryNames.lookup("Occupied Palestinian Territory")).isEqualTo(new Country("PSE"));
  }

  @Test
  void lookup_unknownName_isNull() {
    assertThat(CountryNames.lookup("Atlantis")).isNull();
    assertThat(CountryNames.lookup("")).isNull();
  }
}
