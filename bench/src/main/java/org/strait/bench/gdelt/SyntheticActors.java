package org.strait.bench.gdelt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The actor vocabulary of the generator: CAMEO country codes (ISO 3166 alpha-3 as GDELT writes them) with the
 * FIPS 10-4 codes GDELT's geography fields use, and weights that give the six followed countries and the United
 * States roughly the share of actor mentions they have in GDELT, among many other countries; and CAMEO actor type
 * codes with the names GDELT gives such actors. The weights are round figures chosen for a realistic mix, not
 * measurements. The countries are a table beside this class ({@code synthetic-countries.csv}).
 */
final class SyntheticActors {
  /** The country table, one row per country: code, FIPS geo code, name as GDELT writes it, weight. */
  private static final String COUNTRY_FILE = "synthetic-countries.csv";

  private static final String HEADER = "code,fips,name,weight";

  private static final List<Country> COUNTRIES = readCountries();

  /** CAMEO actor type code and the name GDELT writes for an actor of that type without a named person. */
  private static final String[][] TYPES = {
      {"GOV", "GOVERNMENT"}, {"GOV", "PRESIDENT"}, {"GOV", "PRIME MINISTER"}, {"MIL", "MILITARY"},
      {"COP", "POLICE"}, {"BUS", "COMPANY"}, {"MED", "MEDIA"}, {"CVL", "CITIZEN"}, {"OPP", "OPPOSITION"},
      {"JUD", "COURT"}, {"LEG", "PARLIAMENT"}, {"EDU", "STUDENT"}, {"REB", "REBEL"}, {"CRM", "CRIMINAL"},
      {"LAB", "WORKER"}, {"HLH", "DOCTOR"}, {"ELI", "OFFICIAL"}, {"SPY", "INTELLIGENCE"},
  };

  /**
   * A country of the vocabulary.
   *
   * @param code CAMEO country code (ISO 3166 alpha-3)
   * @param fips FIPS 10-4 code of GDELT's geography fields
   * @param name the name as GDELT writes it
   * @param weight per mille of actors that have a country
   */
  private record Country(String code, String fips, String name, int weight) {}

  private final int[] cumulative = new int[COUNTRIES.size()];
  private final int total;

  SyntheticActors() {
    int sum = 0;
    for (int i = 0; i < COUNTRIES.size(); i++) {
      sum += COUNTRIES.get(i).weight();
      cumulative[i] = sum;
    }
    total = sum;
  }

  /** Returns the index of a country drawn by weight. */
  int country(SplittableRandom random) {
    int x = random.nextInt(total);
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  static String code(int country) {
    return COUNTRIES.get(country).code();
  }

  static String fips(int country) {
    return COUNTRIES.get(country).fips();
  }

  static String name(int country) {
    return COUNTRIES.get(country).name();
  }

  /** Returns a type index drawn uniformly. */
  static int type(SplittableRandom random) {
    return random.nextInt(TYPES.length);
  }

  static String typeCode(int type) {
    return TYPES[type][0];
  }

  static String typeName(int type) {
    return TYPES[type][1];
  }

  /** Reads the country table beside this class; an error naming the line and the reason when a row is malformed. */
  private static List<Country> readCountries() {
    List<String> lines;
    try (InputStream in = SyntheticActors.class.getResourceAsStream(COUNTRY_FILE)) {
      if (in == null) {
        throw new IllegalStateException(COUNTRY_FILE + " is missing beside " + SyntheticActors.class.getName());
      }
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + COUNTRY_FILE, e);
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalStateException(COUNTRY_FILE + " line 1: want the header " + HEADER);
    }
    List<Country> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      String where = COUNTRY_FILE + " line " + (i + 1);
      if (f.length != 4 || !f[0].matches("[A-Z]{3}") || !f[1].matches("[A-Z]{2}") || f[2].isBlank()
          || !f[3].matches("[1-9][0-9]*")) {
        throw new IllegalStateException(where + ": want code (3 letters),fips (2 letters),name,weight (above 0),"
            + " was '" + lines.get(i) + "'");
      }
      out.add(new Country(f[0], f[1], f[2], Integer.parseInt(f[3])));
    }
    return List.copyOf(out);
  }
}
