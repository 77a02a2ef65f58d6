package org.strait.model.scenario;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.strait.model.Driver;
import org.strait.model.Drivers;

/**
 * Drivers that derive the months since each capital's last inauguration and Seoul's orientation from a list of
 * inaugurations, over a base for every other driver and for months before the first inauguration.
 */
final class GovernmentDrivers implements Drivers {
  private final List<Inauguration> inaugurations;
  private final Drivers base;

  GovernmentDrivers(List<Inauguration> inaugurations, Drivers base) {
    this.inaugurations = inaugurations.stream().sorted(Comparator.comparing(Inauguration::month)).toList();
    this.base = base;
  }

  @Override
  public double value(Driver driver, YearMonth month) {
    return switch (driver) {
      case MONTHS_SINCE_SEOUL_INAUGURATION -> monthsSince(Capital.SEOUL, driver, month);
      case MONTHS_SINCE_TOKYO_INAUGURATION -> monthsSince(Capital.TOKYO, driver, month);
      case SEOUL_ORIENTATION -> {
        Inauguration last = last(Capital.SEOUL, month);
        yield last == null ? base.value(driver, month) : last.orientation();
      }
      default -> base.value(driver, month);
    };
  }

  private double monthsSince(Capital capital, Driver driver, YearMonth month) {
    Inauguration last = last(capital, month);
    if (last == null) {
      return base.value(driver, month);
    }
    return (month.getYear() - last.month().getYear()) * 12.0 + month.getMonthValue() - last.month().getMonthValue();
  }

  private Inauguration last(Capital capital, YearMonth month) {
    Inauguration found = null;
    for (Inauguration i : inaugurations) {
      if (i.capital() == capital && !i.month().isAfter(month)) {
        found = i;
      }
    }
    return found;
  }
}
