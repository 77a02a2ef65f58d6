package org.strait.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strait.core.Actor;
import org.strait.core.Country;

/**
 * The names by which event sources write the six followed countries as actors in their own right ("Japan",
 * "SOUTH KOREA"), and the resolver of those names and of sector actors written {@code Sector (Country)}.
 *
 * <p>A country entity is an actor whose name is one of its country's names and that has no sector; it is what
 * {@code strait events --strict} counts. Named people and other countries are resolved by the knowledge base's
 * actor dictionary, which is asked first.
 */
public final class CountryEntities implements ActorResolver {
  private static final Map<Country, List<String>> NAMES = Map.of(
      Country.JPN, List.of("Japan"),
      Country.KOR, List.of("South Korea", "Republic of Korea", "Korea, Republic of"),
      Country.USA, List.of("United States", "United States of America"),
      Country.CHN, List.of("China", "People's Republic of China"),
      Country.PRK, List.of("North Korea", "Democratic People's Republic of Korea", "Korea, North"),
      Country.RUS, List.of("Russia", "Russian Federation"));

  private final Map<String, Country> byName = new HashMap<>();

  /** Creates the resolver of the six countries' entity names. */
  public CountryEntities() {
    NAMES.forEach((country, names) -> names.forEach(n -> byName.put(key(n), country)));
  }

  /** Returns the names of a country as an entity, or an empty list when strait does not follow it. */
  public static List<String> names(Country country) {
    return NAMES.getOrDefault(country, List.of());
  }

  /** Returns the upper-case entity names of a country, as a query compares them. */
  public static Set<String> upperNames(Country country) {
    return Set.copyOf(names(country).stream().map(CountryEntities::key).toList());
  }

  @Override
  public Optional<Actor> resolve(String name, LocalDate date) {
    String trimmed = name.trim();
    Country country = byName.get(key(trimmed));
    if (country != null) {
      return Optional.of(Actor.country(trimmed, country));
    }
    int open = trimmed.lastIndexOf(" (");
    if (open > 0 && trimmed.endsWith(")")) {
      Country of = byName.get(key(trimmed.substring(open + 2, trimmed.length() - 1)));
      if (of != null) {
        return Optional.of(new Actor(trimmed, of, trimmed.substring(0, open)));
      }
    }
    return Optional.empty();
  }

  private static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }
}
