package org.strait.model;

import java.time.YearMonth;
import org.strait.core.Require;

/**
 * A dated shock: something that happens in a given month, from the chronicle or from a scenario.
 *
 * @param month the month the shock happens
 * @param kind what it does
 * @param issue the issue it touches, for issue kinds only (null otherwise)
 * @param magnitude its size, in the unit {@link ShockKind} gives for the kind
 */
public record Shock(YearMonth month, ShockKind kind, Issue issue, double magnitude) {
  /** Checks that issue kinds name an issue, others do not, and that fractions are within 0–1. */
  public Shock {
    Require.nonNull(month, "shock month");
    Require.nonNull(kind, "shock kind");
    Require.finite(magnitude, "shock magnitude");
    Require.argument(kind.needsIssue() == (issue != null),
        "a %s shock %s an issue", kind.key(), kind.needsIssue() ? "needs" : "takes no");
    if (kind.needsIssue()) {
      Require.argument(magnitude >= 0 && magnitude <= 1, "a %s magnitude is a fraction 0..1, was %s",
          kind.key(), magnitude);
    }
    if (kind == ShockKind.NUCLEAR_TEST || kind == ShockKind.MISSILE_TEST) {
      Require.argument(magnitude >= 0, "a %s magnitude counts tests, was %s", kind.key(), magnitude);
    }
  }
}
