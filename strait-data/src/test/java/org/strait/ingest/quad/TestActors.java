package org.strait.ingest.quad;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strait.core.Actor;
import org.strait.core.Country;
import org.strait.ingest.ActorResolver;

/**
 * A small actor resolver for tests: the six country entities as ICEWS names them and the sector actors
 * {@code "Sector (Country)"} of those countries; nobody else.
 */
public final class TestActors implements ActorResolver {
  private static final Map<String, Country> COUNTRIES = Map.of("Japan", Country.JPN, "South Korea", Country.KOR,
      "North Korea", Country.PRK, "China", Country.CHN, "United States", Country.USA, "Russia", Country.RUS);
  private static final Pattern SECTOR = Pattern.compile("(.+) \\((.+)\\)");

  @Override
  public Optional<Actor> resolve(String name, LocalDate date) {
    Country country = COUNTRIES.get(name);
    if (country != null) {
      return Optional.of(Actor.country(name, country));
    }
    Matcher m = SECTOR.matcher(name);
    if (m.matches() && COUNTRIES.containsKey(m.group(2))) {
      return Optional.of(new Actor(name, COUNTRIES.get(m.group(2)), m.group(1)));
    }
    return Optional.empty();
  }
}
