package org.strait.ingest;

import java.time.LocalDate;
import java.util.Set;
import org.strait.core.Country;
import org.strait.core.Require;

/**
 * What a reader needs besides the file: the source label, the country filter, the actor resolver and, for id-form
 * quadruples, the time origin and step that those files do not state.
 *
 * @param source the label stored with every event of the file (e.g. {@code "icews14"}, {@code "gdelt2"})
 * @param countries the countries kept: an event is kept when both its actors resolve to one of them
 * @param actors resolves actor names that carry no country code
 * @param origin the date of time step 0 in id-form quadruple files, or null when not given
 * @param stepHours hours per unit of the time column in id-form quadruple files (e.g. 24), or 0 when not given
 */
public record ReadOptions(
    String source, Set<Country> countries, ActorResolver actors, LocalDate origin, int stepHours) {
  /** Checks and copies. */
  public ReadOptions {
    Require.argument(source != null && !source.isBlank(), "source label must not be blank");
    countries = Set.copyOf(countries);
    Require.argument(!countries.isEmpty(), "the country filter must name at least one country");
    Require.nonNull(actors, "actor resolver");
    Require.argument(stepHours >= 0, "step hours must not be negative, was %s", stepHours);
  }

  /** Tells whether an event between these two countries is kept; null (unresolved) never is. */
  public boolean keeps(Country a, Country b) {
    return a != null && b != null && countries.contains(a) && countries.contains(b);
  }
}
