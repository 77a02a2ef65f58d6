package org.strait.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A YAML node with its field path, and the checks that read typed values from it. Every failed check adds a
 * {@link Violation} to the shared list and returns null, so that reading goes on and all problems are found.
 */
public final class Node {
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  final JsonNode json;
  final String path;
  private final List<Violation> violations;

  /** Wraps {@code json} found at {@code path}; failed checks add to {@code violations}. */
  public Node(JsonNode json, String path, List<Violation> violations) {
    this.json = json;
    this.path = path;
    this.violations = violations;
  }

  /** Adds a violation at this node's path. */
  public void fail(String message) {
    violations.add(new Violation(path, message));
  }

  /** Returns whether the node holds a value (not missing, not null). */
  public boolean present() {
    return json != null && !json.isMissingNode() && !json.isNull();
  }

  /** Returns the field {@code name} of this mapping, missing when absent. */
  public Node field(String name) {
    return new Node(json == null ? null : json.get(name), path.isEmpty() ? name : path + "." + name, violations);
  }

  /** Reports fields of this mapping not in {@code known}. */
  public void onlyFields(Set<String> known) {
    if (json != null && json.isObject()) {
      json.fieldNames().forEachRemaining(name -> {
        if (!known.contains(name)) {
          field(name).fail("unknown field (expected one of " + String.join(", ", known) + ")");
        }
      });
    }
  }

  /** Returns whether the node is a mapping; when present and not, adds a violation. */
  public boolean isMapping() {
    if (!present() || !json.isObject()) {
      fail(present() ? "must be a mapping" : "is missing");
      return false;
    }
    return true;
  }

  /** Returns the items of this list (none when absent; a violation when not a list). */
  public List<Node> items() {
    List<Node> out = new ArrayList<>();
    if (!present()) {
      return out;
    }
    if (!json.isArray()) {
      fail("must be a list");
      return out;
    }
    for (int i = 0; i < json.size(); i++) {
      out.add(new Node(json.get(i), path + "[" + i + "]", violations));
    }
    return out;
  }

  /** Returns the field names of this mapping, in file order. */
  public List<String> fieldNames() {
    List<String> out = new ArrayList<>();
    if (json != null && json.isObject()) {
      Iterator<String> it = json.fieldNames();
      it.forEachRemaining(out::add);
    }
    return out;
  }

  /** Returns the node's text, or null (with a violation when required or not text). */
  public String text(boolean required) {
    if (!present()) {
      if (required) {
        fail("is missing");
      }
      return null;
    }
    if (!json.isTextual() || json.asText().isBlank()) {
      fail("must be a non-blank string, was " + json);
      return null;
    }
    return json.asText();
  }

  /** Returns the node's number within {@code lower..upper}, or null (with a violation when required or outside). */
  public Double number(boolean required, double lower, double upper) {
    if (!present()) {
      if (required) {
        fail("is missing");
      }
      return null;
    }
    if (!json.isNumber()) {
      fail("must be a number, was " + json);
      return null;
    }
    double v = json.asDouble();
    if (!Double.isFinite(v) || v < lower || v > upper) {
      fail(v + " is outside " + lower + ".." + upper);
      return null;
    }
    return v;
  }

  /** Returns the node's integer in {@code lower..upper}, or null (with a violation when required or outside). */
  public Integer integer(boolean required, int lower, int upper) {
    if (!present()) {
      if (required) {
        fail("is missing");
      }
      return null;
    }
    if (!json.isIntegralNumber()) {
      fail("must be a whole number, was " + json);
      return null;
    }
    int v = json.asInt();
    if (v < lower || v > upper) {
      fail(v + " is outside " + lower + ".." + upper);
      return null;
    }
    return v;
  }

  /** Returns the node's boolean, or null (with a violation when required or not a boolean). */
  public Boolean bool(boolean required) {
    if (!present()) {
      if (required) {
        fail("is missing");
      }
      return null;
    }
    if (!json.isBoolean()) {
      fail("must be true or false, was " + json);
      return null;
    }
    return json.asBoolean();
  }

  /** Returns the node's month ({@code YYYY-MM}), or null (with a violation when required or malformed). */
  public YearMonth month(boolean required) {
    if (!present()) {
      if (required) {
        fail("is missing");
      }
      return null;
    }
    String text = json.asText();
    var m = MONTH.matcher(text);
    if (!json.isTextual() || !m.matches()) {
      fail(text + " is not a month (YYYY-MM)");
      return null;
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      fail(text + " is not a month");
      return null;
    }
    return YearMonth.of(Integer.parseInt(m.group(1)), month);
  }
}
