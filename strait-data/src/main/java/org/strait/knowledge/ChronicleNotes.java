package org.strait.knowledge;

import java.time.YearMonth;
import java.util.List;
import org.strait.core.Dyad;
import org.strait.index.Annotations;
import org.strait.index.Note;

/**
 * The chronicle as annotations of a pair's turning points: the entries that involve either country of the pair,
 * dated by their first day (an entry known to its month or year annotates the months it may fall in).
 */
public final class ChronicleNotes implements Annotations {
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

  @Override
  public List<Note> near(YearMonth month) {
    return chronicle.between(month.minusMonths(1).atDay(1), month.plusMonths(1).atEndOfMonth()).entries().stream()
        .filter(e -> e.involves(dyad.source()) || e.involves(dyad.target()))
        .map(e -> new Note(e.date().start(), e.title() + " [" + e.date() + "]", e.source()))
        .toList();
  }
}
