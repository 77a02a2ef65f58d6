package org.strait.index;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The length of one period of an index: a calendar month, or an ISO week starting on Monday. */
public enum Granularity {
  /** Calendar months, labelled {@code YYYY-MM}. */
  MONTH,
  /** ISO weeks, labelled by their Monday {@code YYYY-MM-DD}. */
  WEEK;

  /** Returns the first day of the period that contains {@code day}. */
  public LocalDate start(LocalDate day) {
    return this == MONTH ? day.withDayOfMonth(1) : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Returns the first day of the period after the one starting on {@code start}. */
  public LocalDate next(LocalDate start) {
    return this == MONTH ? start.plusMonths(1) : start.plusWeeks(1);
  }

  /**
   * Returns the month a period belongs to when one source is chosen per month: its own month, or for a week the
   * month of its Thursday (the month that holds most of its days, as ISO 8601 assigns weeks to years).
   */
  public YearMonth month(LocalDate start) {
    return YearMonth.from(this == MONTH ? start : start.plusDays(3));
  }

  /** Returns the label of the period starting on {@code start}: {@code 2012-08} or {@code 2012-08-06}. */
  public String label(LocalDate start) {
    return this == MONTH ? start.toString().substring(0, 7) : start.toString();
  }

  /** Returns the number of periods from the period starting on {@code from} to the one starting on {@code to}. */
  public long between(LocalDate from, LocalDate to) {
    return (this == MONTH ? ChronoUnit.MONTHS : ChronoUnit.WEEKS).between(from, to);
  }

  /** Returns the name of the period column in tables: {@code month} or {@code week}. */
  public String column() {
    return this == MONTH ? "month" : "week";
  }
}
