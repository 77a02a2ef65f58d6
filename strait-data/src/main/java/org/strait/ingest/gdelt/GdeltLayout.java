package org.strait.ingest.gdelt;

/**
 * The three column layouts of GDELT event files. The first 35 columns (GLOBALEVENTID to AvgTone) sit at the same
 * place in all three; the layouts differ in the geography block (GDELT 2.0 adds ADM2 codes) and in SOURCEURL.
 *
 * <p>Column lists: GDELT 1.0 and 2.0 event codebooks (in {@code shared/data/cameo/}).
 */
enum GdeltLayout {
  /** GDELT 1.0 historical back-files, 1979 to March 2013: 57 columns, ending with DATEADDED (YYYYMMDD). */
  V1_HISTORICAL(57, 8, "GDELT 1.0 back-file"),
  /** GDELT 1.0 daily files, from April 2013: 58 columns, DATEADDED (YYYYMMDD) then SOURCEURL. */
  V1_DAILY(58, 8, "GDELT 1.0 daily file"),
  /** GDELT 2.0 event exports: 61 columns, DATEADDED (YYYYMMDDHHMMSS) then SOURCEURL. */
  V2(61, 14, "GDELT 2.0 export");

  static final int GLOBALEVENTID = 0;
  static final int SQLDATE = 1;
  static final int MONTHYEAR = 2;
  static final int YEAR = 3;
  static final int ACTOR1_CODE = 5;
  static final int ACTOR1_NAME = 6;
  static final int ACTOR1_COUNTRY = 7;
  static final int ACTOR1_TYPE1 = 12;
  /** Offset from an Actor1 column to the same Actor2 column. */
  static final int ACTOR2_OFFSET = 10;
  static final int EVENT_CODE = 26;
  static final int EVENT_BASE_CODE = 27;
  static final int EVENT_ROOT_CODE = 28;
  static final int QUAD_CLASS = 29;
  static final int GOLDSTEIN = 30;
  static final int NUM_MENTIONS = 31;
  static final int NUM_SOURCES = 32;
  static final int NUM_ARTICLES = 33;
  static final int AVG_TONE = 34;
  /** How many leading columns the parser decodes; the rest are only counted. */
  static final int DECODED = AVG_TONE + 1;

  /** Names of the decoded columns, as the codebooks spell them, for rejection details. */
  private static final String[] NAMES = {
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
      "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"};

  private final int columns;
  private final int dateAddedDigits;
  private final String label;

  GdeltLayout(int columns, int dateAddedDigits, String label) {
    this.columns = columns;
    this.dateAddedDigits = dateAddedDigits;
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }

  /** Returns the number of tab-separated columns of a row. */
  int columns() {
    return columns;
  }

  /** Returns the 0-based column of DATEADDED. */
  int dateAdded() {
    return this == V1_HISTORICAL ? columns - 1 : columns - 2;
  }

  /** Returns how many digits DATEADDED has: 8 (YYYYMMDD) in GDELT 1.0, 14 (YYYYMMDDHHMMSS) in GDELT 2.0. */
  int dateAddedDigits() {
    return dateAddedDigits;
  }

  /** Returns the codebook name of a column, or "column N" (1-based) past the decoded ones. */
  static String name(int column) {
    return column < NAMES.length ? NAMES[column] : "column " + (column + 1);
  }
}
