package org.strait.knowledge;

import java.util.List;
import org.strait.core.Country;
import org.strait.core.Require;

/**
 * A dispute (issue) whose state the model follows: history, territory, trade or security questions that flare and
 * settle (mechanism M6).
 *
 * @param id a lower-case slug such as {@code comfort-women}
 * @param name the usual English name
 * @param parties the countries in dispute
 * @param domain {@code history}, {@code territory}, {@code economy}, {@code security} or {@code environment}
 * @param description one sentence in our own words
 * @param source seeds and public documents that name the dispute
 */
public record Dispute(String id, String name, List<Country> parties, String domain, String description,
    String source) {
  /** Checks every field. */
  public Dispute {
    Require.argument(id != null && id.matches("[a-z0-9][a-z0-9-]*"), "dispute id must be a slug, was '%s'", id);
    Require.argument(name != null && !name.isBlank(), "name must not be blank");
    parties = List.copyOf(Require.nonNull(parties, "parties"));
    Require.argument(parties.size() >= 2, "a dispute needs two parties, %s has %s", id, parties.size());
    Require.argument(domain != null && domain.matches("history|territory|economy|security|environment"),
        "domain must be history, territory, economy, security or environment, was '%s'", domain);
    Require.argument(description != null && !description.isBlank(), "description must not be blank");
    Require.argument(source != null && !source.isBlank(), "source must not be blank");
  }
}
