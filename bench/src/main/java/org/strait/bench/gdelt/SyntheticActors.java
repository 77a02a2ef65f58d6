package org.strait.bench.gdelt;

import java.util.SplittableRandom;

/**
 * The actor vocabulary of the generator: CAMEO country codes (ISO 3166 alpha-3 as GDELT writes them) with the
 * FIPS 10-4 codes GDELT's geography fields use, and weights that give the six followed countries and the United
 * States roughly the share of actor mentions they have in GDELT, among many other countries; and CAMEO actor type
 * codes with the names GDELT gives such actors. The weights are round figures chosen for a realistic mix, not
 * measurements.
 */
final class SyntheticActors {
  /** Country code, FIPS geo code, name as GDELT writes it, weight (per mille of actors that have a country). */
  private static final Object[][] COUNTRIES = {
      {"USA", "US", "UNITED STATES", 200}, {"CHN", "CH", "CHINA", 50}, {"RUS", "RS", "RUSSIA", 45},
      {"JPN", "JA", "JAPAN", 20}, {"KOR", "KS", "SOUTH KOREA", 14}, {"PRK", "KN", "NORTH KOREA", 8},
      {"GBR", "UK", "UNITED KINGDOM", 45}, {"IND", "IN", "INDIA", 40}, {"ISR", "IS", "ISRAEL", 30},
      {"IRN", "IR", "IRAN", 28}, {"SYR", "SY", "SYRIA", 25}, {"PAK", "PK", "PAKISTAN", 22}, {"FRA", "FR", "FRANCE", 22},
      {"DEU", "GM", "GERMANY", 20}, {"AUS", "AS", "AUSTRALIA", 20}, {"TUR", "TU", "TURKEY", 20},
      {"AFG", "AF", "AFGHANISTAN", 18}, {"IRQ", "IZ", "IRAQ", 18}, {"UKR", "UP", "UKRAINE", 18},
      {"CAN", "CA", "CANADA", 18}, {"NGA", "NI", "NIGERIA", 16}, {"EGY", "EG", "EGYPT", 15},
      {"SAU", "SA", "SAUDI ARABIA", 15}, {"PHL", "RP", "PHILIPPINES", 14}, {"MEX", "MX", "MEXICO", 12},
      {"ZAF", "SF", "SOUTH AFRICA", 12}, {"BRA", "BR", "BRAZIL", 10}, {"ITA", "IT", "ITALY", 10},
      {"ESP", "SP", "SPAIN", 9}, {"KEN", "KE", "KENYA", 9}, {"LBY", "LY", "LIBYA", 8}, {"YEM", "YM", "YEMEN", 8},
      {"LBN", "LE", "LEBANON", 7}, {"IDN", "ID", "INDONESIA", 7}, {"VNM", "VM", "VIETNAM", 6},
      {"THA", "TH", "THAILAND", 6}, {"MYS", "MY", "MALAYSIA", 6}, {"BGD", "BG", "BANGLADESH", 5},
      {"VEN", "VE", "VENEZUELA", 5}, {"GRC", "GR", "GREECE", 5}, {"POL", "PL", "POLAND", 5},
      {"SOM", "SO", "SOMALIA", 5}, {"SDN", "SU", "SUDAN", 5}, {"ETH", "ET", "ETHIOPIA", 4},
      {"QAT", "QA", "QATAR", 4}, {"ARE", "AE", "UNITED ARAB EMIRATES", 4}, {"JOR", "JO", "JORDAN", 4},
      {"TWN", "TW", "TAIWAN", 4}, {"MMR", "BM", "MYANMAR", 4}, {"NZL", "NZ", "NEW ZEALAND", 4},
      {"IRL", "EI", "IRELAND", 4}, {"SWE", "SW", "SWEDEN", 3}, {"NLD", "NL", "NETHERLANDS", 3},
      {"BEL", "BE", "BELGIUM", 3}, {"CHE", "SZ", "SWITZERLAND", 3}, {"ARG", "AR", "ARGENTINA", 3},
      {"COL", "CO", "COLOMBIA", 3}, {"CUB", "CU", "CUBA", 3}, {"ZWE", "ZI", "ZIMBABWE", 3},
      {"UGA", "UG", "UGANDA", 3}, {"MNG", "MG", "MONGOLIA", 2}, {"SGP", "SN", "SINGAPORE", 2},
      {"NPL", "NP", "NEPAL", 2}, {"LKA", "CE", "SRI LANKA", 2}, {"KAZ", "KZ", "KAZAKHSTAN", 2},
      {"GEO", "GG", "GEORGIA", 2}, {"ARM", "AM", "ARMENIA", 2}, {"AZE", "AJ", "AZERBAIJAN", 2},
      {"HUN", "HU", "HUNGARY", 2}, {"CZE", "EZ", "CZECH REPUBLIC", 2}, {"PRT", "PO", "PORTUGAL", 2},
      {"NOR", "NO", "NORWAY", 2}, {"FIN", "FI", "FINLAND", 2}, {"DNK", "DA", "DENMARK", 2},
      {"AUT", "AU", "AUSTRIA", 2}, {"CHL", "CI", "CHILE", 2}, {"PER", "PE", "PERU", 2},
      {"GHA", "GH", "GHANA", 2}, {"TZA", "TZ", "TANZANIA", 2}, {"MAR", "MO", "MOROCCO", 2},
      {"TUN", "TS", "TUNISIA", 2}, {"DZA", "AG", "ALGERIA", 2}, {"KWT", "KU", "KUWAIT", 2},
      {"OMN", "MU", "OMAN", 1}, {"BHR", "BA", "BAHRAIN", 1}, {"CYP", "CY", "CYPRUS", 1},
      {"SRB", "RI", "SERBIA", 1}, {"HRV", "HR", "CROATIA", 1}, {"BLR", "BO", "BELARUS", 1},
      {"CMR", "CM", "CAMEROON", 1}, {"MLI", "ML", "MALI", 1}, {"HTI", "HA", "HAITI", 1},
      {"KHM", "CB", "CAMBODIA", 1}, {"LAO", "LA", "LAOS", 1}, {"BTN", "BT", "BHUTAN", 1},
  };

  /** CAMEO actor type code and the name GDELT writes for an actor of that type without a named person. */
  private static final String[][] TYPES = {
      {"GOV", "GOVERNMENT"}, {"GOV", "PRESIDENT"}, {"GOV", "PRIME MINISTER"}, {"MIL", "MILITARY"},
      {"COP", "POLICE"}, {"BUS", "COMPANY"}, {"MED", "MEDIA"}, {"CVL", "CITIZEN"}, {"OPP", "OPPOSITION"},
      {"JUD", "COURT"}, {"LEG", "PARLIAMENT"}, {"EDU", "STUDENT"}, {"REB", "REBEL"}, {"CRM", "CRIMINAL"},
      {"LAB", "WORKER"}, {"HLH", "DOCTOR"}, {"ELI", "OFFICIAL"}, {"SPY", "INTELLIGENCE"},
  };

  private final int[] cumulative = new int[COUNTRIES.length];
  private final int total;

  SyntheticActors() {
    int sum = 0;
    for (int i = 0; i < COUNTRIES.length; i++) {
      sum += (Integer) COUNTRIES[i][3];
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
    return (String) COUNTRIES[country][0];
  }

  static String fips(int country) {
    return (String) COUNTRIES[country][1];
  }

  static String name(int country) {
    return (String) COUNTRIES[country][2];
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
}
