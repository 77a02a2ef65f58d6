package org.strait.core;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A country, named by its ISO 3166 alpha-3 code as GDELT writes it (JPN, KOR, PRK, CHN, USA, RUS).
 *
 * @param code three upper-case letters
 */
public record Country(String code) implements Comparable<Country> {
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  /** Japan. */
  public static final Country JPN = new Country("JPN");
  /** The Republic of Korea (South Korea). */
  public static final Country KOR = new Country("KOR");
  /** The United States. */
  public static final Country USA = new Country("USA");
  /** The People's Republic of China. */
  public static final Country CHN = new Country("CHN");
  /** The Democratic People's Republic of Korea (North Korea). */
  public static final Country PRK = new Country("PRK");
  /** Russia. */
  public static final Country RUS = new Country("RUS");

  /** The six countries strait follows by default, in the order of the design documents. */
  public static final List<Country> DEFAULT_SET = List.of(JPN, KOR, USA, CHN, PRK, RUS);

  /** Checks the code. */
  public Country {
    Require.argument(code != null && ISO3.matcher(code).matches(),
        "country code must be three upper-case letters (ISO 3166 alpha-3), was '%s'", code);
  }

  /** Parses a code such as {@code "jpn"} or {@code "JPN"}. */
  public static Country of(String code) {
    Require.nonNull(code, "country code");
    return new Country(code.trim().toUpperCase(java.util.Locale.ROOT));
  }

  @Override
  public int compareTo(Country other) {
    return Comparator.comparing(Country::code).compare(this, other);
  }

  @Override
  public String toString() {
    return code;
  }
}
