package org.strait.model;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The dated shocks of a run: those of the chronicle (wired by the lead from the knowledge base) and those a scenario
 * adds. Implementations must be pure: the same month always gives the same list.
 */
@FunctionalInterface
public interface ShockSchedule {
  /** Returns the shocks that happen in {@code month}, possibly none. */
  List<Shock> in(YearMonth month);

  /** Returns a schedule with no shocks. */
  static ShockSchedule none() {
    return month -> List.of();
  }

  /** Returns a schedule holding exactly {@code shocks}. */
  static ShockSchedule of(List<Shock> shocks) {
    var byMonth = List.copyOf(shocks).stream().collect(Collectors.groupingBy(Shock::month));
    return month -> byMonth.getOrDefault(month, List.of());
  }

  /** Returns a schedule with the shocks of this one followed by those of {@code other}. */
  default ShockSchedule and(ShockSchedule other) {
    return month -> {
      List<Shock> a = in(month);
      List<Shock> b = other.in(month);
      if (a.isEmpty()) {
        return b;
      }
      if (b.isEmpty()) {
        return a;
      }
      return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableList());
    };
  }
}
