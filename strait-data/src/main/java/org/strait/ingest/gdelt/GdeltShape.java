package org.strait.ingest.gdelt;

/** The shape of a GDELT row as detection sees it: column count and the form of a few telling fields. */
final class GdeltShape {
  private GdeltShape() {}

  /** Returns the number of tab-separated columns of a line. */
  static int columns(String line) {
    int columns = 1;
    for (int i = 0; i < line.length(); i++) {
      columns += line.charAt(i) == '\t' ? 1 : 0;
    }
    return columns;
  }

  /**
   * Tells whether a line has the layout's column count, an integer GLOBALEVENTID, an eight-digit SQLDATE, a
   * CAMEO EventCode of 2 to 4 digits and a DATEADDED of the layout's length.
   */
  static boolean matches(String line, GdeltLayout layout) {
    if (columns(line) != layout.columns()) {
      return false;
    }
    String[] fields = line.split("\t", -1);
    return digits(fields[GdeltLayout.GLOBALEVENTID], 1, 19)
        && digits(fields[GdeltLayout.SQLDATE], 8, 8)
        && digits(fields[GdeltLayout.EVENT_CODE], 2, 4)
        && digits(fields[layout.dateAdded()], layout.dateAddedDigits(), layout.dateAddedDigits());
  }

  private static boolean digits(String field, int min, int max) {
    if (field.length() < min || field.length() > max) {
      return false;
    }
    for (int i = 0; i < field.length(); i++) {
      if (field.charAt(i) < '0' || field.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
