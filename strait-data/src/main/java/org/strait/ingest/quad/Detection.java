package org.strait.ingest.quad;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.strait.ingest.FileSample;

/**
 * How the quadruple readers recognise their files: nearly every non-blank sampled line has the row's shape, and the
 * file is not one of the companion files that sit beside the data (id tables, statistics).
 */
final class Detection {
  /** The companion files of id-form quadruples, never event files. */
  static final Set<String> COMPANIONS = Set.of("entity2id.txt", "relation2id.txt", "stat.txt");

  private Detection() {}

  /** Tells whether at least 4 in 5 of the sample's non-blank lines, and the first, match the pattern. */
  static boolean mostLinesMatch(FileSample sample, Pattern row) {
    if (COMPANIONS.contains(sample.fileName().toLowerCase(Locale.ROOT))) {
      return false;
    }
    List<String> lines = sample.lines().stream().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty() || !row.matcher(strip(lines.get(0))).matches()) {
      return false;
    }
    long matching = lines.stream().filter(l -> row.matcher(strip(l)).matches()).count();
    return matching * 5 >= lines.size() * 4L;
  }

  private static String strip(String line) {
    String s = line.startsWith("\uFEFF") ? line.substring(1) : line;
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }
}
