package org.strait.ingest.archive;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strait.core.Actor;
import org.strait.core.CameoCode;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.core.QuadClass;
import org.strait.ingest.EventSink;
import org.strait.ingest.ReadOptions;

/**
 * Replays the rows of an archive's Parquet files into a sink, one file at a time, checking every value the format
 * constrains; bad rows are recorded as problems and passed to no sink. Each method returns how many rows its files
 * held (for {@code source_months}, the sum of their counts), for the check against the marker's totals.
 */
final class ArchiveRows {
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
  private static final Pattern PARTITION = Pattern.compile("month=(.*)");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  private final Connection c;
  private final ArchiveProblems problems;
  private final EventSink sink;

  ArchiveRows(Connection c, ArchiveProblems problems, EventSink sink) {
    this.c = c;
    this.problems = problems;
    this.sink = sink;
  }

  /**
   * Replays one file of {@code source_months}: each (source, month) once in the whole table, with a count of at
   * least 1; {@code seen} holds the pairs of the files replayed before.
   */
  long months(Path file, Set<String> seen) throws SQLException {
    long total = 0;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT source, month, events,"
        + " file_row_number FROM " + ArchiveTable.scan(file, true))) {
      ParquetRow row = new ParquetRow(r, problems);
      while (row.next()) {
        row.describe(problems.name(file) + " row " + row.number(4));
        String source = row.text(1, "source");
        String month = row.text(2, "month");
        if (month != null && !MONTH.matcher(month).matches()) {
          row.fail("month", "'" + month + "' is not a month YYYY-MM");
        }
        long events = row.whole(3, "events", 1);
        if (!row.bad() && !seen.add(source + " " + month)) {
          row.fail("month", month + " of source " + source + " appears a second time");
        }
        if (!row.bad()) {
          total += events;
          sink.valid(source, YearMonth.parse(month), events);
        }
      }
    }
    return total;
  }

  /** Replays {@code rejects}, giving each the detail {@code "input file: detail"}. */
  long rejects(Path file) throws SQLException {
    long rows = 0;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT file, line, reason, detail,"
        + " file_row_number FROM " + ArchiveTable.scan(file, true))) {
      ParquetRow row = new ParquetRow(r, problems);
      while (row.next()) {
        rows++;
        row.describe(problems.name(file) + " row " + row.number(5));
        String input = row.text(1, "file");
        long line = row.whole(2, "line", 1);
        String reason = row.text(3, "reason");
        String detail = row.optionalText(4);
        if (detail == null) {
          row.fail("detail", "is NULL");
        }
        if (!row.bad()) {
          sink.reject(line, reason, input + ": " + detail);
        }
      }
    }
    return rows;
  }

  /**
   * Replays one file of {@code events} from its {@code month=YYYY-MM} folder, keeping the events whose two
   * countries the options keep; returns its rows, kept or not, or -1 when the file is not in a month folder.
   */
  long events(Path file, Path eventsFolder, ReadOptions options) throws SQLException {
    Path relative = eventsFolder.relativize(file);
    Matcher folder = relative.getNameCount() == 2 ? PARTITION.matcher(relative.getName(0).toString()) : null;
    if (folder == null || !folder.matches() || !MONTH.matcher(folder.group(1)).matches()) {
      problems.add(file, "is not in a month=YYYY-MM folder of events/ (the job partitions events by month)");
      return -1;
    }
    YearMonth month = YearMonth.parse(folder.group(1));
    long rows = 0;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT " + ArchiveTable.EVENTS.selectList()
        + ", file_row_number FROM " + ArchiveTable.scan(file, true))) {
      ParquetRow row = new ParquetRow(r, problems);
      while (row.next()) {
        rows++;
        String at = problems.name(file) + " row " + row.number(20);
        row.describe(at);
        String input = row.text(1, "file");
        long line = row.whole(2, "line", 1);
        row.describe(at + (input == null || line < 1 ? "" : " (" + input + " line " + line + ")"));
        Event e = event(row, month);
        if (!row.bad() && options.keeps(e.actor1().country(), e.actor2().country())) {
          sink.keep(e, line);
        }
      }
    }
    return rows;
  }

  /** Reads columns 3 to 19 of an events row; returns null when one failed its check (the row is then bad). */
  private static Event event(ParquetRow row, YearMonth month) throws SQLException {
    String source = row.text(3, "source");
    String id = row.optionalText(4);
    LocalDate date = row.date(5, "event_date");
    if (date != null && !YearMonth.from(date).equals(month)) {
      row.fail("event_date", date + " is not in " + month + ", the month of its folder");
    }
    Actor a1 = actor(row, 6, "actor1");
    Actor a2 = actor(row, 9, "actor2");
    CameoCode cameo = cameo(row);
    long root = row.whole(13, "root_code", 1);
    if (cameo != null && root >= 1 && root != cameo.root()) {
      row.fail("root_code", "is " + root + " but the root of cameo '" + cameo.code() + "' is " + cameo.root());
    }
    long quad = row.whole(14, "quad_class", 1);
    if (quad > 4) {
      row.fail("quad_class", "is " + quad + ", more than 4");
    }
    double goldstein = row.number(15, "goldstein", Event.GOLDSTEIN_MIN, Event.GOLDSTEIN_MAX);
    int mentions = row.count(16, "mentions");
    int sources = row.count(17, "sources");
    int articles = row.count(18, "articles");
    double tone = row.optionalFinite(19, "tone");
    if (row.bad()) {
      return null;
    }
    return new Event(source, id, date, a1, a2, cameo, QuadClass.ofNumber((int) quad), goldstein, mentions, sources,
        articles, tone);
  }

  private static Actor actor(ParquetRow row, int first, String prefix) throws SQLException {
    String name = row.text(first, prefix + "_name");
    String code = row.text(first + 1, prefix + "_country");
    String sector = row.optionalText(first + 2);
    if (code != null && !ISO3.matcher(code).matches()) {
      row.fail(prefix + "_country", "'" + code + "' is not an ISO 3166 alpha-3 code (three upper-case letters)");
      return null;
    }
    return name == null || code == null ? null : new Actor(name, new Country(code), sector);
  }

  private static CameoCode cameo(ParquetRow row) throws SQLException {
    String code = row.text(12, "cameo");
    if (code == null) {
      return null;
    }
    try {
      return new CameoCode(code);
    } catch (IllegalArgumentException e) {
      row.fail("cameo", "'" + code + "' is not a CAMEO code: " + e.getMessage());
      return null;
    }
  }
}
