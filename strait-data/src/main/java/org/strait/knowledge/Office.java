package org.strait.knowledge;

import org.strait.core.Country;

/** An office whose holders the knowledge base lists, with the country it belongs to and its id in the files. */
public enum Office {
  /** President of the Republic of Korea. */
  KOR_PRESIDENT("KOR-president", Country.KOR),
  /** Prime Minister of Japan. */
  JPN_PRIME_MINISTER("JPN-prime-minister", Country.JPN),
  /** President of the United States. */
  USA_PRESIDENT("USA-president", Country.USA),
  /** Leader of the Chinese Communist Party (Chairman to 1982, General Secretary since). */
  CHN_PARTY_LEADER("CHN-party-leader", Country.CHN),
  /** Supreme leader of North Korea (succession dated by the predecessor's death). */
  PRK_LEADER("PRK-leader", Country.PRK),
  /** Leader of the Soviet Union (party leader) to December 1991, then President of Russia. */
  RUS_LEADER("RUS-leader", Country.RUS);

  private final String id;
  private final Country country;

  Office(String id, Country country) {
    this.id = id;
    this.country = country;
  }

  /** Returns the id used in the files, e.g. {@code KOR-president}. */
  public String id() {
    return id;
  }

  /** Returns the country whose office this is. */
  public Country country() {
    return country;
  }

  /** Returns the office with this id. */
  public static Office parse(String id) {
    for (Office o : values()) {
      if (o.id.equals(id.trim())) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown office '" + id + "'");
  }
}
