package org.strait.model;

/** What a dated shock does to the model's state in its month. */
public enum ShockKind {
  /** An issue flares: its state moves a fraction {@code magnitude} (0–1) of the way to 1. Needs an issue. */
  ISSUE_FLARE(true),
  /** An issue is partly settled: its state is multiplied by {@code 1 - magnitude} (0–1). Needs an issue. */
  ISSUE_SETTLEMENT(true),
  /** A North Korean nuclear test; {@code magnitude} counts tests (usually 1). */
  NUCLEAR_TEST(false),
  /** A major North Korean missile launch; {@code magnitude} counts launches. */
  MISSILE_TEST(false),
  /** A direct push to the relation temperature, in index points (positive = cooperative). */
  RELATION_PUSH(false),
  /** A push to Korean public sentiment towards Japan, on the latent sentiment scale (positive = warmer). */
  SENTIMENT_PUSH(false);

  private final boolean needsIssue;

  ShockKind(boolean needsIssue) {
    this.needsIssue = needsIssue;
  }

  /** Tells whether a shock of this kind names an issue. */
  public boolean needsIssue() {
    return needsIssue;
  }

  /** Returns the name used in scenario files, e.g. {@code issue-flare}. */
  public String key() {
    return ScenarioKey.of(this);
  }

  /** Returns the kind with scenario-file name {@code key}. */
  public static ShockKind ofKey(String key) {
    return ScenarioKey.parse(values(), key, "shock kind");
  }
}
