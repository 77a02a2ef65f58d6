package org.strait.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.strait.core.Country;
import org.strait.knowledge.Chronicle;
import org.strait.knowledge.ChronicleEntry;
import org.strait.knowledge.Dispute;
import org.strait.knowledge.Knowledge;

/**
 * The chronicle as {@code strait chronicle} and {@code GET /api/chronicle} show it: the entries of a period, a
 * dispute and an actor, and an entry's line of text and CSV row (its JSON form is {@link ChronicleJson}).
 */
public final class ChronicleView {
  /** The CSV columns, one per field of an entry. */
  public static final List<String> CSV_HEADER = List.of("date", "precision", "id", "title", "actors", "kind",
      "cameo", "disputes", "direction", "source", "confidence");

  private ChronicleView() {}

  /**
   * Returns the entries of {@code k}'s chronicle that overlap {@code from..to} (a null end is open), touch
   * {@code dispute} and involve {@code actor} (null: any).
   */
  public static Chronicle select(Knowledge k, LocalDate from, LocalDate to, String dispute, Country actor) {
    Chronicle c = k.chronicle().between(from == null ? LocalDate.MIN : from, to == null ? LocalDate.MAX : to);
    c = dispute == null ? c : c.withDispute(dispute);
    return actor == null ? c : c.withActor(actor);
  }

  /** Returns why {@code dispute} cannot select entries (it is unknown, with the known ids), or empty when known. */
  public static Optional<String> unknownDispute(Knowledge k, String dispute) {
    return k.disputes().get(dispute).isPresent() ? Optional.empty() : Optional.of("unknown dispute '" + dispute
        + "'; known: " + String.join(", ", k.disputes().all().stream().map(Dispute::id).toList()));
  }

  /** Returns the entry as one line starting with its ISO date: id, title, actors and disputes, direction, source. */
  public static String text(ChronicleEntry e) {
    return String.format("%-10s  %s  %s  [%s%s]  %s  (%s; %s)", e.date(), e.id(), e.title(), codes(e, ","),
        e.disputes().isEmpty() ? "" : "; " + String.join(",", e.disputes()), direction(e.direction()), e.source(),
        e.confidence().label());
  }

  /** Returns the entries' CSV rows, the cells in the order of {@link #CSV_HEADER}. */
  public static List<List<Object>> csvRows(Chronicle c) {
    return c.entries().stream().map(e -> List.<Object>of(e.date().toString(),
        e.date().precision().name().toLowerCase(Locale.ROOT), e.id(), e.title(), codes(e, ";"), e.kind(),
        e.cameo() == null ? "" : e.cameo().code(), String.join(";", e.disputes()), direction(e.direction()),
        e.source(), e.confidence().label())).toList();
  }

  private static String codes(ChronicleEntry e, String separator) {
    return String.join(separator, e.actors().stream().map(Country::code).toList());
  }

  private static String direction(int d) {
    return d > 0 ? "+1" : String.valueOf(d);
  }
}
