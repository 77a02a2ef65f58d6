package org.strait.knowledge;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.strait.core.Country;
import org.strait.core.Require;

/**
 * The chronicle: dated facts in date order, with filters by period, dispute and actor. Immutable; every filter
 * returns a new chronicle.
 */
public final class Chronicle {
  private final List<ChronicleEntry> entries;

  /** Creates a chronicle of the entries, sorted by date (then id). */
  public Chronicle(List<ChronicleEntry> entries) {
    this.entries = Require.nonNull(entries, "entries").stream()
        .sorted(Comparator.comparing(ChronicleEntry::date).thenComparing(ChronicleEntry::id))
        .toList();
  }

  /** Returns the entries in date order. */
  public List<ChronicleEntry> entries() {
    return entries;
  }

  /** Returns the number of entries. */
  public int size() {
    return entries.size();
  }

  /** Returns the entry with this id, if any. */
  public Optional<ChronicleEntry> get(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * Returns the entries whose date lies in {@code [from, to]} (both inclusive); an entry known only to its month or
   * year is kept when the days it covers overlap the period.
   */
  public Chronicle between(LocalDate from, LocalDate to) {
    Require.nonNull(from, "from");
    Require.nonNull(to, "to");
    Require.argument(!to.isBefore(from), "period ends (%s) before it starts (%s)", to, from);
    return filter(e -> e.date().overlaps(from, to));
  }

  /** Returns the entries that touch the dispute. */
  public Chronicle withDispute(String disputeId) {
    return filter(e -> e.touches(disputeId));
  }

  /** Returns the entries in which the country takes part. */
  public Chronicle withActor(Country country) {
    return filter(e -> e.involves(country));
  }

  /** Returns the entries of one kind (see {@link ChronicleEntry#KINDS}). */
  public Chronicle ofKind(String kind) {
    return filter(e -> e.kind().equals(kind));
  }

  /** Returns the entries that satisfy the predicate. */
  public Chronicle filter(Predicate<ChronicleEntry> keep) {
    return new Chronicle(entries.stream().filter(keep).toList());
  }
}
