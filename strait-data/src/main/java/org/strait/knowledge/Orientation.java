package org.strait.knowledge;

import java.util.Locale;

/** The political orientation of a government in Seoul or Tokyo, as the literature on the two countries uses it. */
public enum Orientation {
  /** Conservative (Korea's conservative camp; Japan's Liberal Democratic Party). */
  CONSERVATIVE,
  /** Progressive (Korea's democratic camp; Japan's Socialist Party and Democratic Party of Japan). */
  PROGRESSIVE,
  /** Centrist reformist coalitions that fit neither camp (Japan 1993–94). */
  CENTRIST;

  /** Parses the lower-case label used in the files. */
  public static Orientation parse(String text) {
    for (Orientation o : values()) {
      if (o.name().equalsIgnoreCase(text.trim())) {
        return o;
      }
    }
    throw new IllegalArgumentException("orientation must be conservative, progressive or centrist, was '"
        + text + "'");
  }

  /** Returns the lower-case label used in the files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
