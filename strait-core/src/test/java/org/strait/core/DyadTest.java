package org.strait.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DyadTest {
  @Test
  void parse_lowerCase_givesUpperCaseCountries() {
    assertThat(Dyad.parse("jpn-kor")).isEqualTo(new Dyad(Country.JPN, Country.KOR));
  }

  @Test
  void parse_sameCountryTwice_namesTheValue() {
    assertThatThrownBy(() -> Dyad.parse("JPN-JPN")).hasMessageContaining("JPN-JPN");
  }

  @Test
  void parse_noDash_explainsTheForm() {
    assertThatThrownBy(() -> Dyad.parse("JPNKOR")).hasMessageContaining("JPN-KOR").hasMessageContaining("JPNKOR");
  }

  @Test
  void undirected_eitherOrder_givesTheSamePair() {
    assertThat(Dyad.parse("KOR-JPN").undirected()).isEqualTo(Dyad.parse("JPN-KOR").undirected());
    assertThat(Dyad.parse("KOR-JPN").undirected().toString()).isEqualTo("JPN-KOR");
  }

  @Test
  void joins_bothDirections_true_otherPair_false() {
    Dyad d = Dyad.parse("JPN-KOR");
    assertThat(d.joins(Country.KOR, Country.JPN)).isTrue();
    assertThat(d.joins(Country.JPN, Country.KOR)).isTrue();
    assertThat(d.joins(Country.JPN, Country.CHN)).isFalse();
  }
}
