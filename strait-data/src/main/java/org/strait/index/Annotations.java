package org.strait.index;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * A source of dated notes that explain turning points: in the product, the chronicle of the knowledge base, wired in
 * by the application; in tests, a fixed list. Implementations are immutable and thread-safe.
 */
public interface Annotations {
  /** Annotations that have nothing to say. */
  Annotations NONE = month -> List.of();

  /** Returns the notes dated within one month of {@code month} (from the month before to the month after). */
  List<Note> near(YearMonth month);

  /** Returns annotations over a fixed list of notes, answered in date order. */
  static Annotations of(List<Note> notes) {
    List<Note> sorted = notes.stream().sorted(Comparator.comparing(Note::date)).toList();
    return month -> sorted.stream()
        .filter(n -> !YearMonth.from(n.date()).isBefore(month.minusMonths(1))
            && !YearMonth.from(n.date()).isAfter(month.plusMonths(1)))
        .toList();
  }
}
