package org.strait.ingest;

import java.util.List;

/** The list of every reader strait ships, in the order detection asks them (most specific first). */
final class StandardReaders {
  private StandardReaders() {}

  static List<EventReader> all() {
    return List.of(
        // Each format's reader is added here, one line each.
        org.strait.ingest.gdelt.GdeltEventReader.gdelt2(),
        org.strait.ingest.gdelt.GdeltEventReader.gdelt1()
        );
  }
}
