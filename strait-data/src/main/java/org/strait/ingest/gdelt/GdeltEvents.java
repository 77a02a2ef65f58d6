package org.strait.ingest.gdelt;

import static org.strait.ingest.gdelt.GdeltLayout.ACTOR1_CODE;
import static org.strait.ingest.gdelt.GdeltLayout.ACTOR1_COUNTRY;
import static org.strait.ingest.gdelt.GdeltLayout.ACTOR1_NAME;
import static org.strait.ingest.gdelt.GdeltLayout.ACTOR1_TYPE1;
import static org.strait.ingest.gdelt.GdeltLayout.ACTOR2_OFFSET;
import static org.strait.ingest.gdelt.GdeltLayout.AVG_TONE;
import static org.strait.ingest.gdelt.GdeltLayout.EVENT_CODE;
import static org.strait.ingest.gdelt.GdeltLayout.GLOBALEVENTID;
import static org.strait.ingest.gdelt.GdeltLayout.GOLDSTEIN;
import static org.strait.ingest.gdelt.GdeltLayout.NUM_ARTICLES;
import static org.strait.ingest.gdelt.GdeltLayout.NUM_MENTIONS;
import static org.strait.ingest.gdelt.GdeltLayout.NUM_SOURCES;

import java.time.LocalDate;
import java.util.List;
import org.strait.core.Actor;
import org.strait.core.CameoCode;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.core.QuadClass;
import org.strait.ingest.ReadOptions;

/**
 * The country filter of one read, on packed country codes, and the builder of the events of kept rows. Only rows
 * whose two actors both have a country of the filter are decoded into strings and an {@link Event}.
 */
final class GdeltEvents {
  private final ReadOptions options;
  private final int[] codes;
  private final Country[] countries;
  /** Per three-letter code (base 26), whether it is one of the filter's: one load instead of a search per actor. */
  private final boolean[] filter = new boolean[26 * 26 * 26];

  GdeltEvents(ReadOptions options) {
    this.options = options;
    List<Country> list = List.copyOf(options.countries());
    codes = new int[list.size()];
    countries = new Country[list.size()];
    for (int i = 0; i < list.size(); i++) {
      String code = list.get(i).code();
      codes[i] = code.charAt(0) << 16 | code.charAt(1) << 8 | code.charAt(2);
      countries[i] = list.get(i);
      filter[index(codes[i])] = true;
    }
  }

  private static int index(int packed) {
    return ((packed >> 16) - 'A') * 676 + ((packed >> 8 & 0xFF) - 'A') * 26 + ((packed & 0xFF) - 'A');
  }

  /** Tells whether a packed country code is one of the filter's (0, no country, never is). */
  boolean candidate(int packed) {
    return packed != 0 && filter[index(packed)];
  }

  private Country country(int packed) {
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] == packed) {
        return countries[i];
      }
    }
    return null;
  }

  /**
   * Builds the event of a valid row whose two countries are in the filter, and keeps it in the block.
   *
   * @param tabs the positions of the line's first tabs
   * @param date the event date as yyyymmdd
   */
  void keep(Block block, int row, byte[] b, int[] tabs, int lineStart, int date, int quad) {
    Country c1 = country(pack(b, tabs[ACTOR1_COUNTRY - 1] + 1));
    Country c2 = country(pack(b, tabs[ACTOR1_COUNTRY + ACTOR2_OFFSET - 1] + 1));
    if (!options.keeps(c1, c2)) {
      return;
    }
    Event event = new Event(
        options.source(),
        Bytes.ascii(b, lineStart, tabs[GLOBALEVENTID]),
        LocalDate.of(date / 10000, date / 100 % 100, date % 100),
        actor(b, tabs, 0, c1),
        actor(b, tabs, ACTOR2_OFFSET, c2),
        new CameoCode(field(b, tabs, EVENT_CODE)),
        QuadClass.ofNumber(quad),
        Double.parseDouble(field(b, tabs, GOLDSTEIN)),
        Integer.parseInt(field(b, tabs, NUM_MENTIONS)),
        Integer.parseInt(field(b, tabs, NUM_SOURCES)),
        Integer.parseInt(field(b, tabs, NUM_ARTICLES)),
        Double.parseDouble(field(b, tabs, AVG_TONE)));
    block.keep(row, event);
  }

  private static int pack(byte[] b, int s) {
    return b[s] << 16 | b[s + 1] << 8 | b[s + 2];
  }

  private static Actor actor(byte[] b, int[] tabs, int offset, Country country) {
    String name = field(b, tabs, ACTOR1_NAME + offset);
    if (name.isBlank()) {
      name = field(b, tabs, ACTOR1_CODE + offset);
    }
    String sector = field(b, tabs, ACTOR1_TYPE1 + offset);
    return new Actor(name, country, sector.isEmpty() ? null : sector);
  }

  private static String field(byte[] b, int[] tabs, int column) {
    return Bytes.utf8(b, tabs[column - 1] + 1, tabs[column]);
  }
}
