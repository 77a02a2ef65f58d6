package org.strait.model.scenario;

/** The two capitals whose governments the model follows (M1, M8). */
public enum Capital {
  /** Seoul: the South Korean president. */
  SEOUL,
  /** Tokyo: the Japanese prime minister. */
  TOKYO
}
