package org.strait.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The matching key of a name or label as event sources spell it: accents stripped, lower case, hyphens and
 * non-breaking spaces as spaces, runs of spaces as one, trimmed ("Kim Jong-Un" and "kim jong un" share a key, as do
 * "Threaten non-force" and "Threaten non force").
 */
public final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NameKey() {}

  /** Returns the key of a name. */
  public static String of(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    return SPACES.matcher(plain.toLowerCase(Locale.ROOT).replace('-', ' ').replace('\u00a0', ' ')).replaceAll(" ")
        .trim();
  }
}
