package org.strait.knowledge;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.strait.core.Country;
import org.strait.core.Dyad;

/**
 * The country codes a user may name: the ISO 3166 alpha-3 codes of the knowledge base's countries (its
 * {@code actors.csv}), which are the only countries an ingest can resolve actors to. A code outside them is an
 * error that names the followed countries and where the others are listed, never a silent empty answer.
 */
public final class CountryCodes {
  private CountryCodes() {}

  /**
   * The knowledge base's codes, loaded on first use: the followed countries are known without it, so that a command
   * naming only them (an ingest with the default {@code --countries}) does not load the knowledge base to check them.
   */
  private static final class Loaded {
    static final Set<String> CODES = codes();
  }

  private static Set<String> codes() {
    Set<String> out = new TreeSet<>();
    for (ActorEntry e : ActorDictionary.standard().entries()) {
      if (e.kind().equals("country")) {
        out.add(e.country().code());
      }
    }
    return Set.copyOf(out);
  }

  /** Tells whether {@code country} is one the knowledge base knows. */
  public static boolean known(Country country) {
    return Country.DEFAULT_SET.contains(country) || Loaded.CODES.contains(country.code());
  }

  /**
   * Parses a country code such as {@code jpn}.
   *
   * @param what the option it comes from, which starts the message (e.g. {@code --countries}), or null
   * @throws IllegalArgumentException when the code is malformed or unknown, naming the valid codes
   */
  public static Country parse(String code, String what) {
    Country c;
    try {
      c = Country.of(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(prefix(what) + e.getMessage() + "; " + valid(), e);
    }
    if (!known(c)) {
      throw new IllegalArgumentException(prefix(what) + "unknown country code '" + c + "'; " + valid());
    }
    return c;
  }

  /** Parses every code of a list, as {@link #parse} does. */
  public static List<Country> parseAll(List<String> codes, String what) {
    return codes.stream().map(code -> parse(code, what)).toList();
  }

  /**
   * Parses a pair {@code JPN-KOR} whose two codes the knowledge base knows.
   *
   * @throws IllegalArgumentException when it is malformed, names an unknown code or the same country twice
   */
  public static Dyad dyad(String text, String what) {
    Dyad d;
    try {
      d = Dyad.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(prefix(what) + e.getMessage(), e);
    }
    for (Country c : List.of(d.source(), d.target())) {
      if (!known(c)) {
        throw new IllegalArgumentException(prefix(what) + "unknown country code '" + c + "' in " + text.trim() + "; "
            + valid());
      }
    }
    return d;
  }

  private static String prefix(String what) {
    return what == null ? "" : what + ": ";
  }

  /** Returns the sentence that names the valid codes. */
  public static String valid() {
    return "the followed countries are " + String.join(", ", Country.DEFAULT_SET.stream().map(Country::code)
        .toList()) + ", and any of the knowledge base's " + Loaded.CODES.size()
        + " ISO 3166 alpha-3 country codes (actors.csv, kind country) is accepted";
  }
}
