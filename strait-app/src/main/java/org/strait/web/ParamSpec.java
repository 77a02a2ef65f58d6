package org.strait.web;

import java.util.regex.Pattern;
import org.strait.core.Require;

/**
 * The declaration of one job parameter: its name, kind, whether it is required, its default and its limits. Job
 * types declare them; {@link JobParams} checks requests against them; the dashboard builds its forms from them.
 *
 * @param name the parameter's name, lower camel case
 * @param kind what values it takes
 * @param required true when a request must give it
 * @param defaultValue the value used when it is absent (as JSON text would give it), or null
 * @param min the least value of an {@link Kind#INTEGER} parameter, or the shortest text; null for none
 * @param max the greatest value of an {@link Kind#INTEGER} parameter, or the longest text; null for none
 * @param description one sentence for the API description and the dashboard
 */
public record ParamSpec(String name, Kind kind, boolean required, String defaultValue, Long min, Long max,
    String description) {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  /** The kinds of parameter values. */
  public enum Kind {
    /** A whole number within [min, max]. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A month {@code YYYY-MM}. */
    MONTH,
    /** A pair of countries {@code ISO3-ISO3}. */
    DYAD,
    /** Text of at most {@code max} characters. */
    TEXT
  }

  /** Checks the declaration. */
  public ParamSpec {
    Require.argument(name != null && NAME.matcher(name).matches(), "parameter name '%s' is not lower camel case",
        name);
    Require.nonNull(kind, "parameter kind");
    Require.argument(min == null || max == null || min <= max, "parameter %s: min %s > max %s", name, min, max);
    Require.argument(kind != Kind.TEXT || max != null, "text parameter %s needs a maximum length", name);
    Require.argument(description != null && !description.isBlank(), "parameter %s needs a description", name);
  }

  /** Declares a whole-number parameter with a default and limits. */
  public static ParamSpec integer(String name, long defaultValue, long min, long max, String description) {
    Require.argument(defaultValue >= min && defaultValue <= max, "default of %s is outside its limits", name);
    return new ParamSpec(name, Kind.INTEGER, false, Long.toString(defaultValue), min, max, description);
  }

  /** Declares a boolean parameter with a default. */
  public static ParamSpec bool(String name, boolean defaultValue, String description) {
    return new ParamSpec(name, Kind.BOOLEAN, false, Boolean.toString(defaultValue), null, null, description);
  }

  /** Declares an optional month parameter. */
  public static ParamSpec month(String name, String description) {
    return new ParamSpec(name, Kind.MONTH, false, null, null, null, description);
  }

  /** Declares a required pair-of-countries parameter. */
  public static ParamSpec dyad(String name, String description) {
    return new ParamSpec(name, Kind.DYAD, true, null, null, null, description);
  }

  /** Declares an optional text parameter of at most {@code maxLength} characters. */
  public static ParamSpec text(String name, int maxLength, String description) {
    return new ParamSpec(name, Kind.TEXT, false, null, 1L, (long) maxLength, description);
  }
}
