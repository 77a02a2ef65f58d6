package org.strait.knowledge;

import java.util.List;
import org.strait.ingest.ActorResolver;
import org.strait.ingest.ActorResolvers;
import org.strait.ingest.CountryEntities;

/**
 * The actor resolver every ingest uses, locally and on Spark: the six countries' entity names first (they define
 * what {@code --strict} counts), then the knowledge base's {@link ActorDictionary}.
 */
public final class StandardActors {
  private static final ActorResolver RESOLVER =
      ActorResolvers.firstOf(List.of(new CountryEntities(), ActorDictionary.standard()));

  private StandardActors() {}

  /** Returns the standard resolver; immutable and thread-safe. */
  public static ActorResolver resolver() {
    return RESOLVER;
  }
}
