package org.strait.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strait.core.Country;

/**
 * Actors of the 2018–2023 ICEWS files as those files spell them: role actors of the Korean presidency resolve to
 * South Korea, and the people and bodies of the six countries most often left unresolved next to one of them (found
 * by listing the unresolved counterparts of the six in icews18 .. icews23) resolve to their country.
 */
class RecentActorsTest {
  private final ActorDictionary dictionary = ActorDictionary.standard();

  private static Set<String> names() throws IOException {
    Set<String> names = new HashSet<>();
    for (String folder : List.of("icews18", "icews21", "icews22", "icews22-q4", "icews23")) {
      String text = Files.readString(SharedData.data().resolve(folder).resolve("entity2id.txt"),
          StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        names.add(line.substring(0, line.lastIndexOf('\t')));
      }
    }
    return names;
  }

  @Test
  void roleActorsAndPeopleOfTheSix_inTheRecentFiles_resolveToTheirCountry() throws IOException {
    Set<String> names = names();
    Map<String, String> expected = Map.ofEntries(
        // the files write the Korean president as "Head of Government (South Korea)" ("President (South Korea)",
        // which icews22/SOURCE.md also names, is in none of them)
        Map.entry("Head of Government (South Korea)", "KOR"), Map.entry("Presidential Aide (South Korea)", "KOR"),
        Map.entry("Tony Blinken", "USA"), Map.entry("Han Ducksoo", "KOR"), Map.entry("Sung Kim", "USA"),
        Map.entry("Janet Louise Yellen", "USA"), Map.entry("John R. Bolton", "USA"), Map.entry("Lee Nak-yeon", "KOR"),
        Map.entry("Song Young Moo", "KOR"), Map.entry("Kim Dong Yeon", "KOR"), Map.entry("Shun'ichi Suzuki", "JPN"),
        Map.entry("Seoul Central District Court", "KOR"), Map.entry("Yonhap News Agency", "KOR"),
        Map.entry("Korean Central News Agency", "PRK"), Map.entry("Wei Fenghe", "CHN"),
        Map.entry("Wang Qishan", "CHN"), Map.entry("Hua Chunying", "CHN"), Map.entry("Mikhail Mishustin", "RUS"),
        Map.entry("Sergei Ryabkov", "RUS"), Map.entry("Igor Morgulov", "RUS"));
    LocalDate day = LocalDate.of(2022, 6, 1);
    expected.forEach((name, iso) -> {
      assertThat(names).as("the recent files name %s", name).contains(name);
      assertThat(dictionary.resolve(name, day)).as(name)
          .hasValueSatisfying(a -> assertThat(a.country()).isEqualTo(new Country(iso)));
    });
  }
}
