package org.strait.ingest.quad;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.strait.ingest.EventDates;
import org.strait.ingest.EventReader;
import org.strait.ingest.EventSink;
import org.strait.ingest.FileSample;
import org.strait.ingest.IngestException;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.cameo.CameoEntry;
import org.strait.ingest.cameo.CameoTable;

/**
 * The reader of id-form temporal-KG quadruples, {@code s<TAB>r<TAB>o<TAB>t[<TAB>-1]}, whose names are in
 * {@code entity2id.txt} and {@code relation2id.txt} beside the file (as in the xERTE / TITer copies of ICEWS14 and
 * ICEWS05-15).
 *
 * <p>The files do not state their time origin: the date of a row is {@code origin + t × stepHours} hours, floored to
 * the day, with both taken from {@link ReadOptions} (ICEWS14: origin 2014-01-01, t in hours, so stepHours = 1).
 * Relations are ICEWS labels, mapped to CAMEO codes through {@link CameoTable}.
 *
 * <p>Rejects: {@code column-count}, {@code bad-id}, {@code unknown-entity}, {@code unknown-relation},
 * {@code unmatched-relation}, {@code bad-time}, {@code bad-marker} (a fifth column other than -1),
 * {@code bad-utf8}, {@code line-too-long}.
 */
public final class IdQuadReader implements EventReader {
  private static final Pattern ROW = Pattern.compile("[0-9]+\t[0-9]+\t[0-9]+\t-?[0-9]+(\t-1)?");

  private final CameoTable cameo = CameoTable.standard();

  /** Creates the reader. */
  public IdQuadReader() {}

  @Override
  public String format() {
    return "quad-id";
  }

  @Override
  public String description() {
    return "id-form temporal-KG quadruples: s r o t [-1] with entity2id.txt and relation2id.txt beside the file";
  }

  @Override
  public boolean usesTimeOrigin() {
    return true;
  }

  @Override
  public boolean detect(FileSample sample) {
    return Detection.mostLinesMatch(sample, ROW);
  }

  @Override
  public void read(InputFile file, ReadOptions options, EventSink sink) throws IOException {
    if (options.origin() == null) {
      throw new IngestException(file.path(), "id-form quadruples need the time origin, the date of t = 0:"
          + " --origin " + options.source() + "=YYYY-MM-DD for this file's source label, or --origin YYYY-MM-DD for"
          + " every file");
    }
    if (options.stepHours() <= 0) {
      throw new IngestException(file.path(), "id-form quadruples need the time step, hours per unit of t (1 for"
          + " ICEWS14): --step-hours " + options.source() + "=N for this file's source label, or --step-hours N for"
          + " every file");
    }
    IdTables tables = IdTables.beside(file.path());
    CameoEntry[] relations = new CameoEntry[tables.relations().size()];
    for (int id = 0; id < relations.length; id++) {
      String label = tables.relation(id);
      relations[id] = label == null ? null : cameo.byLabel(label).orElse(null);
    }
    try (InputStream in = file.open(); LineSource lines = new LineSource(in)) {
      while (lines.next()) {
        if (lines.text() == null) {
          sink.reject(lines.number(), lines.problem(), lines.detail());
        } else {
          row(lines.number(), lines.text(), tables, relations, options, sink);
        }
      }
    }
  }

  private static void row(long line, String text, IdTables tables, CameoEntry[] relations, ReadOptions options,
      EventSink sink) {
    String[] f = LineSource.splitTabs(text);
    if (f.length != 4 && f.length != 5) {
      sink.reject(line, "column-count", "expected 4 or 5 tab-separated columns (s, r, o, t[, -1]), found " + f.length);
      return;
    }
    if (f.length == 5 && !f[4].equals("-1")) {
      sink.reject(line, "bad-marker", "fifth column must be -1, was " + QuadRows.quote(f[4]));
      return;
    }
    String[] names = {"subject", "relation", "object"};
    int[] ids = new int[3];
    for (int i = 0; i < 3; i++) {
      ids[i] = IdTables.parseId(f[i]);
      if (ids[i] < 0) {
        sink.reject(line, "bad-id", names[i] + " id " + QuadRows.quote(f[i]) + " is not a non-negative integer");
        return;
      }
    }
    String subject = tables.entity(ids[0]);
    String object = tables.entity(ids[2]);
    if (subject == null || object == null) {
      int id = subject == null ? ids[0] : ids[2];
      sink.reject(line, "unknown-entity", (subject == null ? "subject" : "object") + " id " + id
          + " is not in " + IdTables.ENTITIES);
      return;
    }
    String label = tables.relation(ids[1]);
    if (label == null) {
      sink.reject(line, "unknown-relation", "relation id " + ids[1] + " is not in " + IdTables.RELATIONS);
      return;
    }
    CameoEntry relation = relations[ids[1]];
    if (relation == null) {
      sink.reject(line, "unmatched-relation", "relation " + QuadRows.quote(label) + " (id " + ids[1]
          + ") maps to no CAMEO code");
      return;
    }
    LocalDate date = date(f[3], options);
    if (date == null) {
      sink.reject(line, "bad-time", "time " + QuadRows.quote(f[3]) + " is not an integer giving a date from "
          + options.origin() + " in steps of " + options.stepHours() + " h within " + EventDates.RANGE);
      return;
    }
    QuadRows.emit(line, subject, relation, object, date, options, sink);
  }

  private static LocalDate date(String text, ReadOptions options) {
    if (text.isEmpty() || text.length() > 12) {
      return null;
    }
    try {
      long t = Long.parseLong(text);
      long hours = Math.multiplyExact(t, (long) options.stepHours());
      LocalDate date = options.origin().atStartOfDay().plusHours(hours).toLocalDate();
      return EventDates.plausible(date) ? date : null;
    } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
      return null;
    }
  }
}
