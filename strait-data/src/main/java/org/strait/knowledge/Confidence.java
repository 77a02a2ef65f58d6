package org.strait.knowledge;

import java.util.Locale;
import org.strait.core.Require;

/** How sure the knowledge base is of a fact: honest doubt about a date, a figure or an attribution. */
public enum Confidence {
  /** Established by the named public document or by several independent sources. */
  HIGH,
  /** Well reported, but a detail (usually the exact day) rests on one account. */
  MEDIUM,
  /** Reported, but uncertain; use with care. */
  LOW;

  /** Parses {@code high}, {@code medium} or {@code low} (any case). */
  public static Confidence parse(String text) {
    Require.argument(text != null, "confidence must not be null");
    for (Confidence c : values()) {
      if (c.name().equalsIgnoreCase(text.trim())) {
        return c;
      }
    }
    throw new IllegalArgumentException("confidence must be high, medium or low, was '" + text + "'");
  }

  /** Returns the lower-case name used in the files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
