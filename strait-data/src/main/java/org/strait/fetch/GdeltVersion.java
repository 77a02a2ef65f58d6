package org.strait.fetch;

/** A GDELT event collection: which listing is read and which files are wanted from it. */
public enum GdeltVersion {
  /**
   * GDELT 1.0 events: yearly back-files {@code YYYY.zip} (1979–2005), monthly {@code YYYYMM.zip} (2006 to March 2013)
   * and daily {@code YYYYMMDD.export.CSV.zip} (from April 2013), under {@code events/}.
   */
  V1("v1"),
  /** GDELT 2.0 events: one {@code YYYYMMDDHHMMSS.export.CSV.zip} every 15 minutes from 2015-02-18, under {@code gdeltv2/}. */
  V2("v2");

  private final String label;

  GdeltVersion(String label) {
    this.label = label;
  }

  /** Returns the short label, {@code v1} or {@code v2}, used in default folder names. */
  public String label() {
    return label;
  }
}
