package org.strait.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.strait.core.Country;

/**
 * Field parsers that record a violation (file, line, field, reason) instead of throwing, so that a loader can check a
 * whole file and report every problem at once. Each returns null when the field is bad.
 */
final class Fields {
  /** The earliest date a fact may carry (background entries reach back to the colonial period). */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  /** The latest date a fact may carry: the end of the chronicle's span. */
  static final LocalDate LATEST = LocalDate.of(2026, 12, 31);

  private final List<Violation> problems;

  Fields(List<Violation> problems) {
    this.problems = problems;
  }

  /** Returns the problems found so far. */
  List<Violation> problems() {
    return problems;
  }

  /** Records a violation at the row. */
  void fail(CsvTable.Row row, String format, Object... args) {
    problems.add(row.violation(format, args));
  }

  /** Returns the field, or records "missing" and returns null when it is blank. */
  String required(CsvTable.Row row, String column) {
    String v = row.get(column);
    if (v.isEmpty()) {
      fail(row, "field '%s' is missing", column);
      return null;
    }
    return v;
  }

  /** Parses a required field with the parser, recording its message on failure. */
  <T> T parse(CsvTable.Row row, String column, Function<String, T> parser) {
    String v = required(row, column);
    return v == null ? null : parseValue(row, column, v, parser);
  }

  /** Parses an optional field: null when blank. */
  <T> T optional(CsvTable.Row row, String column, Function<String, T> parser) {
    String v = row.get(column);
    return v.isEmpty() ? null : parseValue(row, column, v, parser);
  }

  private <T> T parseValue(CsvTable.Row row, String column, String v, Function<String, T> parser) {
    try {
      return parser.apply(v);
    } catch (RuntimeException e) {
      fail(row, "field '%s': %s", column, e.getMessage());
      return null;
    }
  }

  /** Parses a partial date and checks it lies in the knowledge base's span. */
  PartialDate partialDate(CsvTable.Row row, String column, boolean required) {
    PartialDate d = required ? parse(row, column, PartialDate::parse) : optional(row, column, PartialDate::parse);
    if (d != null && (d.start().isBefore(EARLIEST) || d.start().isAfter(LATEST))) {
      fail(row, "field '%s': date %s lies outside %s..%s", column, d, EARLIEST, LATEST);
      return null;
    }
    return d;
  }

  /** Parses a day-precision date (YYYY-MM-DD) in the span. */
  LocalDate day(CsvTable.Row row, String column, boolean required) {
    PartialDate d = partialDate(row, column, required);
    if (d != null && d.precision() != DatePrecision.DAY) {
      fail(row, "field '%s': a full date YYYY-MM-DD is needed, was %s", column, d);
      return null;
    }
    return d == null ? null : d.start();
  }

  /** Parses a {@code ;}-separated list of ISO3 codes (empty list when blank). */
  List<Country> countries(CsvTable.Row row, String column) {
    List<Country> out = new ArrayList<>();
    for (String code : list(row.get(column))) {
      Country c = parseValue(row, column, code, Fields::strictCountry);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** Parses an ISO3 code written in upper case. */
  static Country strictCountry(String code) {
    if (!code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("'" + code + "' is not an upper-case ISO3 code");
    }
    return new Country(code);
  }

  /** Splits a {@code ;}-separated field into trimmed non-blank items. */
  static List<String> list(String field) {
    List<String> out = new ArrayList<>();
    for (String s : field.split(";")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  /** Checks a source field: non-blank, and every {@code seed:} reference names one of the five seeds. */
  String source(CsvTable.Row row, String column) {
    String s = required(row, column);
    if (s == null) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("seed:([^\\s;,)]*)").matcher(s);
    while (m.find()) {
      if (!m.group(1).matches("00[0-4]")) {
        fail(row, "field '%s': '%s' names no seed (seed:000 to seed:004)", column, m.group());
      }
    }
    return s;
  }
}
