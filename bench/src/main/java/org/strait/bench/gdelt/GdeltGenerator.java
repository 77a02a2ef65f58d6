package org.strait.bench.gdelt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.strait.core.SeedSequence;

/**
 * The generator of a synthetic GDELT 2.0 event export (61 tab-separated columns, no header) of N rows, seeded.
 *
 * <p>Distributions: event dates uniform over a span of days; CAMEO codes by root share (see {@link CameoTable}) with
 * the Goldstein score of the code and the quad class of its root; actors with a country 65% (Actor1) and 55%
 * (Actor2) of the time, drawn by weight from about a hundred countries (see {@link SyntheticActors}), the rest
 * unnamed types or blank; mentions heavy-tailed (1 + exponential, mean 5), sources and articles not above them;
 * tone normal around -2 (sd 3.5); geography from the actors' countries; a URL per row. Rows average about 330
 * bytes. Nothing here is a real event.
 *
 * <p>Usage: {@code java -cp strait-bench.jar org.strait.bench.gdelt.GdeltGenerator OUT [ROWS] [SEED]}.
 */
public final class GdeltGenerator {
  private final CameoTable cameo;
  private final SyntheticActors actors = new SyntheticActors();
  private final LocalDate from;
  private final int days;

  /** Creates a generator of events dated from {@code from} over {@code days} days. */
  public GdeltGenerator(Path sharedDir, LocalDate from, int days) throws IOException {
    this.cameo = CameoTable.read(sharedDir);
    this.from = from;
    this.days = days;
  }

  /** Writes {@code rows} rows to {@code out} from the seed, and returns the number of bytes written. */
  public long write(Path out, long rows, long seed) throws IOException {
    SplittableRandom random = new SeedSequence(seed).stream(0);
    RowWriter w = new RowWriter();
    long bytes = 0;
    try (OutputStream os = Files.newOutputStream(out)) {
      for (long i = 0; i < rows; i++) {
        row(w, random, 500_000_000L + i);
        if (w.length() > 1 << 20) {
          bytes += w.flush(os);
        }
      }
      bytes += w.flush(os);
    }
    return bytes;
  }

  private void row(RowWriter w, SplittableRandom random, long id) {
    LocalDate date = from.plusDays(random.nextInt(days));
    int ymd = date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    w.number(id).tab().number(ymd).tab().number(ymd / 100).tab().number(ymd / 10000).tab();
    int fraction = (date.getMonthValue() * 30 + date.getDayOfMonth()) * 10000 / 365;
    w.number(date.getYear()).text(".").digits(fraction, 4).tab();
    int country1 = actor(w, random, 0.65);
    int country2 = actor(w, random, 0.55);
    int root = cameo.root(random);
    int code = cameo.code(random, root);
    String eventCode = cameo.code(root, code);
    w.text(random.nextInt(10) < 6 ? "1" : "0").tab();
    w.text(eventCode).tab().text(eventCode.substring(0, Math.min(3, eventCode.length()))).tab()
        .text(eventCode.substring(0, 2)).tab().number(CameoTable.quadClass(root)).tab()
        .text(cameo.goldstein(root, code)).tab();
    int mentions = 1 + (int) (-Math.log(1 - random.nextDouble()) * 4);
    int sources = 1 + random.nextInt(Math.min(mentions, 10));
    int articles = sources + random.nextInt(mentions - sources + 1);
    w.number(mentions).tab().number(sources).tab().number(articles).tab();
    double tone = Math.max(-30, Math.min(30, -2 + 3.5 * random.nextGaussian()));
    w.decimal(tone, 13).tab();
    geo(w, random, country1);
    geo(w, random, country2);
    geo(w, random, country1 >= 0 ? country1 : country2);
    long added = (long) ymd * 1_000_000L + random.nextInt(24) * 10000L + random.nextInt(4) * 1500L;
    w.number(added).tab();
    w.text("https://news-").number(random.nextInt(5000)).text(".example.com/").number(date.getYear()).text("/")
        .digits(date.getMonthValue(), 2).text("/").digits(date.getDayOfMonth(), 2).text("/article-")
        .number(random.nextInt(1 << 30)).text("-").text(eventCode).text(".html").newline();
  }

