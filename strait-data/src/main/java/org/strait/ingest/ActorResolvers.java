package org.strait.ingest;

import java.util.List;
import java.util.Optional;
import org.strait.core.Actor;

/** Ways to combine actor resolvers. */
public final class ActorResolvers {
  private ActorResolvers() {}

  /** Returns a resolver that asks each resolver in turn and answers with the first that resolves the name. */
  public static ActorResolver firstOf(List<ActorResolver> resolvers) {
    List<ActorResolver> copy = List.copyOf(resolvers);
    return (name, date) -> {
      for (ActorResolver r : copy) {
        Optional<Actor> actor = r.resolve(name, date);
        if (actor.isPresent()) {
          return actor;
        }
      }
      return Optional.empty();
    };
  }
}
