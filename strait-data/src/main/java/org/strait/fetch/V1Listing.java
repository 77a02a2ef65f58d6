package org.strait.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GDELT 1.0 event files a date range needs, read from the two listings GDELT publishes beside them:
 * {@code events/md5sums} (lines {@code <md5>  <name>}, the format of {@code md5sum}) and {@code events/filesizes}
 * (lines {@code <bytes> <name>}). Either may be missing; a file is checked against what is given.
 *
 * <p>Three kinds of names are wanted, each covering a span of days: {@code YYYY.zip} (a year; GDELT publishes
 * 1979–2005 so), {@code YYYYMM.zip} (a month; 2006 to March 2013) and {@code YYYYMMDD.export.CSV.zip} (a day; from
 * April 2013). Every listed file whose span meets the range is selected, so a range across the boundaries gets the
 * back-files and the daily files it needs. Other names (the reduced master file, documentation) are ignored, and so
 * are lines that do not name a wanted file; a line that names a wanted file but is malformed is a problem.
 */
final class V1Listing {
  private static final Pattern YEARLY = Pattern.compile("(\\d{4})\\.zip");
  private static final Pattern MONTHLY = Pattern.compile("(\\d{4})(\\d{2})\\.zip");
  private static final Pattern DAILY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})\\.export\\.CSV\\.zip");
  private static final Pattern MD5_LINE = Pattern.compile("([0-9a-fA-F]{32}) [ *](\\S+)");
  private static final Pattern SIZE_LINE = Pattern.compile("(\\d{1,18})\\s+(\\S+)");

  private V1Listing() {}

  /** The days a file covers. */
  record Span(LocalDate first, LocalDate last) {}

  /** Returns the days a GDELT 1.0 event file covers, or empty when the name is not one of an event file. */
  static Optional<Span> span(String name) {
    try {
      Matcher m = DAILY.matcher(name);
      if (m.matches()) {
        LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        return Optional.of(new Span(d, d));
      }
      m = MONTHLY.matcher(name);
      if (m.matches()) {
        YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
        return Optional.of(new Span(ym.atDay(1), ym.atEndOfMonth()));
      }
      m = YEARLY.matcher(name);
      if (m.matches()) {
        int year = num(m, 1);
        return Optional.of(new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /**
   * Reads both listings under {@code options.baseUrl()} and returns the files the range needs, ordered by first day
   * then name.
   *
   * @throws FetchException when neither listing exists, one cannot be read, or a wanted line is malformed
   */
  static List<RemoteFile> list(HttpSource http, FetchOptions options) {
    URI md5Url = options.baseUrl().resolve("events/md5sums");
    URI sizesUrl = options.baseUrl().resolve("events/filesizes");
    Optional<Parsed<String>> md5s =
        http.readListing(md5Url, text -> parse(text, md5Url, MD5_LINE, options, s -> s.toLowerCase(Locale.ROOT), "<md5>  <name>"));
    Optional<Parsed<Long>> sizes =
        http.readListing(sizesUrl, text -> parse(text, sizesUrl, SIZE_LINE, options, Long::valueOf, "<bytes> <name>"));
    if (md5s.isEmpty() && sizes.isEmpty()) {
      throw new FetchException(List.of("neither " + md5Url + " nor " + sizesUrl
          + " exists (HTTP 404): cannot list the GDELT 1.0 event files"));
    }
    ListingProblems problems = new ListingProblems();
    md5s.ifPresent(p -> problems.addAll(p.problems()));
    sizes.ifPresent(p -> problems.addAll(p.problems()));
    problems.throwIfAny();
    Map<String, String> md5ByName = md5s.map(Parsed::values).orElse(Map.of());
    Map<String, Long> sizeByName = sizes.map(Parsed::values).orElse(Map.of());
    TreeSet<String> names = new TreeSet<>(md5ByName.keySet());
    names.addAll(sizeByName.keySet());
    List<RemoteFile> files = new ArrayList<>();
    for (String name : names) {
      Span span = span(name).orElseThrow();
      Long size = sizeByName.get(name);
      files.add(new RemoteFile(name, options.baseUrl().resolve("events/" + name), span.first(), span.last(),
          size == null ? OptionalLong.empty() : OptionalLong.of(size), Optional.ofNullable(md5ByName.get(name))));
    }
    files.sort(Comparator.comparing(RemoteFile::firstDay).thenComparing(RemoteFile::name));
    return files;
  }

  /** The wanted entries of one listing, and its problems. */
  record Parsed<T>(Map<String, T> values, ListingProblems problems) {}

  private static <T> Parsed<T> parse(BufferedReader text, URI url, Pattern linePattern, FetchOptions options,
      Function<String, T> value, String expected) throws IOException {
    Map<String, T> values = new HashMap<>();
    ListingProblems problems = new ListingProblems();
    long number = 0;
    for (String line = text.readLine(); line != null; line = text.readLine()) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      Matcher m = linePattern.matcher(trimmed);
      if (!m.matches()) {
        if (namesWantedFile(trimmed, options)) {
          problems.add(url, number, "expected '" + expected + "', got '" + trimmed + "'");
        }
        continue;
      }
      String name = m.group(2);
      if (!wanted(name, options)) {
        continue;
      }
      T v = value.apply(m.group(1));
      T earlier = values.putIfAbsent(name, v);
      if (earlier != null && !earlier.equals(v)) {
        problems.add(url, number, name + " is listed twice, with " + earlier + " and " + v);
      }
    }
    return new Parsed<>(values, problems);
  }

  private static boolean wanted(String name, FetchOptions options) {
    return span(name).map(s -> !s.last().isBefore(options.from()) && !s.first().isAfter(options.to())).orElse(false);
  }

  private static boolean namesWantedFile(String line, FetchOptions options) {
    for (String token : line.split("\\s+")) {
      if (wanted(token.startsWith("*") ? token.substring(1) : token, options)) {
        return true;
      }
    }
    return false;
  }
}
