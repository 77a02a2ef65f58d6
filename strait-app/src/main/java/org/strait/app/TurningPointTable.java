package org.strait.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.strait.index.Note;
import org.strait.index.TurningPoint;
import org.strait.index.TurningPointResult;

/**
 * The turning-point table, as {@code strait turning-points} writes it in CSV and JSON: one row per series and turning
 * point with its kind, periods, direction, measure, confidence, statistic, events, levels before and after, the
 * chronicle's notes, and the calibration's false-alarm rate, seed and version. Built by {@link #of}.
 *
 * @param header the column names; the second is the period column ({@code month} or {@code week})
 * @param rows one row per series and turning point, in the order of the series and their points
 */
public record TurningPointTable(List<String> header, List<List<Object>> rows) {
  /** Copies the header and the rows. */
  public TurningPointTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /**
   * Returns the table of {@code results} by series name.
   *
   * @param column the period column of the series ({@code month} or {@code week})
   */
  public static TurningPointTable of(Map<String, TurningPointResult> results, String column) {
    List<String> header = List.of("dyad", column, "kind", "periods", "direction", "measure", "confidence",
        "statistic", "events", "before", "after", "notes", "false_alarm", "seed", "version");
    List<List<Object>> rows = new ArrayList<>();
    results.forEach((name, r) -> r.points().forEach(t -> rows.add(List.of(name, t.label(), lower(t.kind()),
        t.periods(), lower(t.direction()), lower(t.measure()), t.confidence(), t.statistic(), t.events(), t.before(),
        t.after(), notes(t.notes()), r.options().falseAlarmRate(), r.options().seed(), r.version()))));
    return new TurningPointTable(header, rows);
  }

  /**
   * Returns {@code results} by series name as JSON objects, one per series: the calibration (false-alarm rate,
   * replicates, seed, threshold or null when the series is too short), the years, the version and the points, each
   * with its notes as date, title and source.
   *
   * @param column the period column of the series ({@code month} or {@code week})
   */
  public static List<Map<String, Object>> json(Map<String, TurningPointResult> results, String column) {
    List<Map<String, Object>> list = new ArrayList<>();
    results.forEach((name, r) -> list.add(json(name, r, column)));
    return list;
  }

  private static Map<String, Object> json(String name, TurningPointResult r, String column) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dyad", name);
    m.put("false_alarm", r.options().falseAlarmRate());
    m.put("replicates", r.options().replicates());
    m.put("seed", r.options().seed());
    m.put("threshold", Double.isFinite(r.threshold()) ? r.threshold() : null);
    m.put("years", r.years());
    m.put("version", r.version());
    List<Map<String, Object>> points = new ArrayList<>();
    for (TurningPoint t : r.points()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put(column, t.label());
      p.put("kind", lower(t.kind()));
      p.put("periods", t.periods());
      p.put("direction", lower(t.direction()));
      p.put("measure", lower(t.measure()));
      p.put("confidence", t.confidence());
      p.put("statistic", t.statistic());
      p.put("events", t.events());
      p.put("before", t.before());
      p.put("after", t.after());
      List<NoteJson> notes = new ArrayList<>();
      for (Note n : t.notes()) {
        notes.add(new NoteJson(n.when(), n.title(), n.source()));
      }
      p.put("notes", notes);
      points.add(p);
    }
    m.put("turning_points", points);
    return m;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String notes(List<Note> notes) {
    return notes.stream().map(n -> n.when() + " " + n.title() + " [" + n.source() + "]")
        .collect(Collectors.joining("; "));
  }

  /** A chronicle note of a turning point in the JSON, its keys in this order on every run. */
  record NoteJson(String date, String title, String source) {}
}
