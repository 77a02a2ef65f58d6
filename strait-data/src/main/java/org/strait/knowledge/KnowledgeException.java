package org.strait.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when the knowledge files are invalid; carries every violation found, each with its file and line, so that
 * one run reports all problems at once.
 */
public final class KnowledgeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /** Creates an exception listing the violations (at least one). */
  public KnowledgeException(List<Violation> violations) {
    super(violations.size() + " problem(s) in the knowledge files:\n"
        + violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
    this.violations = List.copyOf(violations);
  }

  /** Returns the violations, in file and line order. */
  public List<Violation> violations() {
    return violations;
  }
}
