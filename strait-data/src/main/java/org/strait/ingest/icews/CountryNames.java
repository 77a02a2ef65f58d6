package org.strait.ingest.icews;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.strait.core.Country;

/**
 * Country names as ICEWS writes them in its Source Country, Target Country and Country columns, mapped to ISO 3166
 * alpha-3 codes: the English short names the JDK knows for every ISO country ("Japan", "South Korea", "Russia"),
 * plus the ISO or ICEWS spellings that differ from them ("Russian Federation", "Korea, Republic of").
 */
final class CountryNames {
  private static final Map<String, Country> BY_NAME = load();

  private CountryNames() {}

  /** Returns the country of an English name, matched without regard to case, or null. */
  static Country lookup(String name) {
    return BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
  }

  private static Map<String, Country> load() {
    Map<String, Country> names = new HashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      Locale locale = new Locale("", iso2);
      try {
        names.put(locale.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT),
            new Country(locale.getISO3Country()));
      } catch (MissingResourceException e) {
        // A country without an alpha-3 code in this JDK is simply not named here.
      }
    }
    String[][] aliases = {
        {"Russian Federation", "RUS"}, {"Korea, Republic of", "KOR"}, {"Republic of Korea", "KOR"},
        {"Korea, Democratic People's Republic of", "PRK"}, {"Democratic People's Republic of Korea", "PRK"},
        {"People's Republic of China", "CHN"}, {"United States of America", "USA"}, {"USA", "USA"},
        {"Taiwan, Province of China", "TWN"}, {"Iran, Islamic Republic of", "IRN"}, {"Syrian Arab Republic", "SYR"},
        {"Viet Nam", "VNM"}, {"Lao People's Democratic Republic", "LAO"}, {"Burma", "MMR"},
        {"United Kingdom of Great Britain and Northern Ireland", "GBR"},
        {"Occupied Palestinian Territory", "PSE"}, {"Palestinian Territory, Occupied", "PSE"},
        {"Moldova, Republic of", "MDA"}, {"Tanzania, United Republic of", "TZA"},
        {"Venezuela, Bolivarian Republic of", "VEN"}, {"Bolivia, Plurinational State of", "BOL"},
        {"Congo, The Democratic Republic of the", "COD"}, {"Democratic Republic of Congo", "COD"},
        {"Macedonia", "MKD"}, {"Czech Republic", "CZE"}, {"Swaziland", "SWZ"}, {"Cape Verde", "CPV"},
        {"Ivory Coast", "CIV"}, {"Cote d'Ivoire", "CIV"}, {"East Timor", "TLS"}};
    for (String[] alias : aliases) {
      names.put(alias[0].toLowerCase(Locale.ROOT), new Country(alias[1]));
    }
    return Map.copyOf(names);
  }
}
