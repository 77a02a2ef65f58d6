package org.strait.ingest.quad;

import java.time.LocalDate;
import java.time.YearMonth;
import org.strait.core.Actor;
import org.strait.core.Event;
import org.strait.ingest.EventSink;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.cameo.CameoEntry;

/**
 * What both quadruple readers do with a decoded row: resolve the two actors on the event's date, count the row as
 * valid and keep it when both actors pass the country filter. Quadruple files carry no Goldstein score, tone or
 * counts: the score is the CAMEO-Goldstein score of the relation's code, the rest is "none".
 */
final class QuadRows {
  private QuadRows() {}

  /** Sends one decoded row to the sink; the names must not be blank. */
  static void emit(long line, String subject, CameoEntry relation, String object, LocalDate date,
      ReadOptions options, EventSink sink) {
    Actor actor1 = resolve(subject, date, options);
    Actor actor2 = resolve(object, date, options);
    sink.valid(YearMonth.from(date));
    sink.actors(actor1, actor2);
    if (options.keeps(actor1.country(), actor2.country())) {
      sink.keep(new Event(options.source(), null, date, actor1, actor2, relation.code(), relation.quadClass(),
          relation.goldstein(), -1, -1, -1, Double.NaN), line);
    }
  }

  /** Returns the text quoted and cut to a readable length, for reject details. */
  static String quote(String text) {
    return "'" + (text.length() > 80 ? text.substring(0, 80) + "..." : text) + "'";
  }

  private static Actor resolve(String name, LocalDate date, ReadOptions options) {
    return options.actors().resolve(name, date).orElseGet(() -> new Actor(name, null, null));
  }
}
