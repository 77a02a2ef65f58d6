package org.strait.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.strait.core.Country;
import org.strait.core.Require;

/**
 * One name of the actor dictionary: a country, an organisation or a person, the country it belongs to, and the
 * period in which the name resolves to that country where a role matters.
 *
 * @param name the name as ICEWS or GDELT write it
 * @param country the country the name resolves to
 * @param kind {@code country}, {@code organisation} or {@code person}
 * @param sector the sector a person or organisation acts in (e.g. {@code Government}), or null for a country
 * @param validFrom the first day the name resolves, or null for always
 * @param validTo the last day the name resolves, or null for always
 * @param aliases other spellings of the same name
 * @param source where the attribution comes from
 */
public record ActorEntry(String name, Country country, String kind, String sector, LocalDate validFrom,
    LocalDate validTo, List<String> aliases, String source) {
  /** Checks every field. */
  public ActorEntry {
    Require.argument(name != null && !name.isBlank(), "actor name must not be blank");
    Require.nonNull(country, "country");
    Require.argument(kind != null && kind.matches("country|organisation|person"),
        "kind must be country, organisation or person, was '%s'", kind);
    Require.argument(kind.equals("country") == (sector == null || sector.isBlank()),
        "a %s %s a sector", kind, kind.equals("country") ? "has no" : "needs");
    Require.argument(validFrom == null || validTo == null || !validTo.isBefore(validFrom),
        "validity of %s ends (%s) before it starts (%s)", name, validTo, validFrom);
    aliases = List.copyOf(Require.nonNull(aliases, "aliases"));
    Require.argument(source != null && !source.isBlank(), "source must not be blank");
  }

  /** Tells whether the name resolves on the day. */
  public boolean validOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
  }
}
