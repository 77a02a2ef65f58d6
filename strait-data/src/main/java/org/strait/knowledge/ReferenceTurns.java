package org.strait.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.strait.core.Require;
import org.strait.index.Direction;

/**
 * The reference list of major turns that indices and turning-point detectors are judged against
 * ({@code reference-turns.csv}, documented in docs/reference-turns.md), in month order. Immutable.
 */
public final class ReferenceTurns {
  /** The shipped file's name. */
  public static final String FILE = "reference-turns.csv";
  private static final List<String> COLUMNS =
      List.of("month", "direction", "kind", "why", "source", "event_date", "covered");

  private final List<ReferenceTurn> turns;

  private ReferenceTurns(List<ReferenceTurn> turns) {
    this.turns = List.copyOf(turns);
  }

  /**
   * Returns the shipped reference list.
   *
   * @throws KnowledgeException listing every violation when the shipped file is invalid
   */
  public static ReferenceTurns standard() {
    try (BufferedReader in = KnowledgeFiles.shipped().open(FILE)) {
      return read(FILE, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + FILE, e);
    }
  }

  /**
   * Reads a reference list from a file laid out as the shipped one.
   *
   * @throws KnowledgeException listing every violation, each with its file and line
   */
  public static ReferenceTurns load(Path file) {
    Require.nonNull(file, "file");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference turns " + file, e);
    }
  }

  private static ReferenceTurns read(String name, BufferedReader in) {
    List<Violation> problems = new ArrayList<>();
    Fields fields = new Fields(problems);
    CsvTable table = CsvTable.read(name, in, COLUMNS, problems);
    List<ReferenceTurn> out = new ArrayList<>();
    Set<YearMonth> seen = new HashSet<>();
    YearMonth previous = null;
    for (CsvTable.Row r : table.rows()) {
      YearMonth month = fields.parse(r, "month", ReferenceTurns::month);
      if (month != null && !seen.add(month)) {
        fields.fail(r, "month %s is listed twice", month);
      } else if (month != null && previous != null && month.isBefore(previous)) {
        fields.fail(r, "month %s comes after %s: the list must be in month order", month, previous);
      }
      previous = month == null ? previous : month;
      Direction direction = fields.parse(r, "direction", ReferenceTurns::direction);
      ReferenceTurn.Kind kind = fields.parse(r, "kind", ReferenceTurns::kind);
      String why = fields.required(r, "why");
      String source = fields.source(r, "source");
      PartialDate eventDate = fields.partialDate(r, "event_date", true);
      Boolean covered = fields.parse(r, "covered", ReferenceTurns::yesNo);
      if (month == null || direction == null || kind == null || why == null || source == null
          || eventDate == null || covered == null) {
        continue;
      }
      try {
        out.add(new ReferenceTurn(month, direction, kind, why, source, eventDate, covered));
      } catch (IllegalArgumentException e) {
        fields.fail(r, "%s", e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new KnowledgeException(problems);
    }
    return new ReferenceTurns(out);
  }

  /** Returns every turn in month order. */
  public List<ReferenceTurn> all() {
    return turns;
  }

  /** Returns the turns whose month the shared event data holds. */
  public List<ReferenceTurn> covered() {
    return turns.stream().filter(ReferenceTurn::covered).toList();
  }

  /** Returns the turns whose month lies in {@code [from, to]}, both inclusive. */
  public List<ReferenceTurn> between(YearMonth from, YearMonth to) {
    Require.nonNull(from, "from");
    Require.nonNull(to, "to");
    Require.argument(!to.isBefore(from), "period ends (%s) before it starts (%s)", to, from);
    return turns.stream().filter(t -> !t.month().isBefore(from) && !t.month().isAfter(to)).toList();
  }

  private static YearMonth month(String text) {
    Require.argument(text.matches("\\d{4}-\\d{2}"), "'%s' is not a month YYYY-MM", text);
    return YearMonth.parse(text);
  }

  private static Direction direction(String text) {
    return switch (text) {
      case "up" -> Direction.UP;
      case "down" -> Direction.DOWN;
      default -> throw new IllegalArgumentException("direction must be up or down, was '" + text + "'");
    };
  }

  private static ReferenceTurn.Kind kind(String text) {
    return switch (text) {
      case "level", "shock" -> ReferenceTurn.Kind.valueOf(text.toUpperCase(Locale.ROOT));
      default -> throw new IllegalArgumentException("kind must be level or shock, was '" + text + "'");
    };
  }

  private static Boolean yesNo(String text) {
    return switch (text) {
      case "yes" -> Boolean.TRUE;
      case "no" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("covered must be yes or no, was '" + text + "'");
    };
  }
}
