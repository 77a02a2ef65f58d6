package org.strait.ingest.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Catalogues of damage the properties put into archives: bad values in rows, and damaged markers. */
final class ArchiveDamage {
  private ArchiveDamage() {}

  /**
   * One out-of-range or NULL value put into one row of a table.
   *
   * @param value the SQL expression written into the column
   * @param shows text the error must quote, or null when the column name is enough
   */
  record BadValue(String table, String column, String value, String shows) {
    /** Returns every bad value the properties try: ranges the format constrains, and NULL in each NOT NULL column. */
    static List<BadValue> all() {
      List<BadValue> bad = new ArrayList<>(List.of(
          new BadValue("events", "goldstein", "10.5", "10.5"), new BadValue("events", "goldstein", "-12.25", "-12.25"),
          new BadValue("events", "goldstein", "'NaN'::DOUBLE", "NaN"), new BadValue("events", "cameo", "'21'", "21"),
          new BadValue("events", "cameo", "'00'", "00"), new BadValue("events", "cameo", "'0a1'", "0a1"),
          new BadValue("events", "cameo", "'12345'", "12345"),
          new BadValue("events", "root_code", "root_code % 20 + 1", null),
          new BadValue("events", "quad_class", "5", null), new BadValue("events", "quad_class", "0", null),
          new BadValue("events", "mentions", "-1", "-1"), new BadValue("events", "sources", "-7", "-7"),
          new BadValue("events", "articles", "-2", "-2"), new BadValue("events", "line", "0", null),
          new BadValue("events", "line", "-3", "-3"), new BadValue("events", "actor1_country", "'jpn'", "jpn"),
          new BadValue("events", "actor2_country", "'XX'", "XX"),
          new BadValue("events", "actor1_country", "'KOREA'", "KOREA"),
          new BadValue("events", "actor1_name", "''", null), new BadValue("events", "actor2_name", "'  '", null),
          new BadValue("events", "event_date", "event_date + INTERVAL 40 DAY", null),
          new BadValue("events", "tone", "'NaN'::DOUBLE", "NaN"),
          new BadValue("events", "tone", "'Infinity'::DOUBLE", "Infinity"), new BadValue("events", "source", "''", null),
          new BadValue("source_months", "month", "'2014-13'", "2014-13"),
          new BadValue("source_months", "month", "'2014-00'", "2014-00"),
          new BadValue("source_months", "month", "'14-01'", "14-01"),
          new BadValue("source_months", "month", "'2014-1'", "2014-1"),
          new BadValue("source_months", "month", "''", null), new BadValue("source_months", "events", "0", null),
          new BadValue("source_months", "events", "-5", "-5"), new BadValue("source_months", "source", "''", null),
          new BadValue("rejects", "line", "0", null), new BadValue("rejects", "line", "-1", "-1"),
          new BadValue("rejects", "reason", "''", null)));
      for (String c : List.of("file", "line", "source", "event_date", "actor1_name", "actor1_country", "actor2_name",
          "actor2_country", "cameo", "root_code", "quad_class", "goldstein")) {
        bad.add(new BadValue("events", c, "NULL", "NULL"));
      }
      for (String c : List.of("source", "month", "events")) {
        bad.add(new BadValue("source_months", c, "NULL", "NULL"));
      }
      for (String c : List.of("file", "line", "reason", "detail")) {
        bad.add(new BadValue("rejects", c, "NULL", "NULL"));
      }
      return bad;
    }
  }

  /** Damage to the marker file; {@code names} is what the error must mention. */
  enum MarkerDamage {
    MISSING("does not exist"), EMPTY("empty"), TRUNCATED("JSON"), NOT_JSON("JSON"), NOT_AN_OBJECT("object"),
    OTHER_FORMAT("strait-archive-v2"), NO_FORMAT("format"), NO_VERSION("version"), VERSION_NOT_TEXT("version"),
    NO_FILES("files"), KEPT_OFF_BY_ONE("kept"), REJECTED_OFF_BY_ONE("rejected"), VALID_OFF_BY_ONE("valid"),
    NEGATIVE_COUNT("-4");

    final String names;

    MarkerDamage(String names) {
      this.names = names;
    }

    /** Damages the marker whose intact text is {@code text}. */
    void apply(Path marker, String text) throws IOException {
      switch (this) {
        case MISSING -> Files.delete(marker);
        case EMPTY -> Files.writeString(marker, "");
        case TRUNCATED -> Files.writeString(marker, text.substring(0, text.length() / 2));
        case NOT_JSON -> Files.writeString(marker, "format = strait-archive\n");
        case NOT_AN_OBJECT -> Files.writeString(marker, "[\"strait-archive\"]\n");
        case OTHER_FORMAT -> Files.writeString(marker, text.replace("\"strait-archive\"", "\"strait-archive-v2\""));
        case NO_FORMAT -> Files.writeString(marker, text.replace("\"format\": \"strait-archive\", ", ""));
        case NO_VERSION -> Files.writeString(marker, text.replaceFirst("\"version\": \"[^\"]*\", ", ""));
        case VERSION_NOT_TEXT -> Files.writeString(marker,
            text.replaceFirst("\"version\": \"[^\"]*\"", "\"version\": 2"));
        case NO_FILES -> Files.writeString(marker, text.replaceFirst(", \"files\": \\[.*\\]", ""));
        case NEGATIVE_COUNT -> Files.writeString(marker, text.replaceFirst("\"valid\": \\d+", "\"valid\": -4"));
        default -> Files.writeString(marker, offByOne(text, names));
      }
    }

    /** Adds one to the first count {@code field} of the marker. */
    private static String offByOne(String marker, String field) {
      Matcher m = Pattern.compile("\"" + field + "\": (\\d+)").matcher(marker);
      if (!m.find()) {
        throw new IllegalStateException("the marker has no " + field + ": " + marker);
      }
      return marker.substring(0, m.start(1)) + (Long.parseLong(m.group(1)) + 1) + marker.substring(m.end(1));
    }
  }
}