  /** Writes the ten actor columns; returns the country index, or -1 for none. */
  private int actor(RowWriter w, SplittableRandom random, double withCountry) {
    double x = random.nextDouble();
    if (x < withCountry) {
      int c = actors.country(random);
      boolean typed = random.nextInt(10) < 4;
      int type = SyntheticActors.type(random);
      String code = SyntheticActors.code(c);
      w.text(code).text(typed ? SyntheticActors.typeCode(type) : "").tab()
          .text(typed ? SyntheticActors.typeName(type) : SyntheticActors.name(c)).tab().text(code).tab()
          .tab().tab().tab().tab().text(typed ? SyntheticActors.typeCode(type) : "").tab().tab().tab();
      return c;
    }
    if (x < withCountry + (1 - withCountry) / 2) {
      int type = SyntheticActors.type(random);
      w.text(SyntheticActors.typeCode(type)).tab().text(SyntheticActors.typeName(type)).tab().tab().tab().tab()
          .tab().tab().text(SyntheticActors.typeCode(type)).tab().tab().tab();
      return -1;
    }
    w.tab().tab().tab().tab().tab().tab().tab().tab().tab().tab();
    return -1;
  }

  /** Writes the eight geography columns of GDELT 2.0 for a country (or blank ones). */
  private static void geo(RowWriter w, SplittableRandom random, int country) {
    if (country < 0) {
      w.text("0").tab().tab().tab().tab().tab().tab().tab().tab();
      return;
    }
    String fips = SyntheticActors.fips(country);
    boolean city = random.nextBoolean();
    w.text(city ? "4" : "1").tab();
    String name = SyntheticActors.name(country);
    if (city) {
      w.text("Capital City, ").text(name).text(" Province, ");
    }
    w.text(name).tab().text(fips).tab().text(fips).text(city ? "0" + random.nextInt(10) : "").tab()
        .text(city ? fips + random.nextInt(100000) : "").tab();
    w.decimal(-60 + 120 * random.nextDouble(), 4).tab().decimal(-180 + 360 * random.nextDouble(), 4).tab();
    w.text(city ? "-" : "").number(city ? random.nextInt(3_000_000) : 0).tab();
  }

  /** Writes a file: {@code OUT [ROWS] [SEED]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: GdeltGenerator OUT [ROWS] [SEED]");
      System.exit(2);
    }
    long rows = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20_150_219L;
    GdeltGenerator g = new GdeltGenerator(IngestBenchmark.sharedDir(), LocalDate.of(2015, 2, 19), 1776);
    long bytes = g.write(Path.of(args[0]), rows, seed);
    System.out.printf("wrote %,d rows, %,d bytes, seed %d, strait %s%n", rows, bytes, seed,
        org.strait.core.Version.current());
  }

  /** A growing byte buffer for one or more rows, written as ASCII. */
  static final class RowWriter {
    private byte[] buf = new byte[1 << 21];
    private int length;

    int length() {
      return length;
    }

    private void ensure(int more) {
      if (length + more > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(2 * buf.length, length + more));
      }
    }

    RowWriter text(String s) {
      ensure(s.length());
      s.getBytes(0, s.length(), buf, length);
      length += s.length();
      return this;
    }

    RowWriter tab() {
      ensure(1);
      buf[length++] = '\t';
      return this;
    }

    RowWriter newline() {
      ensure(1);
      buf[length++] = '\n';
      return this;
    }

    RowWriter number(long v) {
      return text(Long.toString(v));
    }

    /** Writes {@code v} with exactly {@code width} digits, zero-padded. */
    RowWriter digits(long v, int width) {
      ensure(width);
      for (int i = width - 1; i >= 0; i--) {
        buf[length + i] = (byte) ('0' + v % 10);
        v /= 10;
      }
      length += width;
      return this;
    }

    /** Writes a decimal with up to {@code places} places, trailing zeros dropped, as GDELT prints floats. */
    RowWriter decimal(double v, int places) {
      if (v < 0) {
        text("-");
        v = -v;
      }
      long scale = (long) Math.pow(10, places);
      long scaled = Math.round(v * scale);
      number(scaled / scale);
      long frac = scaled % scale;
      if (frac != 0) {
        int width = places;
        while (frac % 10 == 0) {
          frac /= 10;
          width--;
        }
        text(".").digits(frac, width);
      }
      return this;
    }

    long flush(OutputStream out) throws IOException {
      out.write(buf, 0, length);
      long n = length;
      length = 0;
      return n;
    }
  }
}
