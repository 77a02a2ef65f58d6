package org.strait.ingest.gdelt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test builder of one GDELT row, written field by field under the codebooks' column names (GDELT 1.0 and 2.0
 * event codebooks, {@code shared/data/cameo/}). It starts from a valid row of a Japanese government actor
 * expressing intent to negotiate (CAMEO 036, Goldstein 4.0, quad class 1) with South Korea.
 */
final class GdeltRow {
  private static final List<String> ACTOR = List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
      "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code");
  private static final List<String> GEO_V1 = List.of("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long",
      "FeatureID");
  private static final List<String> GEO_V2 = List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code",
      "Lat", "Long", "FeatureID");

  private final Map<String, String> fields = new LinkedHashMap<>();

  private GdeltRow(List<String> columns) {
    for (String column : columns) {
      fields.put(column, "");
    }
    set("GLOBALEVENTID", "410412347").set("SQLDATE", "20150218").set("MonthYear", "201502").set("Year", "2015")
        .set("FractionDate", "2015.1315")
        .set("Actor1Code", "JPNGOV").set("Actor1Name", "JAPAN").set("Actor1CountryCode", "JPN")
        .set("Actor1Type1Code", "GOV")
        .set("Actor2Code", "KOR").set("Actor2Name", "SOUTH KOREA").set("Actor2CountryCode", "KOR")
        .set("IsRootEvent", "1").set("EventCode", "036").set("EventBaseCode", "036").set("EventRootCode", "03")
        .set("QuadClass", "1").set("GoldsteinScale", "4").set("NumMentions", "6").set("NumSources", "2")
        .set("NumArticles", "5").set("AvgTone", "-1.25")
        .set("Actor1Geo_Type", "1").set("Actor1Geo_FullName", "Japan").set("Actor1Geo_CountryCode", "JA")
        .set("Actor1Geo_ADM1Code", "JA").set("Actor1Geo_Lat", "36").set("Actor1Geo_Long", "138")
        .set("Actor1Geo_FeatureID", "JA")
        .set("ActionGeo_Type", "1").set("ActionGeo_FullName", "Japan").set("ActionGeo_CountryCode", "JA")
        .set("ActionGeo_ADM1Code", "JA").set("ActionGeo_Lat", "36").set("ActionGeo_Long", "138")
        .set("ActionGeo_FeatureID", "JA");
  }

  /** Returns a valid GDELT 2.0 export row (61 columns). */
  static GdeltRow v2() {
    GdeltRow row = new GdeltRow(columns(GEO_V2, true));
    return row.set("DATEADDED", "20150218233000").set("SOURCEURL", "http://example.org/news/1");
  }

  /** Returns a valid GDELT 1.0 daily-file row (58 columns). */
  static GdeltRow v1Daily() {
    GdeltRow row = new GdeltRow(columns(GEO_V1, true));
    return row.set("DATEADDED", "20150218").set("SOURCEURL", "http://example.org/news/1");
  }

  /** Returns a valid GDELT 1.0 historical back-file row (57 columns). */
  static GdeltRow v1Historical() {
    GdeltRow row = new GdeltRow(columns(GEO_V1, false));
    return row.set("DATEADDED", "20130115");
  }

  private static List<String> columns(List<String> geo, boolean url) {
    List<String> columns = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
        "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      ACTOR.forEach(f -> columns.add(actor + f));
    }
    columns.addAll(Arrays.asList("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String place : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      geo.forEach(f -> columns.add(place + f));
    }
    columns.add("DATEADDED");
    if (url) {
      columns.add("SOURCEURL");
    }
    return columns;
  }

  /** Sets a column by its codebook name; unknown names fail the test. */
  GdeltRow set(String column, String value) {
    if (!fields.containsKey(column)) {
      throw new IllegalArgumentException("no column " + column + " in this layout");
    }
    fields.put(column, value);
    return this;
  }

  /** Sets the event date in SQLDATE, MonthYear and Year together. */
  GdeltRow date(String yyyymmdd) {
    return set("SQLDATE", yyyymmdd).set("MonthYear", yyyymmdd.substring(0, 6)).set("Year", yyyymmdd.substring(0, 4));
  }

  /** Sets EventCode, EventBaseCode, EventRootCode, QuadClass and GoldsteinScale together. */
  GdeltRow event(String code, int quadClass, String goldstein) {
    return set("EventCode", code).set("EventBaseCode", code.substring(0, Math.min(3, code.length())))
        .set("EventRootCode", code.substring(0, 2)).set("QuadClass", Integer.toString(quadClass))
        .set("GoldsteinScale", goldstein);
  }

  /** Sets one actor's code, name, country and first type code ({@code actor} is 1 or 2). */
  GdeltRow actor(int actor, String code, String name, String country, String type1) {
    String prefix = "Actor" + actor;
    return set(prefix + "Code", code).set(prefix + "Name", name).set(prefix + "CountryCode", country)
        .set(prefix + "Type1Code", type1);
  }

  /** Returns how many columns the row has. */
  int columns() {
    return fields.size();
  }

  /** Returns the row as GDELT writes it, tab-separated, without line terminator. */
  String line() {
    return String.join("\t", fields.values());
  }
}
