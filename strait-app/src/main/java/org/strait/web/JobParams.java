package org.strait.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.strait.knowledge.CountryCodes;
import org.strait.core.Dyad;

/**
 * The parameters of one job request, checked against their {@link ParamSpec}s: every problem (unknown name, wrong
 * kind, out of limits, missing) is collected and thrown at once, each naming its field as {@code params.<name>}.
 */
public final class JobParams {
  private final Map<String, Object> values;
  private final Map<String, Object> echo;

  private JobParams(Map<String, Object> values, Map<String, Object> echo) {
    this.values = values;
    this.echo = echo;
  }

  /**
   * Checks {@code json} (an object, or null for none) against {@code specs}.
   *
   * @throws ValidationException listing every problem
   */
  public static JobParams check(JsonNode json, List<ParamSpec> specs) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, ParamSpec> byName = new HashMap<>();
    specs.forEach(s -> byName.put(s.name(), s));
    if (json != null && !json.isNull() && !json.isObject()) {
      throw new ValidationException("params", "must be a JSON object");
    }
    if (json != null && json.isObject()) {
      for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!byName.containsKey(name)) {
          problems.add(new FieldProblem("params." + name, "unknown parameter; known: "
              + String.join(", ", new TreeMap<>(byName).keySet())));
        }
      }
    }
    Map<String, Object> values = new HashMap<>();
    Map<String, Object> echo = new TreeMap<>();
    for (ParamSpec spec : specs) {
      JsonNode node = json == null ? null : json.get(spec.name());
      String field = "params." + spec.name();
      if (node == null || node.isNull()) {
        if (spec.required()) {
          problems.add(new FieldProblem(field, "required (" + spec.description() + ")"));
        } else if (spec.defaultValue() != null) {
          put(spec.name(), parse(spec, spec.defaultValue(), field, problems), values, echo);
        }
        continue;
      }
      put(spec.name(), value(spec, node, field, problems), values, echo);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new JobParams(values, echo);
  }

  private static void put(String name, Object v, Map<String, Object> values, Map<String, Object> echo) {
    if (v != null) {
      values.put(name, v);
      echo.put(name, v instanceof Long || v instanceof Boolean ? v : v.toString());
    }
  }

  private static Object value(ParamSpec spec, JsonNode node, String field, List<FieldProblem> problems) {
    switch (spec.kind()) {
      case INTEGER:
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
          problems.add(new FieldProblem(field, "must be a whole number, was " + node));
          return null;
        }
        return limits(spec, node.longValue(), field, problems);
      case BOOLEAN:
        if (!node.isBoolean()) {
          problems.add(new FieldProblem(field, "must be true or false, was " + node));
          return null;
        }
        return node.booleanValue();
      default:
        if (!node.isTextual()) {
          problems.add(new FieldProblem(field, "must be a string, was " + node));
          return null;
        }
        return parse(spec, node.textValue(), field, problems);
    }
  }

  private static Object parse(ParamSpec spec, String text, String field, List<FieldProblem> problems) {
    try {
      switch (spec.kind()) {
        case INTEGER:
          return limits(spec, Long.parseLong(text), field, problems);
        case BOOLEAN:
          return Boolean.parseBoolean(text);
        case MONTH:
          YearMonth month = YearMonth.parse(text);
          String problem = RequestLimits.monthProblem(month);
          if (problem != null) {
            problems.add(new FieldProblem(field, problem));
            return null;
          }
          return month;
        case DYAD:
          return CountryCodes.dyad(text, null);
        default:
          if (text.length() < spec.min() || text.length() > spec.max()) {
            problems.add(new FieldProblem(field, "must have " + spec.min() + ".." + spec.max() + " characters"));
            return null;
          }
          return text;
      }
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "'" + text + "' is not a month YYYY-MM"));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, e.getMessage()));
    }
    return null;
  }

  private static Long limits(ParamSpec spec, long v, String field, List<FieldProblem> problems) {
    if ((spec.min() != null && v < spec.min()) || (spec.max() != null && v > spec.max())) {
      problems.add(new FieldProblem(field, "must be within " + spec.min() + ".." + spec.max() + ", was " + v));
      return null;
    }
    return v;
  }

  /** Returns a whole-number parameter (its default when absent). */
  public long integer(String name) {
    return (Long) values.get(name);
  }

  /** Returns a boolean parameter (its default when absent). */
  public boolean bool(String name) {
    return (Boolean) values.get(name);
  }

  /** Returns a month parameter, or null when absent. */
  public YearMonth month(String name) {
    return (YearMonth) values.get(name);
  }

  /** Returns a pair-of-countries parameter. */
  public Dyad dyad(String name) {
    return (Dyad) values.get(name);
  }

  /** Returns a text parameter, or null when absent. */
  public String text(String name) {
    return (String) values.get(name);
  }

  /** Returns the parameters as checked, defaults included, for the job's status. */
  public Map<String, Object> asMap() {
    return java.util.Collections.unmodifiableMap(echo);
  }
}
