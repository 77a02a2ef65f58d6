package org.strait.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strait.core.Actor;
import org.strait.core.Country;
import org.strait.core.Require;
import org.strait.ingest.ActorResolver;
import org.strait.ingest.NameKey;

/**
 * Resolves ICEWS and GDELT actor names to countries: country names ("South Korea"), ISO3 codes ("KOR"), GDELT CAMEO
 * actor codes made of a listed country's code and CAMEO role codes ("KORGOV": country KOR, sector GOV; "SENIAT",
 * Venezuela's tax agency in ICEWS, is not one), sector actors written
 * "Sector (Country)" or "Sector (Organisation)" (the sector is the part before the parenthesis), and named people and
 * organisations, each valid in the period where its role ties it to a country.
 *
 * <p>Names match without regard to case, accents, repeated spaces or hyphens ("Kim Jong-Un" = "Kim Jong Un").
 * Immutable and thread-safe.
 */
public final class ActorDictionary implements ActorResolver {
  private static final Pattern SECTOR = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern CAMEO_ACTOR = Pattern.compile("([A-Z]{3})((?:[A-Z]{3})+)");
  /** CAMEO actor role and type codes (CAMEO codebook, actor chapter) accepted after a country code. */
  private static final java.util.Set<String> CAMEO_ROLES = java.util.Set.of("COP", "GOV", "INS", "JUD", "MIL",
      "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH",
      "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "REL", "IGO", "NGO", "NGM", "MNC", "SET", "UNO", "PKO",
      "IMG", "INT", "AMN", "IRC", "GRP", "UIS");

  private final List<ActorEntry> entries;
  private final Map<String, List<ActorEntry>> byKey = new HashMap<>();
  private final Map<String, Country> codes = new HashMap<>();

  /** Creates a dictionary of the entries. */
  public ActorDictionary(List<ActorEntry> entries) {
    this.entries = List.copyOf(Require.nonNull(entries, "entries"));
    for (ActorEntry e : this.entries) {
      java.util.Set<String> keys = new java.util.LinkedHashSet<>();
      keys.add(key(e.name()));
      e.aliases().forEach(a -> keys.add(key(a)));
      keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
      if (e.kind().equals("country")) {
        codes.put(e.country().code(), e.country());
      }
    }
  }

  /** Returns the dictionary shipped with strait (the standard knowledge base's actors). */
  public static ActorDictionary standard() {
    return Knowledge.standard().actors();
  }

  /** Returns every entry. */
  public List<ActorEntry> entries() {
    return entries;
  }

  /** Returns the entry the name (without sector parentheses) resolves to on the day, if any. */
  public Optional<ActorEntry> lookup(String name, LocalDate date) {
    List<ActorEntry> found = byKey.get(key(name));
    if (found == null) {
      return Optional.empty();
    }
    return found.stream().filter(e -> e.validOn(date)).findFirst();
  }

  @Override
  public Optional<Actor> resolve(String name, LocalDate date) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Require.nonNull(date, "date");
    Optional<ActorEntry> direct = lookup(name, date);
    if (direct.isPresent()) {
      ActorEntry e = direct.get();
      return Optional.of(e.kind().equals("country") ? Actor.country(name, e.country())
          : new Actor(name, e.country(), e.sector()));
    }
    Matcher m = SECTOR.matcher(name);
    if (m.matches() && !m.group(1).isBlank()) {
      Optional<ActorEntry> inner = lookup(m.group(2), date);
      if (inner.isPresent()) {
        return Optional.of(new Actor(name, inner.get().country(), m.group(1).trim()));
      }
    }
    String code = name.trim();
    if (ISO3.matcher(code).matches() && codes.containsKey(code)) {
      return Optional.of(Actor.country(name, codes.get(code)));
    }
    Matcher cameo = CAMEO_ACTOR.matcher(code);
    if (cameo.matches() && codes.containsKey(cameo.group(1)) && cameoRoles(cameo.group(2))) {
      return Optional.of(new Actor(name, codes.get(cameo.group(1)), cameo.group(2)));
    }
    return Optional.empty();
  }

  private static boolean cameoRoles(String suffix) {
    for (int i = 0; i < suffix.length(); i += 3) {
      if (!CAMEO_ROLES.contains(suffix.substring(i, i + 3))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the matching key of a name: accents stripped, lower case, hyphens as spaces, spaces collapsed. */
  static String key(String name) {
    return NameKey.of(name);
  }
}
