package org.strait.core;

/**
 * An ordered pair of countries: events whose first actor belongs to {@code source} and whose second actor belongs
 * to {@code target}. Written {@code JPN-KOR}; an undirected view puts the two in alphabetical order.
 *
 * @param source the country of the acting side
 * @param target the country acted upon
 */
public record Dyad(Country source, Country target) {
  /** Checks that both sides are given and differ. */
  public Dyad {
    Require.nonNull(source, "dyad source");
    Require.nonNull(target, "dyad target");
    Require.argument(!source.equals(target), "a dyad needs two different countries, was %s-%s", source, target);
  }

  /** Parses {@code "JPN-KOR"}. */
  public static Dyad parse(String text) {
    Require.nonNull(text, "dyad");
    String[] parts = text.trim().split("-", -1);
    Require.argument(parts.length == 2, "a dyad is written like JPN-KOR, was '%s'", text);
    return new Dyad(Country.of(parts[0]), Country.of(parts[1]));
  }

  /** Returns the same pair the other way round. */
  public Dyad reversed() {
    return new Dyad(target, source);
  }

  /** Returns the pair with its two countries in alphabetical order, the key of an undirected series. */
  public Dyad undirected() {
    return source.compareTo(target) <= 0 ? this : reversed();
  }

  /** Tells whether an event from {@code a} to {@code b} belongs to this pair in either direction. */
  public boolean joins(Country a, Country b) {
    return (source.equals(a) && target.equals(b)) || (source.equals(b) && target.equals(a));
  }

  @Override
  public String toString() {
    return source + "-" + target;
  }
}
