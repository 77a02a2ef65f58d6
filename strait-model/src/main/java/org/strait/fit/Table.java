package org.strait.fit;

import java.time.YearMonth;
import java.util.List;
import org.strait.model.Driver;
import org.strait.model.Drivers;
import org.strait.model.Shock;
import org.strait.model.ShockSchedule;

/**
 * A fit input tabulated once per month (drivers, shocks, observations and their weights), so that the thousands of
 * likelihood evaluations of a fit read arrays. Built only from the months a view shows.
 */
final class Table {
  static final int DRIVERS = Driver.values().length;
  /**
   * The Korean president's term in months: a single five-year term (Constitution of the Republic of Korea, art. 70).
   * An unconditional forecast starts a new term when it ends.
   */
  static final int SEOUL_TERM_MONTHS = 60;
  final YearMonth start;
  final int n;
  final double[][] drivers;
  final List<Shock>[] shocks;
  final double[] headline;
  final double[] jpnToKor;
  final double[] korToJpn;
  final double[] weight;
  /**
   * The monthly probability of a new Japanese prime minister that the paths drawn over this table draw (with their
   * other random events), or 0: only an unconditional forecast's table ({@link #frozen}) has one.
   */
  double tokyoChangeRate;
  private volatile double[] years;

  @SuppressWarnings("unchecked")
  private Table(YearMonth start, int n) {
    this.start = start;
    this.n = n;
    drivers = new double[n][DRIVERS];
    shocks = new List[n];
    headline = new double[n];
    jpnToKor = new double[n];
    korToJpn = new double[n];
    weight = new double[n];
  }

  /** Tabulates every visible month of {@code input}. */
  static Table of(FitInput input) {
    Table t = new Table(input.start(), input.index().length());
    double meanCount = 0;
    double[] counts = input.counts() == null ? null : input.counts().values();
    if (counts != null) {
      int k = 0;
      for (double c : counts) {
        if (!Double.isNaN(c) && c > 0) {
          meanCount += c;
          k++;
        }
      }
      meanCount = k == 0 ? 1 : meanCount / k;
    }
    for (int i = 0; i < t.n; i++) {
      YearMonth m = input.start().plusMonths(i);
      fillDrivers(t.drivers[i], input.drivers(), m);
      t.shocks[i] = input.chronicle().in(m);
      t.headline[i] = input.index().at(i);
      t.jpnToKor[i] = input.directed() ? input.jpnToKor().at(i) : Double.NaN;
      t.korToJpn[i] = input.directed() ? input.korToJpn().at(i) : Double.NaN;
      double c = counts == null ? meanCount : counts[i];
      t.weight[i] = counts == null ? 1 : (Double.isNaN(c) || c <= 0 ? 0 : c / meanCount);
    }
    return t;
  }

  /** Tabulates the drivers and shocks of {@code months} months from {@code first}, with no observations. */
  static Table future(Drivers drivers, ShockSchedule chronicle, YearMonth first, int months) {
    return future(drivers, chronicle, first, months, first.plusMonths(months - 1L));
  }

  /**
   * Tabulates the drivers and shocks of {@code months} months from {@code first}; months after {@code lastKnown}
   * (beyond the data) take the drivers of {@code lastKnown} (inauguration counters still counting) and no shocks.
   */
  static Table future(Drivers drivers, ShockSchedule chronicle, YearMonth first, int months, YearMonth lastKnown) {
    Table t = new Table(first, months);
    for (int i = 0; i < months; i++) {
      YearMonth m = first.plusMonths(i);
      if (m.isAfter(lastKnown)) {
        fillDrivers(t.drivers[i], drivers, lastKnown);
        long ahead = (m.getYear() * 12L + m.getMonthValue()) - (lastKnown.getYear() * 12L + lastKnown.getMonthValue());
        t.drivers[i][Driver.MONTHS_SINCE_SEOUL_INAUGURATION.ordinal()] += ahead;
        t.drivers[i][Driver.MONTHS_SINCE_TOKYO_INAUGURATION.ordinal()] += ahead;
        t.shocks[i] = List.of();
      } else {
        fillDrivers(t.drivers[i], drivers, m);
        t.shocks[i] = chronicle.in(m);
      }
      t.headline[i] = Double.NaN;
      t.jpnToKor[i] = Double.NaN;
      t.korToJpn[i] = Double.NaN;
    }
    return t;
  }

