package org.strait.model;

import java.util.Locale;

/**
 * The name a constant of the model's enums ({@link Driver}, {@link Issue}, {@link LeverKind}, {@link ShockKind}) takes
 * in scenario files: its Java name in lower case with hyphens, e.g. {@code US_CHN_CONFLICT} is {@code us-chn-conflict}.
 */
final class ScenarioKey {
  private ScenarioKey() {}

  /** Returns the scenario-file name of {@code constant}. */
  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the one of {@code constants} whose scenario-file name is {@code key}.
   *
   * @throws IllegalArgumentException "unknown {@code what} 'key'" when none is
   */
  static <E extends Enum<E>> E parse(E[] constants, String key, String what) {
    for (E e : constants) {
      if (of(e).equals(key)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + what + " '" + key + "'");
  }
}
