package org.strait.core;

/**
 * One side of an event: the name the source gives, and the country and sector it resolves to where known.
 *
 * @param name the source's own name or code for the actor, never blank
 * @param country the country the actor belongs to, or null when it does not resolve
 * @param sector the sector where the source gives one (e.g. {@code "Government"}, {@code "GOV"}), or null
 */
public record Actor(String name, Country country, String sector) {
  /** Checks that the name is given. */
  public Actor {
    Require.argument(name != null && !name.isBlank(), "actor name must not be blank");
  }

  /** Returns an actor that is a country entity itself, such as ICEWS "Japan". */
  public static Actor country(String name, Country country) {
    return new Actor(name, Require.nonNull(country, "country"), null);
  }

  /** Tells whether the actor resolved to a country. */
  public boolean resolved() {
    return country != null;
  }
}
