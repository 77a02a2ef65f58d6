package org.strait.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.strait.core.Actor;
import org.strait.core.Country;

class CountryEntitiesTest {
  final CountryEntities entities = new CountryEntities();
  final LocalDate day = LocalDate.of(2014, 1, 1);

  @Test
  void resolve_countryName_anyCase_isTheEntity() {
    assertThat(entities.resolve("South Korea", day)).contains(Actor.country("South Korea", Country.KOR));
    assertThat(entities.resolve("SOUTH KOREA", day)).contains(Actor.country("SOUTH KOREA", Country.KOR));
  }

  @Test
  void resolve_sectorActor_givesCountryAndSector() {
    assertThat(entities.resolve("Government (Japan)", day))
        .contains(new Actor("Government (Japan)", Country.JPN, "Government"));
    assertThat(entities.resolve("Cabinet / Council of Ministers / Advisors (United States)", day)).get()
        .extracting(Actor::country, Actor::sector)
        .containsExactly(Country.USA, "Cabinet / Council of Ministers / Advisors");
  }

  @Test
  void resolve_unknownOrOtherCountry_isEmpty() {
    assertThat(entities.resolve("Police (Australia)", day)).isEmpty();
    assertThat(entities.resolve("Benjamin Netanyahu", day)).isEmpty();
    assertThat(entities.resolve("Korea", day)).isEmpty();
  }
}
