package org.strait.core;

/** Argument and state checks that fail fast with the offending value in the message. */
public final class Require {
  private Require() {}

  /**
   * Checks an argument.
   *
   * @throws IllegalArgumentException with the formatted message when {@code condition} is false
   */
  public static void argument(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(format, args));
    }
  }

  /**
   * Checks the state of an object.
   *
   * @throws IllegalStateException with the formatted message when {@code condition} is false
   */
  public static void state(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalStateException(String.format(format, args));
    }
  }

  /** Returns {@code value}, or throws {@link IllegalArgumentException} naming {@code what} when it is null. */
  public static <T> T nonNull(T value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    return value;
  }

  /** Returns {@code value} when it is finite, or throws {@link IllegalArgumentException} naming {@code what}. */
  public static double finite(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite, was " + value);
    }
    return value;
  }
}
