package org.strait.model;

import org.strait.core.Require;

/**
 * One claim about a mechanism and the sign it predicts for the mechanism's key parameter
 * ({@link MechanismSpec#key()}), as MODEL.md's table gives it. Each mechanism's class declares the claims it tests
 * in its {@link MechanismSpec}; {@code Mechanisms.claims()} lists them all.
 *
 * @param mechanism the mechanism
 * @param label the claim's label, e.g. {@code M2} or {@code M2'}
 * @param source the seeds it comes from (e.g. {@code "seeds 000, 003"}) or the literature
 * @param sign +1 when the claim predicts a positive key parameter, -1 a negative one
 * @param prediction what the claim predicts, in words
 */
public record SeedClaim(MechanismId mechanism, String label, String source, int sign, String prediction) {
  /** Checks the sign. */
  public SeedClaim {
    Require.nonNull(mechanism, "mechanism");
    Require.argument(sign == 1 || sign == -1, "a predicted sign is +1 or -1, was %s", sign);
  }
}
