package org.strait.app.bargain;

import java.nio.file.Path;
import java.util.List;

/**
 * A dispute file that cannot be used: it carries every problem found, each naming the file and the line or field
 * and the reason.
 */
public final class BargainInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  /** Creates the exception for {@code file} with its problems (each already prefixed with file and line/field). */
  public BargainInputException(Path file, List<String> problems) {
    super(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n  "
        + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns the problems, one per line of the message. */
  public List<String> problems() {
    return problems;
  }
}
