package org.strait.app.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.strait.index.IndexPoint;
import org.strait.index.IndexSeries;
import org.strait.index.Measure;
import org.strait.index.Note;
import org.strait.index.TurningPoint;
import org.strait.index.TurningPointResult;

/** The index section: the JPN–KOR index with its band and turning points, the events per year, the turning points. */
final class IndexSection {
  private IndexSection() {}

  /** Returns the section's HTML; {@code work} is a folder for the chart file. */
  static String html(IndexSeries index, TurningPointResult turns, Path work) {
    StringBuilder b = new StringBuilder(Html.h(2, "index", "The Japan–South Korea relation index"));
    if (index.events() == 0) {
      return b.append(Html.p("The store holds no Japan–South Korea event: there is no index to show.")).toString();
    }
    List<IndexPoint> points = index.points();
    String span = span(index);
    long observed = points.stream().filter(p -> p.events() > 0).count();
    b.append(Html.p(String.format(Locale.ROOT, "Data span %s: %d months, %d of them with events; %d distinct "
        + "Japan–South Korea events (both directions). The index is each month's mean Goldstein score (−10 to +10) "
        + "shrunk toward a smoothed level, the more the thinner the month, with its %d%% interval; dots are the raw monthly means.", span, points.size(), observed, index.events(),
        Math.round(index.query().level() * 100))));
    Path png = work.resolve("index.png");
    AnnotatedIndexChart.write(index, turns, png);
    b.append(Figures.embed(png, "Relation index JPN-KOR with its interval band and numbered turning points",
        span, turns.options().seed(), index.version()));
    b.append(annotations(turns));
    b.append(Html.h(3, "events-per-year", "Events per year"));
    b.append(Html.table(List.of("year", "months with events", "events", "index in the last month",
        "interval"), years(points), 2));
    b.append(Html.h(3, "turning-points", "Turning points"));
    b.append(Html.p(String.format(Locale.ROOT, "Changes of level (level) and one- or two-month excursions that "
        + "revert (shock) of the mean Goldstein score or of the net cooperation share, found at a false-alarm rate of "
        + "%s a year (false turning points expected per year of data in an index without any, both measures together), "
        + "each measure's threshold calibrated on %d series simulated from its own fitted model with seed %d; "
        + "strait %s.", Html.num(turns.options().falseAlarmRate(), 2), turns.options().replicates(),
        turns.options().seed(), turns.version())));
    if (turns.points().isEmpty()) {
      return b.append(Html.p("No turning point was found at this rate.")).toString();
    }
    List<List<Object>> rows = new ArrayList<>();
    for (TurningPoint t : turns.points()) {
      rows.add(List.of(t.label(), t.kind().name().toLowerCase(Locale.ROOT),
          t.direction().name().toLowerCase(Locale.ROOT), t.measure() == Measure.GOLDSTEIN ? "mean Goldstein"
              : "net cooperation", t.confidence(), t.events(), t.before(), t.after(), notes(t.notes())));
    }
    b.append(Html.table(List.of("month", "kind", "direction", "measure", "confidence", "events",
        "measure before", "measure after (shock: its months' mean)", "chronicle (source)"), rows, 2));
    return b.toString();
  }

  /** Returns the span of the index, {@code first..last} label. */
  static String span(IndexSeries index) {
    List<IndexPoint> points = index.points();
    return points.get(0).label() + ".." + points.get(points.size() - 1).label();
  }

  private static String annotations(TurningPointResult turns) {
    if (turns.points().isEmpty()) {
      return Html.p("No turning point was found at a false-alarm rate of "
          + Html.num(turns.options().falseAlarmRate(), 2) + ".");
    }
    StringBuilder b = new StringBuilder("<ol class=\"annotations\">\n");
    for (TurningPoint t : turns.points()) {
      b.append("<li>").append(Html.escape(t.label() + " (" + t.kind().name().toLowerCase(Locale.ROOT) + ", "
          + t.direction().name().toLowerCase(Locale.ROOT)
          + "): " + (t.notes().isEmpty() ? "no chronicle entry within a month" : "")));
      for (Note note : t.notes()) {
        b.append("<br>").append(Html.escape(note.when() + " " + note.title() + " — source: " + note.source()));
      }
      b.append("</li>\n");
    }
    return b.append("</ol>\n").toString();
  }

  private static String notes(List<Note> notes) {
    return notes.stream().map(n -> n.when() + " " + n.title() + " (" + n.source() + ")")
        .collect(Collectors.joining("; "));
  }

  private static List<List<Object>> years(List<IndexPoint> points) {
    Map<String, List<IndexPoint>> byYear = points.stream().collect(Collectors.groupingBy(
        p -> p.label().substring(0, 4), TreeMap::new, Collectors.toList()));
    List<List<Object>> rows = new ArrayList<>();
    byYear.forEach((year, ps) -> {
      IndexPoint last = ps.get(ps.size() - 1);
      rows.add(List.of(year, ps.stream().filter(p -> p.events() > 0).count(),
          ps.stream().mapToLong(IndexPoint::events).sum(), last.index(),
          Html.num(last.lower(), 2) + " to " + Html.num(last.upper(), 2)));
    });
    return rows;
  }
}
