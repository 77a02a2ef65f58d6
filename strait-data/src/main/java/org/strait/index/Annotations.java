package org.strait.index;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * A source of dated notes that explain turning points: in the product, the chronicle of the knowledge base, wired in
 * by the application ({@code org.strait.knowledge.ChronicleNotes}); in tests, a fixed list. Implementations are
 * immutable and thread-safe.
 */
public interface Annotations {
  /** Annotations that have nothing to say. */
  Annotations NONE = month -> List.of();

  /**
   * Returns the notes dated within one month of {@code month} (from the month before to the month after), in date
   * order. A note stands for an event known at least to its month: an event known only to its year annotates no
   * month.
   */
  List<Note> near(YearMonth month);

  /**
   * Returns the notes of {@link #near(YearMonth)} for a turn in {@code direction}, the notes whose event moved the
   * relationship the same way first. Sources that do not know which way an event moved (a fixed list of notes)
   * answer in date order; this default does so.
   */
  default List<Note> near(YearMonth month, Direction direction) {
    return near(month);
  }

  /** Returns annotations over a fixed list of notes, answered in date order. */
  static Annotations of(List<Note> notes) {
    List<Note> sorted = notes.stream().sorted(Comparator.comparing(Note::date)).toList();
    return month -> sorted.stream()
        .filter(n -> !YearMonth.from(n.date()).isBefore(month.minusMonths(1))
            && !YearMonth.from(n.date()).isAfter(month.plusMonths(1)))
        .toList();
  }
}
