package org.strait.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.strait.core.Actor;
import org.strait.core.CameoCode;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.ingest.EventReader;
import org.strait.ingest.EventSink;
import org.strait.ingest.FileSample;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;

/**
 * A small event format written for these tests, {@code date|actor1|country1|actor2|country2|cameo|goldstein}, so
 * that the web layer is tested on a real store without depending on the real readers.
 */
final class PipeReader implements EventReader {
  @Override
  public String format() {
    return "pipe";
  }

  @Override
  public String description() {
    return "test format date|actor1|country1|actor2|country2|cameo|goldstein";
  }

  @Override
  public boolean detect(FileSample sample) {
    return false;
  }

  @Override
  public void read(InputFile file, ReadOptions options, EventSink sink) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8))) {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        String[] f = line.split("\\|", -1);
        if (f.length != 7) {
          sink.reject(n, "column-count", "expected 7 fields, found " + f.length);
          continue;
        }
        LocalDate date;
        try {
          date = LocalDate.parse(f[0]);
        } catch (DateTimeParseException e) {
          sink.reject(n, "bad-date", "date '" + f[0] + "'");
          continue;
        }
        sink.valid(YearMonth.from(date));
        Country c1 = f[2].isEmpty() ? null : Country.of(f[2]);
        Country c2 = f[4].isEmpty() ? null : Country.of(f[4]);
        if (options.keeps(c1, c2)) {
          CameoCode code = new CameoCode(f[5]);
          sink.keep(new Event(options.source(), null, date, new Actor(f[1], c1, null), new Actor(f[3], c2, null),
              code, code.quadClass(), Double.parseDouble(f[6]), -1, -1, -1, Double.NaN), n);
        }
      }
    }
  }
}
