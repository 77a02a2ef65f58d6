package org.strait.ingest;

import java.util.List;

/** The list of every reader strait ships, in the order detection asks them (most specific first). */
final class StandardReaders {
  private StandardReaders() {}

  static List<EventReader> all() {
    return List.of(
        new org.strait.ingest.archive.ArchiveReader(),
        org.strait.ingest.gdelt.GdeltEventReader.gdelt2(),
        org.strait.ingest.gdelt.GdeltEventReader.gdelt1(),
        new org.strait.ingest.icews.IcewsReader(),
        new org.strait.ingest.quad.IdQuadReader(),
        new org.strait.ingest.quad.NamedQuadReader());
  }
}
