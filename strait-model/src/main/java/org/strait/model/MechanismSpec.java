package org.strait.model;

import java.util.List;
import org.strait.core.Require;

/**
 * What a mechanism's class declares about itself: its id, its name and the seeds it follows, its parameters, its key
 * parameter (the one signed effect a calibration fits and whose sign the seeds predict) and the seed claims it tests.
 *
 * @param id the mechanism's id
 * @param title the mechanism's name in MODEL.md
 * @param seeds the numbers of the seed files it follows, e.g. {@code ["000", "003"]}; empty for a mechanism from
 *     beyond the seeds
 * @param parameters the specs of its parameters, with units, ranges and priors
 * @param key the name of its key parameter, one of {@code parameters}
 * @param claims the claims about the key parameter's sign that the verdicts judge, at least one
 */
public record MechanismSpec(MechanismId id, String title, List<String> seeds, List<ParameterSpec> parameters,
    String key, List<SeedClaim> claims) {
  /** Checks that the mechanism has a title, that the key is one of the parameters and that every claim is about it. */
  public MechanismSpec {
    Require.nonNull(id, "mechanism id");
    Require.argument(title != null && !title.isBlank(), "%s has no title", id);
    seeds = List.copyOf(seeds);
    parameters = List.copyOf(parameters);
    claims = List.copyOf(claims);
    Require.argument(parameters.stream().anyMatch(p -> p.name().equals(key)),
        "%s: key parameter %s is not among its parameters", id, key);
    Require.argument(!claims.isEmpty(), "%s tests no claim", id);
    for (SeedClaim c : claims) {
      Require.argument(c.mechanism() == id, "%s declares a claim about %s", id, c.mechanism());
    }
  }

  /** Returns the spec of the key parameter. */
  public ParameterSpec keySpec() {
    return parameters.stream().filter(p -> p.name().equals(key)).findFirst().orElseThrow();
  }
}
