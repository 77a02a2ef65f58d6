package org.strait.fit;

import java.time.YearMonth;
import java.util.Arrays;
import org.strait.core.Require;

/**
 * A monthly series of observed values, {@code NaN} where a month has no observation, that can be cut at a month so
 * that code given the cut view cannot read any later month: the guard that keeps fits and forecasts from looking
 * ahead.
 */
public final class MonthlySeries {
  private final YearMonth start;
  private final double[] values;
  private final int visible;

  private MonthlySeries(YearMonth start, double[] values, int visible) {
    this.start = start;
    this.values = values;
    this.visible = visible;
  }

  /** Returns a series of {@code values} whose first month is {@code start}; every month is visible. */
  public static MonthlySeries of(YearMonth start, double[] values) {
    Require.nonNull(start, "start month");
    Require.argument(values.length > 0, "a series needs at least one month");
    for (double v : values) {
      Require.argument(Double.isNaN(v) || Double.isFinite(v), "series values must be finite or NaN, found %s", v);
    }
    return new MonthlySeries(start, values.clone(), values.length);
  }

  /** Returns the view of this series that ends with {@code last}: later months cannot be read from it. */
  public MonthlySeries until(YearMonth last) {
    int n = index(last) + 1;
    Require.argument(n >= 1, "cut month %s is before the series starts (%s)", last, start);
    return new MonthlySeries(start, values, Math.min(n, visible));
  }

  /** Returns the first month. */
  public YearMonth start() {
    return start;
  }

  /** Returns the last visible month. */
  public YearMonth end() {
    return start.plusMonths(visible - 1L);
  }

  /** Returns the number of visible months. */
  public int length() {
    return visible;
  }

  /**
   * Returns the value of a month, {@code NaN} when it has no observation.
   *
   * @throws IllegalStateException when the month lies after the end of this view (a look-ahead)
   * @throws IllegalArgumentException when the month lies before the start
   */
  public double get(YearMonth month) {
    int i = index(month);
    Require.argument(i >= 0, "month %s is before the series starts (%s)", month, start);
    Require.state(i < visible, "look-ahead refused: month %s lies after the end of the data view (%s)", month, end());
    return values[i];
  }

  /** Returns the value at position {@code i} (0 = start), with the same guard as {@link #get}. */
  public double at(int i) {
    Require.argument(i >= 0, "position %s is before the series starts", i);
    Require.state(i < visible, "look-ahead refused: position %s lies after the end of the data view (%s)", i, end());
    return values[i];
  }

  /** Returns a copy of the visible values. */
  public double[] values() {
    return Arrays.copyOf(values, visible);
  }

  /** Returns the visible values that are observed (not NaN), in order. */
  public double[] observed() {
    return Arrays.stream(values, 0, visible).filter(v -> !Double.isNaN(v)).toArray();
  }

  /** Returns the position of a month (0 = start); negative before the start. */
  public int index(YearMonth month) {
    return (int) (month.getYear() * 12L + month.getMonthValue() - (start.getYear() * 12L + start.getMonthValue()));
  }

  /** Returns the month at a position. */
  public YearMonth month(int i) {
    return start.plusMonths(i);
  }
}
