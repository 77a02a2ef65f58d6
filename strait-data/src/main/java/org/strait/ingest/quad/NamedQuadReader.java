package org.strait.ingest.quad;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.strait.ingest.EventDates;
import org.strait.ingest.EventReader;
import org.strait.ingest.EventSink;
import org.strait.ingest.FileSample;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.cameo.CameoEntry;
import org.strait.ingest.cameo.CameoTable;

/**
 * The reader of named temporal-KG quadruples, {@code subject<TAB>relation<TAB>object<TAB>YYYY-MM-DD} with no header,
 * as in the ICEWS14 and ICEWS05-15 files of García-Durán, Dumančić and Niepert (EMNLP 2018). Relations are ICEWS
 * labels, mapped to CAMEO codes through {@link CameoTable}.
 *
 * <p>Rejects: {@code column-count}, {@code missing-actor}, {@code bad-date}, {@code unmatched-relation},
 * {@code bad-utf8}, {@code line-too-long}.
 */
public final class NamedQuadReader implements EventReader {
  private static final Pattern ROW = Pattern.compile("[^\t]+\t[^\t]+\t[^\t]+\t[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final CameoTable cameo = CameoTable.standard();

  /** Creates the reader. */
  public NamedQuadReader() {}

  @Override
  public String format() {
    return "quad-named";
  }

  @Override
  public String description() {
    return "named temporal-KG quadruples: subject, relation, object, YYYY-MM-DD (tab-separated, no header)";
  }

  @Override
  public boolean detect(FileSample sample) {
    return Detection.mostLinesMatch(sample, ROW);
  }

  @Override
  public void read(InputFile file, ReadOptions options, EventSink sink) throws IOException {
    try (InputStream in = file.open(); LineSource lines = new LineSource(in)) {
      while (lines.next()) {
        if (lines.text() == null) {
          sink.reject(lines.number(), lines.problem(), lines.detail());
        } else {
          row(lines.number(), lines.text(), options, sink);
        }
      }
    }
  }

  private void row(long line, String text, ReadOptions options, EventSink sink) {
    String[] f = LineSource.splitTabs(text);
    if (f.length != 4) {
      sink.reject(line, "column-count", "expected 4 tab-separated columns (subject, relation, object, date), found "
          + f.length);
      return;
    }
    if (f[0].isBlank() || f[2].isBlank()) {
      sink.reject(line, "missing-actor", (f[0].isBlank() ? "subject" : "object") + " is blank");
      return;
    }
    LocalDate date = IsoDates.parse(f[3]);
    if (date == null) {
      sink.reject(line, "bad-date", "date " + QuadRows.quote(f[3]) + " is not a date YYYY-MM-DD");
      return;
    }
    if (!EventDates.plausible(date)) {
      sink.reject(line, "bad-date", "date " + date + " is outside " + EventDates.RANGE + ", the dates events have");
      return;
    }
    CameoEntry relation = cameo.byLabel(f[1]).orElse(null);
    if (relation == null) {
      sink.reject(line, "unmatched-relation", "relation " + QuadRows.quote(f[1]) + " maps to no CAMEO code");
      return;
    }
    QuadRows.emit(line, f[0], relation, f[2], date, options, sink);
  }
}
