package org.strait.app;

import java.util.List;
import org.strait.ingest.ActorResolver;
import org.strait.ingest.ActorResolvers;
import org.strait.ingest.CountryEntities;

/** The actor resolver every ingest uses: the country entities first, then the knowledge base's dictionary. */
public final class Actors {
  private static final ActorResolver STANDARD = ActorResolvers.firstOf(List.of(new CountryEntities()));

  private Actors() {}

  /** Returns the standard resolver. */
  public static ActorResolver standard() {
    return STANDARD;
  }
}
