package org.strait.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strait.core.Actor;
import org.strait.core.Country;

/** Resolution rules of the actor dictionary, on hand-made entries and on the shipped one. */
class ActorDictionaryTest {
  private static final LocalDate DAY = LocalDate.of(2014, 6, 1);

  private final ActorDictionary small = new ActorDictionary(List.of(
      new ActorEntry("Japan", Country.JPN, "country", null, null, null, List.of(), "test"),
      new ActorEntry("South Korea", Country.KOR, "country", null, null, null, List.of("ROK"), "test"),
      new ActorEntry("Grand National Party", Country.KOR, "organisation", "Party", null, null, List.of(), "test"),
      new ActorEntry("Ban Ki-moon", Country.KOR, "person", "Government", null, LocalDate.of(2006, 12, 31),
          List.of(), "test")));

  @Test
  void resolve_countryName_givesCountryActorWithoutSector() {
    assertThat(small.resolve("Japan", DAY)).contains(Actor.country("Japan", Country.JPN));
    assertThat(small.resolve("ROK", DAY).orElseThrow().country()).isEqualTo(Country.KOR);
  }

  @Test
  void resolve_sectorActor_takesSectorBeforeParenthesis() {
    Actor a = small.resolve("Government (South Korea)", DAY).orElseThrow();
    assertThat(a.country()).isEqualTo(Country.KOR);
    assertThat(a.sector()).isEqualTo("Government");
    assertThat(a.name()).isEqualTo("Government (South Korea)");
    assertThat(small.resolve("Member of Legislative (Grand National Party)", DAY).orElseThrow().country())
        .isEqualTo(Country.KOR);
  }

  @Test
  void resolve_unknownOrBlank_isEmpty() {
    assertThat(small.resolve("Citizen (Atlantis)", DAY)).isEmpty();
    assertThat(small.resolve("Someone Unknown", DAY)).isEmpty();
    assertThat(small.resolve(" ", DAY)).isEmpty();
    assertThat(small.resolve("(Japan)", DAY)).isEmpty();
  }

  @Test
  void resolve_personOutsideRole_isEmpty() {
    assertThat(small.resolve("Ban Ki-moon", LocalDate.of(2006, 12, 31))).isPresent();
    assertThat(small.resolve("Ban Ki-moon", LocalDate.of(2007, 1, 1))).isEmpty();
  }

  @Test
  void resolve_spellingVariants_matchIgnoringCaseHyphensAccentsAndSpaces() {
    assertThat(small.resolve("ban ki moon", LocalDate.of(2005, 1, 1))).isPresent();
    assertThat(small.resolve("  Ban   KI-Moon ", LocalDate.of(2005, 1, 1))).isPresent();
    assertThat(ActorDictionary.key("Kōichirō Genba")).isEqualTo("koichiro genba");
  }

  @Test
  void resolve_isoCodeOfKnownCountry_resolves() {
    assertThat(small.resolve("JPN", DAY)).contains(Actor.country("JPN", Country.JPN));
    assertThat(small.resolve("XYZ", DAY)).isEmpty();
  }

  @Test
  void resolve_gdeltCameoActorCode_splitsCountryAndRole() {
    Actor gov = small.resolve("JPNGOV", DAY).orElseThrow();
    assertThat(gov.country()).isEqualTo(Country.JPN);
    assertThat(gov.sector()).isEqualTo("GOV");
    assertThat(small.resolve("JPNMILSPY", DAY).orElseThrow().sector()).isEqualTo("MILSPY");
    // ICEWS names Venezuela's tax agency SENIAT: SEN is Senegal's code but IAT is no CAMEO role.
    ActorDictionary withSenegal = new ActorDictionary(List.of(
        new ActorEntry("Senegal", new Country("SEN"), "country", null, null, null, List.of(), "test")));
    assertThat(withSenegal.resolve("SENIAT", DAY)).isEmpty();
    assertThat(withSenegal.resolve("SENGOV", DAY)).isPresent();
    // IGO codes and codes of unlisted countries do not resolve; a 4-letter suffix is not a CAMEO role code.
    assertThat(small.resolve("IGOUNO", DAY)).isEmpty();
    assertThat(small.resolve("CHNGOV", DAY)).isEmpty();
    assertThat(small.resolve("JPNGOVT", DAY)).isEmpty();
  }

  @Test
  void standard_roleDatedPeople_resolveOnlyInRole() {
    ActorDictionary d = ActorDictionary.standard();
    // Kang Kyung-wha acted for the UN in 2014 and was Korea's foreign minister from 2017.
    assertThat(d.resolve("Kyung-wha Kang", DAY)).isEmpty();
    assertThat(d.resolve("Kyung-wha Kang", LocalDate.of(2019, 8, 22)).orElseThrow().country())
        .isEqualTo(Country.KOR);
    assertThat(d.resolve("Ban Ki-moon", LocalDate.of(2010, 1, 1))).isEmpty();
  }

  @Test
  void standard_japaneseNamesInEitherOrder_resolve() {
    ActorDictionary d = ActorDictionary.standard();
    assertThat(d.resolve("Okada Katsuya", DAY).orElseThrow().country()).isEqualTo(Country.JPN);
    assertThat(d.resolve("Abe Shinzo", DAY).orElseThrow().country()).isEqualTo(Country.JPN);
    assertThat(d.resolve("Shinzo Abe", DAY).orElseThrow().sector()).isEqualTo("Government");
  }

  @Test
  void standard_taiwanAndHongKong_stayApartFromChina() {
    ActorDictionary d = ActorDictionary.standard();
    assertThat(d.resolve("Ma Ying Jeou", DAY).orElseThrow().country()).isEqualTo(new Country("TWN"));
    assertThat(d.resolve("Police (Hong Kong)", DAY).orElseThrow().country()).isEqualTo(new Country("HKG"));
    assertThat(d.resolve("Government (Kuomintang)", DAY).orElseThrow().country()).isEqualTo(new Country("TWN"));
  }
}
