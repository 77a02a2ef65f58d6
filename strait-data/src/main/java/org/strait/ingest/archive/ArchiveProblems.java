package org.strait.ingest.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strait.core.Version;
import org.strait.ingest.IngestException;

/**
 * What is wrong with one archive, gathered so that a read reports every problem at once (the first {@link #SHOWN})
 * in one {@link IngestException} on the marker; each problem names the file inside the archive, and the row and
 * column where there is one.
 */
final class ArchiveProblems {
  /** How many problems the exception lists; the rest are counted. */
  static final int SHOWN = 20;

  private final Path dir;
  private final List<String> shown = new ArrayList<>();
  private long count;
  private String version;

  ArchiveProblems(Path dir) {
    this.dir = dir;
  }

  /** Records the strait version named by the marker, mentioned in the error when it is not this one. */
  void writtenBy(String markerVersion) {
    this.version = markerVersion;
  }

  /** Records a problem with a file or folder of the archive. */
  void add(Path where, String problem) {
    add(name(where) + ": " + problem);
  }

  /** Records a problem already worded with its place. */
  void add(String problem) {
    count++;
    if (shown.size() < SHOWN) {
      shown.add(problem);
    }
  }

  /** Returns the path of a file or folder relative to the archive, with {@code /} separators. */
  String name(Path where) {
    return dir.relativize(where.toAbsolutePath()).toString().replace('\\', '/');
  }

  /** Tells whether any problem was recorded. */
  boolean any() {
    return count > 0;
  }

  /** Throws an exception on the marker listing the problems, when there are any. */
  void throwIfAny(Path marker) {
    if (count == 0) {
      return;
    }
    StringBuilder m = new StringBuilder("the archive is damaged: ").append(count)
        .append(count == 1 ? " problem" : " problems").append(count > SHOWN ? " (the first " + SHOWN + " shown)" : "");
    if (version != null && !version.equals(Version.current())) {
      m.append(" (the archive was written by strait ").append(version).append("; this is strait ")
          .append(Version.current()).append(')');
    }
    for (String p : shown) {
      m.append(System.lineSeparator()).append("  ").append(p);
    }
    throw new IngestException(marker, m.toString());
  }
}
