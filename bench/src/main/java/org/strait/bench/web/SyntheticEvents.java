package org.strait.bench.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.strait.core.Actor;
import org.strait.core.CameoCode;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.ingest.CountryEntities;
import org.strait.ingest.EventReader;
import org.strait.ingest.EventSink;
import org.strait.ingest.FileSample;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;

/**
 * A generated event source for load tests: a file holding {@code <seed> <rows>} stands for that many rows drawn from
 * that seed, so that a large store is built without shipping data. Rows fall uniformly on the days of 2005–2014;
 * a third are Japan–South Korea, the rest spread over the other pairs of the six countries; one row in twenty has a
 * partner outside the six (valid, not kept) and one in a thousand is rejected. These are not real events.
 */
final class SyntheticEvents implements EventReader {
  private static final LocalDate FIRST = LocalDate.of(2005, 1, 1);
  private static final int DAYS = (int) (LocalDate.of(2014, 12, 31).toEpochDay() - FIRST.toEpochDay()) + 1;
  private static final List<String> CODES = List.of("040", "042", "051", "057", "111", "112", "130", "172", "190");

  @Override
  public String format() {
    return "synthetic";
  }

  @Override
  public String description() {
    return "generated rows for load tests: a file '<seed> <rows>'";
  }

  @Override
  public boolean detect(FileSample sample) {
    return false;
  }

  @Override
  public void read(InputFile file, ReadOptions options, EventSink sink) throws IOException {
    String spec;
    try (InputStream in = file.open()) {
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
    String[] parts = spec.split("\\s+");
    SplittableRandom random = new SplittableRandom(Long.parseLong(parts[0]));
    long rows = Long.parseLong(parts[1]);
    List<Country> six = Country.DEFAULT_SET;
    for (long line = 1; line <= rows; line++) {
      if (random.nextInt(1000) == 0) {
        sink.reject(line, "bad-date", "generated bad row");
        continue;
      }
      LocalDate date = FIRST.plusDays(random.nextInt(DAYS));
      sink.valid(YearMonth.from(date));
      Country a;
      Country b;
      if (random.nextInt(3) == 0) {
        a = Country.JPN;
        b = Country.KOR;
      } else {
        a = six.get(random.nextInt(six.size()));
        do {
          b = six.get(random.nextInt(six.size()));
        } while (b.equals(a));
      }
      if (random.nextInt(2) == 0) {
        Country t = a;
        a = b;
        b = t;
      }
      if (random.nextInt(20) == 0) {
        b = new Country("DEU");
      }
      if (!options.keeps(a, b)) {
        continue;
      }
      CameoCode code = new CameoCode(CODES.get(random.nextInt(CODES.size())));
      sink.keep(new Event(options.source(), Long.toString(line), date, actor(a, random), actor(b, random), code,
          code.quadClass(), random.nextInt(21) - 10, -1, -1, -1, Double.NaN), line);
    }
  }

  private static Actor actor(Country c, SplittableRandom random) {
    String entity = CountryEntities.names(c).get(0);
    return random.nextInt(3) == 0 ? new Actor("Government (" + entity + ")", c, "Government")
        : Actor.country(entity, c);
  }
}
