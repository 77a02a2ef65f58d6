package org.strait.cli;

import java.util.List;

/** CSV text with RFC 4180 quoting; NaN and null are written as empty fields. */
final class Csv {
  private Csv() {}

  static String table(List<String> header, List<List<Object>> rows) {
    StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
    for (List<Object> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        b.append(i == 0 ? "" : ",").append(field(row.get(i)));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** Returns {@code v} as a CSV field: empty for null or NaN, quoted when it holds a comma, quote or line break. */
  static String field(Object v) {
    if (v == null || (v instanceof Double d && !Double.isFinite(d))) {
      return "";
    }
    String s = v.toString();
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
