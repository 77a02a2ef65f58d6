package org.strait.knowledge;

/** How much of a date a source establishes: the day, only the month, or only the year. */
public enum DatePrecision {
  /** The day is known. */
  DAY,
  /** Only the month is known. */
  MONTH,
  /** Only the year is known. */
  YEAR
}
