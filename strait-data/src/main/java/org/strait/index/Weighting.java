package org.strait.index;

/**
 * How much one event counts in a period's mean: once, or by the number of mentions, sources or articles the source
 * reports for it (GDELT has all three; ICEWS and quadruple files have none, and asking for them there is an error).
 */
public enum Weighting {
  /** Every event counts once. */
  NONE(null),
  /** Weight by GDELT's NumMentions. */
  MENTIONS("mentions"),
  /** Weight by GDELT's NumSources. */
  SOURCES("sources"),
  /** Weight by GDELT's NumArticles. */
  ARTICLES("articles");

  private final String column;

  Weighting(String column) {
    this.column = column;
  }

  /** Returns the column of {@code events} that holds the weight, or null for {@link #NONE}. */
  public String column() {
    return column;
  }
}
