package org.strait.ingest;

import java.time.LocalDate;
import java.util.Optional;
import org.strait.core.Actor;

/**
 * Resolves an actor name as a source writes it ("Japan", "Government (South Korea)", "Shinzo Abe") to an actor
 * with its country and sector, on the date of the event (a minister belongs to a country only while in office).
 */
public interface ActorResolver {
  /** Returns the resolved actor, or empty when the name belongs to no known country on that date. */
  Optional<Actor> resolve(String name, LocalDate date);
}
