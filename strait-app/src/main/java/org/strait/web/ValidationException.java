package org.strait.web;

import java.util.List;
import org.strait.core.Require;

/** Thrown when a request is invalid; carries every problem found, each with its field, and maps to HTTP 400. */
public final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order they were found. */
  private final transient List<FieldProblem> problems;

  /** Creates the exception from at least one problem. */
  public ValidationException(List<FieldProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Creates the exception for one field. */
  public ValidationException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  /** Returns every problem found. */
  public List<FieldProblem> problems() {
    return problems;
  }

  private static String summary(List<FieldProblem> problems) {
    Require.argument(problems != null && !problems.isEmpty(), "a validation failure lists at least one problem");
    StringBuilder text = new StringBuilder("invalid request:");
    problems.forEach(p -> text.append(' ').append(p.field()).append(": ").append(p.message()).append(';'));
    return text.toString();
  }
}
