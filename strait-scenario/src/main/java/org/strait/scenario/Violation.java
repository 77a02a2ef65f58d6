package org.strait.scenario;

/**
 * One problem in a scenario file: where (a field path such as {@code shocks[2].month}) and what is wrong.
 *
 * @param path the field path, {@code ""} for the whole file
 * @param message what is wrong, with the offending value
 */
public record Violation(String path, String message) {
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
