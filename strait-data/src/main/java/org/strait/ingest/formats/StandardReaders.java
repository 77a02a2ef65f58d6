package org.strait.ingest.formats;

import java.util.List;
import org.strait.ingest.EventReader;
import org.strait.ingest.ReaderRegistry;
import org.strait.ingest.archive.ArchiveReader;
import org.strait.ingest.gdelt.GdeltEventReader;
import org.strait.ingest.icews.IcewsReader;
import org.strait.ingest.quad.IdQuadReader;
import org.strait.ingest.quad.NamedQuadReader;

/** The list of every reader strait ships, in the order detection asks them (most specific first). */
public final class StandardReaders {
  private StandardReaders() {}

  /** Returns the registry of every format strait reads. */
  public static ReaderRegistry registry() {
    return ReaderRegistry.of(all());
  }

  /** Returns every reader strait ships, most specific first. */
  public static List<EventReader> all() {
    return List.of(
        new ArchiveReader(),
        GdeltEventReader.gdelt2(),
        GdeltEventReader.gdelt1(),
        new IcewsReader(),
        new IdQuadReader(),
        new NamedQuadReader());
  }
}
