package org.strait.ingest.icews;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.strait.core.Actor;
import org.strait.core.CameoCode;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.ingest.EventDates;
import org.strait.ingest.EventReader;
import org.strait.ingest.EventSink;
import org.strait.ingest.FileSample;
import org.strait.ingest.IngestException;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.cameo.CameoEntry;
import org.strait.ingest.cameo.CameoTable;
import org.strait.ingest.quad.IsoDates;
import org.strait.ingest.quad.LineSource;

/**
 * The reader of ICEWS coded event files as published on Harvard Dataverse (Boschee et al., ICEWS Coded Event Data,
 * doi:10.7910/DVN/28075): tab-separated, unquoted, UTF-8, with a header row of 20 columns (see {@link #HEADER}).
 *
 * <p>The Intensity column is the event's Goldstein score; the quad class follows from the CAMEO code's root. An
 * actor's country is its Source/Target Country column (resolved through the actor resolver, then the ISO country
 * names), or, when that column is blank, its name resolved through the actor resolver.
 *
 * <p>Rejects: {@code column-count}, {@code bad-id}, {@code bad-date}, {@code missing-actor}, {@code bad-code},
 * {@code unknown-code}, {@code bad-number}, {@code bad-utf8}, {@code line-too-long}.
 */
public final class IcewsReader implements EventReader {
  /** The header row of the Dataverse files, column by column. */
  public static final List<String> HEADER = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
      "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
      "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude");

  private static final String HEADER_LINE = String.join("\t", HEADER);
  private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
  private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");

  private final CameoTable cameo = CameoTable.standard();

  /** Creates the reader. */
  public IcewsReader() {}

  @Override
  public String format() {
    return "icews";
  }

  @Override
  public String description() {
    return "ICEWS coded event data as published on Dataverse (tab-separated, header 'Event ID, Event Date, ...')";
  }

  @Override
  public boolean detect(FileSample sample) {
    return !sample.lines().isEmpty() && isHeader(sample.lines().get(0));
  }

  @Override
  public void read(InputFile file, ReadOptions options, EventSink sink) throws IOException {
    try (InputStream in = file.open(); LineSource lines = new LineSource(in)) {
      if (!lines.next() || lines.text() == null || !isHeader(lines.text())) {
        throw new IngestException(file.path(), 1, "an ICEWS event file starts with the header row '"
            + HEADER_LINE.replace("\t", "<TAB>") + "'", null);
      }
      while (lines.next()) {
        if (lines.text() == null) {
          sink.reject(lines.number(), lines.problem(), lines.detail());
        } else {
          row(lines.number(), lines.text(), options, sink);
        }
      }
    }
  }

  private static boolean isHeader(String line) {
    String s = line.startsWith("\uFEFF") ? line.substring(1) : line;
    return s.equals(HEADER_LINE) || s.equals(HEADER_LINE + "\r");
  }

  private void row(long line, String text, ReadOptions options, EventSink sink) {
    String[] f = LineSource.splitTabs(text);
    if (f.length != HEADER.size()) {
      sink.reject(line, "column-count", "expected " + HEADER.size() + " tab-separated columns, found " + f.length);
      return;
    }
    if (!ID.matcher(f[0]).matches()) {
      sink.reject(line, "bad-id", "Event ID " + quote(f[0]) + " is not an integer");
      return;
    }
    LocalDate date = IsoDates.parse(f[1]);
    if (date == null) {
      sink.reject(line, "bad-date", "Event Date " + quote(f[1]) + " is not a date YYYY-MM-DD");
      return;
    }
    if (!EventDates.plausible(date)) {
      sink.reject(line, "bad-date", "Event Date " + date + " is outside " + EventDates.RANGE
          + ", the dates events have");
      return;
    }
    if (f[2].isBlank() || f[8].isBlank()) {
      sink.reject(line, "missing-actor", (f[2].isBlank() ? "Source Name" : "Target Name") + " is blank");
      return;
    }
    if (!CODE.matcher(f[6]).matches() || !validRoot(f[6])) {
      sink.reject(line, "bad-code", "CAMEO Code " + quote(f[6]) + " is not a CAMEO code (2 to 4 digits, root 01-20)");
      return;
    }
    CameoEntry entry = cameo.entry(f[6]).orElse(null);
    if (entry == null) {
      sink.reject(line, "unknown-code", "CAMEO Code " + quote(f[6]) + " is not in strait's CAMEO table");
      return;
    }
    double intensity = intensity(f[7]);
    if (Double.isNaN(intensity)) {
      sink.reject(line, "bad-number", "Intensity " + quote(f[7]) + " is not a Goldstein score from -10 to 10");
      return;
    }
    Actor source = actor(f[2], f[3], f[4], date, options);
    Actor target = actor(f[8], f[9], f[10], date, options);
    sink.valid(YearMonth.from(date));
    sink.actors(source, target);
    if (options.keeps(source.country(), target.country())) {
      CameoCode code = entry.code();
      sink.keep(new Event(options.source(), f[0], date, source, target, code, code.quadClass(), intensity,
          -1, -1, -1, Double.NaN), line);
    }
  }

  private static Actor actor(String name, String sectors, String countryName, LocalDate date, ReadOptions options) {
    Country country = null;
    if (!countryName.isBlank()) {
      country = options.actors().resolve(countryName, date).map(Actor::country)
          .orElseGet(() -> CountryNames.lookup(countryName));
    }
    if (country == null) {
      country = options.actors().resolve(name, date).map(Actor::country).orElse(null);
    }
    return new Actor(name, country, sectors.isBlank() ? null : sectors.trim());
  }

  private static boolean validRoot(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 1 && root <= 20;
  }

  private static double intensity(String text) {
    if (text.isEmpty() || text.length() > 24) {
      return Double.NaN;
    }
    try {
      double value = Double.parseDouble(text);
      return value >= Event.GOLDSTEIN_MIN && value <= Event.GOLDSTEIN_MAX ? value : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String quote(String text) {
    return "'" + (text.length() > 80 ? text.substring(0, 80) + "..." : text) + "'";
  }
}