  /**
   * Tabulates {@code months} months from {@code first} with the drivers frozen at their values in {@code origin} and
   * no dated shocks, for an unconditional forecast. The months since each inauguration still count up, the calendar
   * being known, and the governments change as the record says they do: Seoul's counter restarts when the
   * president's single term of {@value #SEOUL_TERM_MONTHS} months ends, and Tokyo's prime minister changes at random
   * in each path with monthly probability {@code tokyoChangeRate} ({@link Dynamics}). Before issue 20's third part
   * both governments stayed in office for ever, so M8's cycle sank towards its late-term floor and pulled the long
   * unconditional forecast down by {@code β(1 + w)/κ} at most (docs/fit.md).
   */
  static Table frozen(Drivers drivers, YearMonth origin, YearMonth first, int months, double tokyoChangeRate) {
    Table t = new Table(first, months);
    t.tokyoChangeRate = tokyoChangeRate;
    double[] base = new double[DRIVERS];
    fillDrivers(base, drivers, origin);
    int seoul = Driver.MONTHS_SINCE_SEOUL_INAUGURATION.ordinal();
    for (int i = 0; i < months; i++) {
      System.arraycopy(base, 0, t.drivers[i], 0, DRIVERS);
      int ahead = i + 1;
      t.drivers[i][seoul] = seoulTerm(base[seoul] + ahead);
      t.drivers[i][Driver.MONTHS_SINCE_TOKYO_INAUGURATION.ordinal()] += ahead;
      t.shocks[i] = List.of();
      t.headline[i] = Double.NaN;
      t.jpnToKor[i] = Double.NaN;
      t.korToJpn[i] = Double.NaN;
    }
    return t;
  }

  /** Returns the months since the last inauguration in Seoul {@code months} after the one a record shows. */
  static double seoulTerm(double months) {
    return months < SEOUL_TERM_MONTHS ? months : (months - SEOUL_TERM_MONTHS) % SEOUL_TERM_MONTHS;
  }

  /**
   * Returns the monthly rate of changes of Japanese prime minister in this table's months: the months whose
   * months-since-inauguration fell below the month before's, over the months after the first (0 for one month).
   */
  double tokyoChanges() {
    int tokyo = Driver.MONTHS_SINCE_TOKYO_INAUGURATION.ordinal();
    int changes = 0;
    for (int i = 1; i < n; i++) {
      changes += drivers[i][tokyo] < drivers[i - 1][tokyo] ? 1 : 0;
    }
    return n < 2 ? 0 : changes / (double) (n - 1);
  }

  /**
   * Returns a copy with the observations replaced by {@code headline}, {@code jpnToKor} and {@code korToJpn} (each
   * of length n) and the same drivers, shocks and weights: a simulated record over the real one's months.
   */
  Table withObservations(double[] headline, double[] jpnToKor, double[] korToJpn) {
    Table t = new Table(start, n);
    for (int i = 0; i < n; i++) {
      t.drivers[i] = drivers[i];
      t.shocks[i] = shocks[i];
      t.weight[i] = weight[i];
    }
    System.arraycopy(headline, 0, t.headline, 0, n);
    System.arraycopy(jpnToKor, 0, t.jpnToKor, 0, n);
    System.arraycopy(korToJpn, 0, t.korToJpn, 0, n);
    return t;
  }

  /** Returns the first {@code months} months of this table (a view's training part). */
  Table head(int months) {
    Table t = new Table(start, months);
    for (int i = 0; i < months; i++) {
      t.drivers[i] = drivers[i];
      t.shocks[i] = shocks[i];
      t.weight[i] = weight[i];
      t.headline[i] = headline[i];
      t.jpnToKor[i] = jpnToKor[i];
      t.korToJpn[i] = korToJpn[i];
    }
    return t;
  }

  /** Returns month {@code i} as a decimal year (January = the whole year), tabulated once per table. */
  double year(int i) {
    double[] y = years;
    if (y == null) {
      y = new double[n];
      for (int k = 0; k < n; k++) {
        y[k] = decimalYear(start.plusMonths(k));
      }
      years = y;
    }
    return y[i];
  }

  /** Returns {@code m} as a decimal year, January = the whole year. */
  static double decimalYear(YearMonth m) {
    return m.getYear() + (m.getMonthValue() - 1) / 12.0;
  }

  private static void fillDrivers(double[] row, Drivers drivers, YearMonth m) {
    for (Driver d : Driver.values()) {
      double v = drivers.value(d, m);
      org.strait.core.Require.argument(Double.isFinite(v), "driver %s in %s is not finite: %s", d.key(), m, v);
      row[d.ordinal()] = v;
    }
  }
}
