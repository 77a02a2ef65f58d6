package org.strait.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario file that cannot be used, with every violation found in it (not only the first). A usage error: the
 * CLI exits with code 2.
 */
public final class ScenarioInvalidException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final transient List<Violation> violations;

  /** Creates the exception for {@code source} (a file name) and its violations. */
  public ScenarioInvalidException(String source, List<Violation> violations) {
    super(source + ": " + violations.size() + " problem" + (violations.size() == 1 ? "" : "s") + "\n  "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
    this.source = source;
    this.violations = List.copyOf(violations);
  }

  /** Returns the file or name the scenario came from. */
  public String source() {
    return source;
  }

  /** Returns every violation, in file order. */
  public List<Violation> violations() {
    return violations;
  }
}
