package org.strait.model;

/**
 * A policy lever the seeds propose, which a scenario may pull in a given month. Their effects are parameters named
 * {@code lever.<key>.<effect>} in {@link CoreParameters}.
 */
public enum LeverKind {
  /** Compensation of victims and memorials (seed 001): settles the history disputes in part, moves sentiment. */
  COMPENSATION_OF_VICTIMS,
  /** A Japanese leader's visit to Seoul, reciprocating Yoon's March 2023 visit to Tokyo (seed 001). */
  LEADER_VISIT_SEOUL,
  /** A US–Japan–Korea summit (seeds 001, 003): raises US engagement for some months. */
  TRILATERAL_SUMMIT,
  /** Inviting Korea into the Quad (seed 001 recommends it; seed 000 says Japan opposed it). Effect of free sign. */
  QUAD_INVITATION,
  /** Resuming the six-party talks (seed 001): lowers North Korean test rates from then on. */
  SIX_PARTY_TALKS,
  /** Japan removes the 2019 export controls (seeds 001, 004): settles that dispute. */
  EXPORT_CONTROL_REMOVAL,
  /** The intelligence pact GSOMIA restored in full (seeds 001, 004): settles that dispute. */
  GSOMIA_RESTORED;

  /** Returns the name used in scenario files and parameter names, e.g. {@code leader-visit-seoul}. */
  public String key() {
    return ScenarioKey.of(this);
  }

  /** Returns the lever with scenario-file name {@code key}. */
  public static LeverKind ofKey(String key) {
    return ScenarioKey.parse(values(), key, "lever");
  }
}
