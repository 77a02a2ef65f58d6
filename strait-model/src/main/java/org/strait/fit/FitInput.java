package org.strait.fit;

import java.time.YearMonth;
import java.util.List;
import org.strait.core.Require;
import org.strait.model.Driver;
import org.strait.model.Drivers;
import org.strait.model.Shock;
import org.strait.model.ShockSchedule;

/**
 * The data a calibration reads: the observed Japan–Korea index, optionally its two directions and the monthly event
 * counts that weight its noise, the drivers, and the chronicle's dated shocks. A view cut by {@link #until} refuses
 * every later month of every part, so a fit given it cannot look ahead.
 *
 * @param index the headline relation index (both directions), on the model's temperature scale
 * @param jpnToKor the JPN→KOR index, or null when only the headline is known
 * @param korToJpn the KOR→JPN index, or null when only the headline is known
 * @param counts events per month behind the headline (weights of the observation noise), or null for equal weights
 * @param drivers the exogenous drivers
 * @param chronicle the dated shocks of the chronicle (issue flares, North Korean tests, ...)
 */
public record FitInput(MonthlySeries index, MonthlySeries jpnToKor, MonthlySeries korToJpn, MonthlySeries counts,
    Drivers drivers, ShockSchedule chronicle) {
  /** Checks that the parts are aligned. */
  public FitInput {
    Require.nonNull(index, "index series");
    Require.nonNull(drivers, "drivers");
    Require.nonNull(chronicle, "chronicle");
    Require.argument((jpnToKor == null) == (korToJpn == null), "give both directed series or neither");
    for (MonthlySeries s : new MonthlySeries[] {jpnToKor, korToJpn, counts}) {
      if (s != null) {
        Require.argument(s.start().equals(index.start()) && s.end().equals(index.end()),
            "every series must span the index's %s..%s, one spans %s..%s", index.start(), index.end(), s.start(),
            s.end());
      }
    }
  }

  /** Returns an input with the headline index only, under {@code drivers} and {@code chronicle}. */
  public static FitInput headline(MonthlySeries index, Drivers drivers, ShockSchedule chronicle) {
    return new FitInput(index, null, null, null, drivers, chronicle);
  }

  /** Tells whether the two directions are observed. */
  public boolean directed() {
    return jpnToKor != null;
  }

  /** Returns the first month. */
  public YearMonth start() {
    return index.start();
  }

  /** Returns the last visible month. */
  public YearMonth end() {
    return index.end();
  }

  /**
   * Returns the view that ends with {@code last}: its series, drivers and chronicle all refuse later months with an
   * {@link IllegalStateException}.
   */
  public FitInput until(YearMonth last) {
    Require.argument(!last.isAfter(end()), "cut month %s is after the data end %s", last, end());
    return new FitInput(index.until(last), cut(jpnToKor, last), cut(korToJpn, last), cut(counts, last),
        new GuardedDrivers(drivers, last), new GuardedChronicle(chronicle, last));
  }

  private static MonthlySeries cut(MonthlySeries s, YearMonth last) {
    return s == null ? null : s.until(last);
  }

  /** Drivers that refuse months after the end of the view. */
  private record GuardedDrivers(Drivers base, YearMonth last) implements Drivers {
    @Override
    public double value(Driver driver, YearMonth month) {
      Require.state(!month.isAfter(last), "look-ahead refused: driver %s in %s lies after the end of the data view"
          + " (%s)", driver.key(), month, last);
      return base.value(driver, month);
    }
  }

  /** A chronicle that refuses months after the end of the view. */
  private record GuardedChronicle(ShockSchedule base, YearMonth last) implements ShockSchedule {
    @Override
    public List<Shock> in(YearMonth month) {
      Require.state(!month.isAfter(last), "look-ahead refused: chronicle month %s lies after the end of the data"
          + " view (%s)", month, last);
      return base.in(month);
    }
  }
}
