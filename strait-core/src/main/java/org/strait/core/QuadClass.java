package org.strait.core;

/**
 * The four CAMEO quad classes, numbered as GDELT numbers them: verbal and material cooperation and conflict.
 *
 * <p>GDELT files state the class of each event; for sources that do not (ICEWS), the class follows from the root
 * code as GDELT assigns it: 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20
 * material conflict. See {@code docs/decisions.md}.
 */
public enum QuadClass {
  /** Roots 01–05: statements, appeals, intent to cooperate, consultation, diplomatic cooperation. */
  VERBAL_COOPERATION(1),
  /** Roots 06–09: material cooperation, aid, yielding, investigation. */
  MATERIAL_COOPERATION(2),
  /** Roots 10–14: demands, disapproval, rejection, threats, protest. */
  VERBAL_CONFLICT(3),
  /** Roots 15–20: force posture, reduced relations, coercion, assault, fighting, mass violence. */
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  /** Returns GDELT's number for this class, 1 to 4. */
  public int number() {
    return number;
  }

  /** Tells whether this class is one of the two cooperation classes. */
  public boolean cooperative() {
    return this == VERBAL_COOPERATION || this == MATERIAL_COOPERATION;
  }

  /** Returns the class of GDELT number {@code number} (1–4). */
  public static QuadClass ofNumber(int number) {
    Require.argument(number >= 1 && number <= 4, "QuadClass must be 1 to 4, was %s", number);
    return values()[number - 1];
  }

  /** Returns the class of a CAMEO root code (1–20). */
  public static QuadClass ofRoot(int root) {
    Require.argument(root >= 1 && root <= 20, "CAMEO root code must be 1 to 20, was %s", root);
    if (root <= 5) {
      return VERBAL_COOPERATION;
    } else if (root <= 9) {
      return MATERIAL_COOPERATION;
    } else if (root <= 14) {
      return VERBAL_CONFLICT;
    }
    return MATERIAL_CONFLICT;
  }
}
