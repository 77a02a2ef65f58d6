package org.strait.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GDELT 2.0 event exports a date range needs, read from {@code gdeltv2/masterfilelist.txt}, whose lines are
 * {@code <bytes> <md5> <url>} for every 15-minute export, mentions and GKG file.
 *
 * <p>Only {@code YYYYMMDDHHMMSS.export.CSV.zip} files are wanted; a file belongs to the day of its time stamp (UTC,
 * as GDELT names them). The list is read as a stream (it holds millions of lines). The URL in a line is used only
 * for its file name: the file is fetched from {@code <base>/gdeltv2/<name>}, so that {@code --base-url} (a mirror,
 * or a test server) applies to the files as well as to the list. Lines that do not name a wanted export are ignored
 * without being checked; a line that names one but is malformed is a problem.
 */
final class V2Listing {
  private static final Pattern LINE = Pattern.compile("(\\d{1,18})\\s+([0-9a-fA-F]{32})\\s+(\\S+)");
  private static final Pattern EXPORT = Pattern.compile("(\\d{8})\\d{6}\\.export\\.CSV\\.zip");
  private static final Pattern EXPORT_IN_TEXT = Pattern.compile("(?:^|[/\\s])((\\d{8})\\d{6}\\.export\\.CSV\\.zip)");

  private V2Listing() {}

  /**
   * Reads the master file list under {@code options.baseUrl()} and returns the exports of the range, in time order.
   *
   * @throws FetchException when the list does not exist, cannot be read, or a wanted line is malformed
   */
  static List<RemoteFile> list(HttpSource http, FetchOptions options) {
    URI url = options.baseUrl().resolve("gdeltv2/masterfilelist.txt");
    Parsed parsed = http.readListing(url, text -> parse(text, url, options))
        .orElseThrow(() -> new FetchException(List.of(url + ": HTTP 404, no GDELT 2.0 master file list there")));
    parsed.problems().throwIfAny();
    List<RemoteFile> files = new ArrayList<>(parsed.files().values());
    files.sort(Comparator.comparing(RemoteFile::name));
    return files;
  }

  /** The wanted files of the list, by name, and its problems. */
  private record Parsed(Map<String, RemoteFile> files, ListingProblems problems) {}

  private static Parsed parse(BufferedReader text, URI url, FetchOptions options) throws IOException {
    Map<String, RemoteFile> files = new LinkedHashMap<>();
    ListingProblems problems = new ListingProblems();
    long number = 0;
    for (String line = text.readLine(); line != null; line = text.readLine()) {
      number++;
      String trimmed = line.strip();
      Matcher m = LINE.matcher(trimmed);
      if (!m.matches()) {
        Matcher named = EXPORT_IN_TEXT.matcher(trimmed);
        if (named.find() && day(named.group(2)).filter(d -> inRange(d, options)).isPresent()) {
          problems.add(url, number, "expected '<bytes> <md5> <url>', got '" + trimmed + "'");
        }
        continue;
      }
      String link = m.group(3);
      String name = link.substring(link.lastIndexOf('/') + 1);
      Matcher export = EXPORT.matcher(name);
      if (!export.matches()) {
        continue;
      }
      Optional<LocalDate> day = day(export.group(1)).filter(d -> inRange(d, options));
      if (day.isEmpty()) {
        continue;
      }
      RemoteFile file = new RemoteFile(name, options.baseUrl().resolve("gdeltv2/" + name), day.get(), day.get(),
          OptionalLong.of(Long.parseLong(m.group(1))), Optional.of(m.group(2)));
      RemoteFile earlier = files.putIfAbsent(name, file);
      if (earlier != null && !earlier.equals(file)) {
        problems.add(url, number, name + " is listed twice, with different sizes or MD5 sums");
      }
    }
    return new Parsed(files, problems);
  }

  private static Optional<LocalDate> day(String yyyymmdd) {
    try {
      return Optional.of(LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static boolean inRange(LocalDate day, FetchOptions options) {
    return !day.isBefore(options.from()) && !day.isAfter(options.to());
  }
}
