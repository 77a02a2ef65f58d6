package org.strait.index;

/** The kind of a turning point: a lasting change of level, or a short excursion that reverts. */
public enum Kind {
  /** A lasting change of the level. */
  LEVEL,
  /** A one- or two-period excursion beyond the band that reverts. */
  SHOCK
}
