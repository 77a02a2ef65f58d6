package org.strait.fetch;

import java.util.List;

/**
 * Thrown when the listing of GDELT files cannot be read or parsed, so that nothing can be fetched. Carries every
 * problem found, each naming the URL (and the line, for a bad listing line) and the reason. Failures of single
 * files are not thrown: they are collected in {@link FetchReport#failures()}.
 */
public final class FetchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** Creates an exception about one or more problems (at least one). */
  public FetchException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  /** Creates an exception about one problem, with its cause. */
  public FetchException(String problem, Throwable cause) {
    super(problem, cause);
    this.problems = List.of(problem);
  }

  /** Returns every problem found, one line each. */
  public List<String> problems() {
    return problems;
  }
}
