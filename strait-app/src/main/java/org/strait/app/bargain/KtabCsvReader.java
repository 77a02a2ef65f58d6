package org.strait.app.bargain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.strait.bargain.Dispute;
import org.strait.bargain.Stakeholder;

/**
 * Reads KTAB's SMP scenario CSV unchanged (format of KTAB's {@code examples/smp/doc/*.csv} and its SMP user guide):
 * line 1 is {@code scenario name, description, number of actors, number of dimensions}; line 2 the header {@code
 * Actor, Description, Influence, <Dim> Position, <Dim> Salience, ...}; then one line per actor. Fields may be quoted
 * and padded with blanks, and lines may end with a trailing comma.
 *
 * <p>Checks (all problems are reported at once, each with its line): the counts on line 1 are whole numbers and
 * match the file; every actor has a unique name of at most 25 characters (KTAB's limit), a positive influence,
 * positions and saliences in [0, 100], and saliences summing to at most 100. The dispute's id is the file name
 * without its extension; the dimension names are the header's position columns as written (KTAB's own output
 * names them so, e.g. "Competitive Position").
 */
public final class KtabCsvReader {
  private static final int MAX_NAME = 25;

  private KtabCsvReader() {}

  /**
   * Reads {@code file}.
   *
   * @throws BargainInputException listing every problem found
   */
  public static Dispute read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<String> problems = new ArrayList<>();
    String where = file.getFileName().toString();
    int firstLine = 0;
    while (firstLine < lines.size() && lines.get(firstLine).isBlank()) {
      firstLine++;
    }
    if (lines.size() - firstLine < 2) {
      throw new BargainInputException(file, List.of(where + ": needs a scenario line and a header line"));
    }
    List<String> head = fields(lines.get(firstLine));
    int lineNo = firstLine + 1;
    String scenario = head.isEmpty() ? "" : head.get(0);
    String description = head.size() > 1 ? head.get(1) : "";
    int actors = count(head, 2, "number of actors", where, lineNo, problems);
    int dims = count(head, 3, "number of dimensions", where, lineNo, problems);
    List<String> header = fields(lines.get(firstLine + 1));
    List<String> dimensionNames = new ArrayList<>();
    if (dims > 0) {
      if (header.size() < 3 + 2 * dims) {
        problems.add(String.format("%s:%d: header has %d columns, %d dimensions need %d",
            where, lineNo + 1, header.size(), dims, 3 + 2 * dims));
      } else {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < dims; k++) {
          String name = header.get(3 + 2 * k).trim();
          name = name.isEmpty() ? "Dim-" + k : name;
          dimensionNames.add(seen.add(name) ? name : name + "-" + k);
        }
      }
    }
    List<Stakeholder> stakeholders = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int rows = 0;
    for (int i = firstLine + 2; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      rows++;
      if (dims > 0 && dimensionNames.size() == dims) {
        Stakeholder s = actor(fields(lines.get(i)), dims, where, i + 1, names, problems);
        if (s != null) {
          stakeholders.add(s);
        }
      }
    }
    if (actors >= 0 && rows != actors) {
      problems.add(String.format("%s:%d: says %d actors but the file has %d actor lines", where, lineNo, actors, rows));
    }
    if (problems.isEmpty()) {
      try {
        String id = where.replaceFirst("(?i)\\.csv$", "");
        return new Dispute(id, (scenario + " " + description).trim(), dimensionNames, stakeholders);
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    throw new BargainInputException(file, problems);
  }

  private static int count(List<String> head, int index, String what, String where, int line, List<String> problems) {
    if (head.size() <= index) {
      problems.add(String.format("%s:%d: field %d (%s) is missing", where, line, index + 1, what));
      return -1;
    }
    try {
      int v = Integer.parseInt(head.get(index));
      if (v < 1) {
        problems.add(String.format("%s:%d: %s must be positive, was %d", where, line, what, v));
        return -1;
      }
      return v;
    } catch (NumberFormatException e) {
      problems.add(String.format("%s:%d: %s must be a whole number, was '%s'", where, line, what, head.get(index)));
      return -1;
    }
  }

  private static Stakeholder actor(List<String> f, int dims, String where, int line, Set<String> names,
      List<String> problems) {
    int before = problems.size();
    if (f.size() < 3 + 2 * dims) {
      problems.add(String.format("%s:%d: has %d fields, needs %d (actor, description, influence, then position and "
          + "salience for %d dimensions)", where, line, f.size(), 3 + 2 * dims, dims));
      return null;
    }
    String name = f.get(0);
    if (name.isEmpty()) {
      problems.add(String.format("%s:%d: field 1 (actor): empty name", where, line));
    } else if (name.length() > MAX_NAME) {
      problems.add(String.format("%s:%d: field 1 (actor): name '%s' is longer than %d characters", where, line, name,
          MAX_NAME));
    } else if (!names.add(name)) {
      problems.add(String.format("%s:%d: field 1 (actor): name '%s' appears twice", where, line, name));
    }
    double influence = number(f, 2, "influence", where, line, problems);
    if (!Double.isNaN(influence) && influence <= 0) {
      problems.add(String.format("%s:%d: field 3 (influence): must be positive, was %s", where, line, f.get(2)));
    }
    List<Double> positions = new ArrayList<>();
    List<Double> saliences = new ArrayList<>();
    double total = 0;
    for (int k = 0; k < dims; k++) {
      double p = number(f, 3 + 2 * k, "position " + (k + 1), where, line, problems);
      double s = number(f, 4 + 2 * k, "salience " + (k + 1), where, line, problems);
      range(p, 3 + 2 * k, "position " + (k + 1), where, line, problems);
      range(s, 4 + 2 * k, "salience " + (k + 1), where, line, problems);
      positions.add(p);
      saliences.add(s);
      total += s;
    }
    if (!Double.isNaN(total) && total > 100 + 1e-9) {
      problems.add(String.format(Locale.ROOT, "%s:%d: saliences sum to %.2f, more than 100", where, line, total));
    }
    if (problems.size() > before) {
      return null;
    }
    return new Stakeholder(name, f.get(1), influence, positions, saliences);
  }

  private static double number(List<String> f, int index, String what, String where, int line, List<String> problems) {
    try {
      double v = Double.parseDouble(f.get(index));
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(String.format("%s:%d: field %d (%s): not a number: '%s'", where, line, index + 1, what, f.get(index)));
    return Double.NaN;
  }

  private static void range(double v, int index, String what, String where, int line, List<String> problems) {
    if (!Double.isNaN(v) && (v < 0 || v > 100)) {
      problems.add(String.format("%s:%d: field %d (%s): must lie in [0, 100], was %s",
          where, line, index + 1, what, v));
    }
  }

  /** Splits one CSV line: commas outside double quotes separate fields; blanks around fields are dropped; a final
   * empty field after a trailing comma is dropped. */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (ch == ',' && !quoted) {
        out.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    String last = cur.toString().trim();
    if (!last.isEmpty() || out.isEmpty()) {
      out.add(last);
    }
    return out;
  }
}
