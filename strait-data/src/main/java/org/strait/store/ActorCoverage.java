package org.strait.store;

/**
 * How many of a file's valid rows involve a followed country, and how many of those have both actors resolved to a
 * country: a row involves the countries when at least one of its actors resolves to one of the ingest's countries
 * (by default the six), and is resolved when the other actor resolves too (to any country). The rest lose an actor
 * that the actor dictionary does not know (a person, an organisation, a region). Counted for readers that resolve
 * actor names (ICEWS and quadruples); zero for GDELT, whose rows carry country codes.
 *
 * @param involving valid rows with at least one actor of the followed countries
 * @param resolved of those, rows whose two actors both resolve
 */
public record ActorCoverage(long involving, long resolved) {
  /** Returns the sum of two coverages. */
  public ActorCoverage plus(ActorCoverage other) {
    return new ActorCoverage(involving + other.involving, resolved + other.resolved);
  }

  /** Returns the share of involving rows that are resolved, or NaN when none involve the countries. */
  public double share() {
    return involving == 0 ? Double.NaN : (double) resolved / involving;
  }
}
