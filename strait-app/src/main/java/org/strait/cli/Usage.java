package org.strait.cli;

import java.util.List;

/** The commands' checks of their options: a failed one is a usage error (exit code 2) with the message given. */
final class Usage {
  private Usage() {}

  /** Throws {@link IllegalArgumentException} with {@code format} filled with {@code args} unless {@code condition}. */
  static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(format, args));
    }
  }

  /**
   * Checks that {@code value} is one of {@code allowed}; the message names {@code option}, the allowed values and
   * {@code given}, the value as the user wrote it (e.g. "--format must be md, html or json, was 'x'").
   */
  static void oneOf(String option, String value, String given, String... allowed) {
    if (!List.of(allowed).contains(value)) {
      String last = allowed[allowed.length - 1];
      String choices = allowed.length == 1 ? last
          : String.join(", ", List.of(allowed).subList(0, allowed.length - 1)) + " or " + last;
      throw new IllegalArgumentException(option + " must be " + choices + ", was '" + given + "'");
    }
  }
}
