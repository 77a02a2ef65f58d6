package org.strait.index;

/** Which way the level of an index moved at a turning point. */
public enum Direction {
  /** The relation improved: the new level is higher (more cooperative). */
  UP,
  /** The relation worsened: the new level is lower (more conflictual). */
  DOWN
}
