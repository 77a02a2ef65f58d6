package org.strait.knowledge;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.strait.core.Country;
import org.strait.core.Dyad;
import org.strait.index.Annotations;
import org.strait.index.Direction;
import org.strait.index.Note;

/**
 * The chronicle as annotations of a pair's turning points: the entries whose actors include both countries of the
 * pair (trilateral and six-party entries included), dated to a day or a month that lies within one month of the
 * turn. An entry known only to its year annotates no month. For the Japan–South Korea pair, whose relationship the
 * entries' {@code direction} describes, the entries that moved it the turn's way come first, then those of no
 * clear effect, then the contrary ones; for other pairs the direction says nothing and the notes stay in date order.
 */
public final class ChronicleNotes implements Annotations {
  private static final Comparator<ChronicleEntry> BY_DATE =
      Comparator.comparing(ChronicleEntry::date).thenComparing(ChronicleEntry::id);

  private final Chronicle chronicle;
  private final Dyad dyad;

  private ChronicleNotes(Chronicle chronicle, Dyad dyad) {
    this.chronicle = chronicle;
    this.dyad = dyad;
  }

  /** Returns the annotations of {@code dyad}'s turning points from {@code chronicle}. */
  public static ChronicleNotes of(Chronicle chronicle, Dyad dyad) {
    return new ChronicleNotes(chronicle, dyad);
  }

  /** Returns the notes within one month of {@code month}, in date order. */
  @Override
  public List<Note> near(YearMonth month) {
    return entries(month).sorted(BY_DATE).map(ChronicleNotes::note).toList();
  }

  /**
   * Returns the notes within one month of {@code month}; for the Japan–South Korea pair those whose direction
   * agrees with the turn's come first, then the neutral ones, then the contrary ones, each group in date order.
   */
  @Override
  public List<Note> near(YearMonth month, Direction direction) {
    if (!dyad.joins(Country.JPN, Country.KOR)) {
      return near(month);
    }
    int sign = direction == Direction.UP ? 1 : -1;
    Comparator<ChronicleEntry> agreeingFirst = Comparator.comparingInt(e -> 1 - e.direction() * sign);
    return entries(month).sorted(agreeingFirst.thenComparing(BY_DATE)).map(ChronicleNotes::note).toList();
  }

  private Stream<ChronicleEntry> entries(YearMonth month) {
    YearMonth from = month.minusMonths(1);
    YearMonth to = month.plusMonths(1);
    return chronicle.entries().stream()
        .filter(e -> e.involves(dyad.source()) && e.involves(dyad.target()))
        .filter(e -> e.date().precision() != DatePrecision.YEAR)
        .filter(e -> {
          YearMonth at = YearMonth.from(e.date().start());
          return !at.isBefore(from) && !at.isAfter(to);
        });
  }

  private static Note note(ChronicleEntry e) {
    return new Note(e.date().start(), e.date().toString(), e.title(), e.source());
  }
}
