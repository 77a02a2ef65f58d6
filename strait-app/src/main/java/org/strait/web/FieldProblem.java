package org.strait.web;

import org.strait.core.Require;

/**
 * One problem with one field of a request: the field as the client wrote it (a query parameter, or a dotted path
 * into the JSON body such as {@code params.runs}) and what is wrong with it.
 *
 * @param field the field's name
 * @param message what is wrong, with the offending value
 */
public record FieldProblem(String field, String message) {
  /** Checks that both parts are given. */
  public FieldProblem {
    Require.argument(field != null && !field.isBlank(), "a problem names its field");
    Require.argument(message != null && !message.isBlank(), "a problem says what is wrong");
  }
}
