package org.strait.knowledge;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small CSV file of the knowledge base read into rows that remember their line: one record per physical line
 * (quoted fields may hold commas, not line breaks), a header line first, {@code #} comment lines and blank lines
 * skipped. Wrong column counts become violations, never silently padded rows.
 */
final class CsvTable {
  private static final ObjectReader LINE = new CsvMapper()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .readerFor(String[].class);

  private final String file;
  private final List<Row> rows;

  private CsvTable(String file, List<Row> rows) {
    this.file = file;
    this.rows = rows;
  }

  /** One data line: its file, 1-based line number and fields by column name. */
  record Row(String file, long line, Map<String, String> fields) {
    /** Returns the trimmed field, or the empty string when blank. */
    String get(String column) {
      String v = fields.get(column);
      return v == null ? "" : v.trim();
    }

    /** Returns a violation at this row. */
    Violation violation(String format, Object... args) {
      return new Violation(file, line, String.format(format, args));
    }
  }

  /**
   * Reads the table, adding to {@code problems} a violation for a missing header column or a line with the wrong
   * number of fields (that line is then skipped).
   */
  static CsvTable read(String file, BufferedReader in, List<String> columns, List<Violation> problems) {
    List<Row> rows = new ArrayList<>();
    try {
      String[] header = null;
      long lineNr = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNr++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        String[] cells;
        try {
          cells = cells(LINE, line);
        } catch (IOException e) {
          problems.add(new Violation(file, lineNr, "unreadable CSV line: " + e.getMessage()));
          continue;
        }
        if (header == null) {
          header = cells;
          List<String> present = List.of(header);
          for (String c : columns) {
            if (!present.contains(c)) {
              problems.add(new Violation(file, lineNr, "header lacks column '" + c + "'"));
            }
          }
          continue;
        }
        if (cells.length != header.length) {
          problems.add(new Violation(file, lineNr, "expected " + header.length + " fields, found " + cells.length));
          continue;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          fields.put(header[i].trim(), cells[i]);
        }
        rows.add(new Row(file, lineNr, fields));
      }
      if (header == null) {
        problems.add(new Violation(file, 0, "file is empty (no header line)"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new CsvTable(file, rows);
  }

  /** Parses one CSV line into its cells with the reader (which sets the separator). */
  static String[] cells(ObjectReader reader, String line) throws IOException {
    try (MappingIterator<String[]> it = reader.readValues(line)) {
      return it.hasNext() ? it.next() : new String[0];
    }
  }

  /** Returns the file name. */
  String file() {
    return file;
  }

  /** Returns the data rows in file order. */
  List<Row> rows() {
    return rows;
  }
}
