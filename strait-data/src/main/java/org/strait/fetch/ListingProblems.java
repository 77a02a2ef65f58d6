package org.strait.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The problems found in GDELT listings, each naming the listing's URL and line, kept up to a limit. */
final class ListingProblems {
  /** How many problems are kept word for word; the rest are counted. */
  static final int LIMIT = 20;

  private final List<String> kept = new ArrayList<>();
  private int count;

  /** Records a problem at a line of a listing. */
  void add(URI listing, long line, String problem) {
    count++;
    if (kept.size() < LIMIT) {
      kept.add(listing + " line " + line + ": " + problem);
    }
  }

  /** Records the problems of another parse. */
  void addAll(ListingProblems other) {
    for (String p : other.kept) {
      if (kept.size() < LIMIT) {
        kept.add(p);
      }
    }
    count += other.count;
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** Throws a {@link FetchException} with every kept problem when there is any. */
  void throwIfAny() {
    if (count == 0) {
      return;
    }
    List<String> lines = new ArrayList<>(kept);
    if (count > kept.size()) {
      lines.add("... and " + (count - kept.size()) + " more problems in the listings");
    }
    throw new FetchException(lines);
  }
}
