package org.strait.app.report;

import java.util.List;
import java.util.Locale;

/** Small HTML pieces with every text escaped: paragraphs, headings and tables. */
final class Html {
  private Html() {}

  /** Returns {@code text} with the five HTML special characters escaped. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Returns an escaped paragraph. */
  static String p(String text) {
    return "<p>" + escape(text) + "</p>\n";
  }

  /** Returns an escaped heading of level {@code level} with an id. */
  static String h(int level, String id, String text) {
    return "<h" + level + " id=\"" + escape(id) + "\">" + escape(text) + "</h" + level + ">\n";
  }

  /** Returns a table of escaped cells; a cell is its {@code toString}, a double has {@code decimals} decimals. */
  static String table(List<String> header, List<List<Object>> rows, int decimals) {
    StringBuilder b = new StringBuilder("<table>\n<thead><tr>");
    header.forEach(c -> b.append("<th>").append(escape(c)).append("</th>"));
    b.append("</tr></thead>\n<tbody>\n");
    for (List<Object> row : rows) {
      b.append("<tr>");
      row.forEach(c -> b.append("<td>").append(escape(cell(c, decimals))).append("</td>"));
      b.append("</tr>\n");
    }
    return b.append("</tbody>\n</table>\n").toString();
  }

  /** Returns a number with {@code decimals} decimals, or "n/a" when it is not finite. */
  static String num(double x, int decimals) {
    return Double.isFinite(x) ? String.format(Locale.ROOT, "%." + decimals + "f", x) : "n/a";
  }

  private static String cell(Object c, int decimals) {
    if (c == null) {
      return "";
    }
    return c instanceof Double d ? num(d, decimals) : c.toString();
  }
}
