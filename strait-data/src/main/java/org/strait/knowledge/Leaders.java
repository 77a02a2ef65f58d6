package org.strait.knowledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.strait.core.Country;
import org.strait.core.Require;

/**
 * Holders of the six offices with their terms, and national elections; the administration clock that mechanism M8
 * (administration cycle, seed 001) reads.
 *
 * <p>Months since inauguration at month {@code m} counts whole calendar months from the month the holder in office on
 * the last day of {@code m} took office: 0 in the month of inauguration, 1 the month after. An acting holder is a
 * holder of their own (a caretaker government starts its own clock).
 */
public final class Leaders {
  private final List<Term> terms;
  private final List<Election> elections;

  /** Creates the table from terms (any order) and elections. */
  public Leaders(List<Term> terms, List<Election> elections) {
    this.terms = Require.nonNull(terms, "terms").stream()
        .sorted(Comparator.comparing(Term::office).thenComparing(Term::start))
        .toList();
    this.elections = Require.nonNull(elections, "elections").stream()
        .sorted(Comparator.comparing(Election::date).thenComparing(e -> e.country().code()))
        .toList();
  }

  /** Returns every term, by office then start. */
  public List<Term> terms() {
    return terms;
  }

  /** Returns the terms of one office in order. */
  public List<Term> terms(Office office) {
    return terms.stream().filter(t -> t.office() == office).toList();
  }

  /** Returns the holder of the office on the day (on a handover day, the incoming holder). */
  public Optional<Term> holder(Office office, LocalDate day) {
    Term found = null;
    for (Term t : terms(office)) {
      if (t.covers(day)) {
        found = t;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Returns the orientation of the holder on the day, where the table gives one. */
  public Optional<Orientation> orientation(Office office, LocalDate day) {
    return holder(office, day).map(Term::orientation);
  }

  /**
   * Returns the whole months from the inauguration of the holder in office at the end of {@code month} to
   * {@code month} (0 in the month of inauguration), or empty when the table has no holder then.
   */
  public OptionalLong monthsSinceInauguration(Office office, YearMonth month) {
    Require.nonNull(month, "month");
    return holder(office, month.atEndOfMonth())
        .map(t -> OptionalLong.of(ChronoUnit.MONTHS.between(YearMonth.from(t.start()), month)))
        .orElse(OptionalLong.empty());
  }

  /** Returns the national elections in date order. */
  public List<Election> elections() {
    return elections;
  }

  /** Returns the elections of one country in date order. */
  public List<Election> elections(Country country) {
    return elections.stream().filter(e -> e.country().equals(country)).toList();
  }
}
