package org.strait.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.strait.knowledge.CountryCodes;
import org.strait.core.Dyad;

/**
 * The query parameters of one request, read field by field; every problem is collected and {@link #check()} throws
 * them all at once. Parameters the route does not know, and parameters given twice, are problems too.
 */
final class QueryParams {
  private final Map<String, List<String>> values;
  private final List<FieldProblem> problems = new ArrayList<>();

  QueryParams(Map<String, List<String>> values, Set<String> known) {
    this.values = values;
    for (String name : new TreeSet<>(values.keySet())) {
      if (!known.contains(name)) {
        problems.add(new FieldProblem(name, "unknown parameter; known: " + String.join(", ", new TreeSet<>(known))));
      } else if (values.get(name).size() > 1) {
        problems.add(new FieldProblem(name, "given " + values.get(name).size() + " times; give it once"));
      }
    }
  }

  private String raw(String name) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() || v.get(0).isEmpty() ? null : v.get(0);
  }

  /** Returns the dyad {@code ISO3-ISO3}, or null (noting a problem) when missing or malformed. */
  Dyad dyad(String name) {
    String text = raw(name);
    if (text == null) {
      problems.add(new FieldProblem(name, "required, e.g. JPN-KOR"));
      return null;
    }
    try {
      return CountryCodes.dyad(text, null);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(name, e.getMessage()));
      return null;
    }
  }

  /**
   * Returns the date {@code YYYY-MM-DD}, or null when absent, malformed or outside {@link RequestLimits#range()}
   * (noting a problem).
   */
  LocalDate date(String name) {
    String text = raw(name);
    if (text == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text);
      return bounded(name, date, RequestLimits.dateProblem(date));
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(name, "'" + text + "' is not a date YYYY-MM-DD"));
      return null;
    }
  }

  /**
   * Returns the month {@code YYYY-MM}, or null when absent, malformed or outside {@link RequestLimits#range()}
   * (noting a problem).
   */
  YearMonth month(String name) {
    String text = raw(name);
    if (text == null) {
      return null;
    }
    try {
      YearMonth month = YearMonth.parse(text);
      return bounded(name, month, RequestLimits.monthProblem(month));
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(name, "'" + text + "' is not a month YYYY-MM"));
      return null;
    }
  }

  private <T> T bounded(String name, T value, String problem) {
    if (problem == null) {
      return value;
    }
    problems.add(new FieldProblem(name, problem));
    return null;
  }

  /** Notes a problem on {@code field} when both ends are given and {@code from..to} covers more than {@code max}. */
  void span(String field, YearMonth from, YearMonth to, int max) {
    String problem = from == null || to == null ? null : RequestLimits.spanProblem(from, to, max);
    if (problem != null) {
      problems.add(new FieldProblem(field, problem));
    }
  }

  /** Returns the boolean {@code true}/{@code false}, or {@code absent} when not given. */
  boolean bool(String name, boolean absent) {
    String text = raw(name);
    if (text == null) {
      return absent;
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    problems.add(new FieldProblem(name, "'" + text + "' is not true or false"));
    return absent;
  }

  /** Returns the text of a parameter, or null; longer than {@code maxLength} is a problem. */
  String text(String name, int maxLength) {
    String text = raw(name);
    if (text != null && text.length() > maxLength) {
      problems.add(new FieldProblem(name, "longer than " + maxLength + " characters"));
      return null;
    }
    return text;
  }

  /**
   * Notes a problem on {@code to} when both ends are given and {@code to} comes before {@code from}.
   *
   * @param unit what the ends are, for the message: {@code date} or {@code month}
   */
  <T extends Comparable<? super T>> void ordered(String unit, T from, T to) {
    if (from != null && to != null && from.compareTo(to) > 0) {
      problems.add(new FieldProblem("to", unit + " " + to + " is before from " + from));
    }
  }

  /** Notes a problem that involves more than one field. */
  void problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
  }

  /** Throws every problem noted, if any. */
  void check() {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }
}
