package org.strait.fetch;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.strait.core.Require;

/**
 * One file GDELT lists: its name, where to get it, the days its events cover and, where GDELT gives them, its size
 * and MD5 sum.
 *
 * @param name the file name, also the name it is saved under (letters, digits, {@code . _ -}; no path)
 * @param url where the file is downloaded from
 * @param firstDay the first day the file covers
 * @param lastDay the last day the file covers (equal to {@code firstDay} for daily and 15-minute files)
 * @param sizeBytes the size GDELT lists, when it lists one
 * @param md5 the lower-case hex MD5 sum GDELT lists, when it lists one
 */
public record RemoteFile(
    String name, URI url, LocalDate firstDay, LocalDate lastDay, OptionalLong sizeBytes, Optional<String> md5) {
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
  private static final Pattern MD5_HEX = Pattern.compile("[0-9a-f]{32}");

  /** Checks the fields; the name must be safe to use as a file name in the output folder. */
  public RemoteFile {
    Require.argument(name != null && SAFE_NAME.matcher(name).matches() && !name.contains(".."),
        "file name must be a plain name without a path, was '%s'", name);
    Require.nonNull(url, "url");
    Require.nonNull(firstDay, "first day");
    Require.nonNull(lastDay, "last day");
    Require.argument(!lastDay.isBefore(firstDay), "%s: last day %s is before first day %s", name, lastDay, firstDay);
    Require.nonNull(sizeBytes, "size");
    Require.argument(sizeBytes.isEmpty() || sizeBytes.getAsLong() >= 0, "%s: negative size %s", name, sizeBytes);
    md5 = Require.nonNull(md5, "md5").map(m -> m.toLowerCase(Locale.ROOT));
    Require.argument(md5.isEmpty() || MD5_HEX.matcher(md5.get()).matches(),
        "%s: MD5 must be 32 hex digits, was '%s'", name, md5.orElse(""));
  }

  /** Tells whether the file covers at least one day of {@code [from, to]}. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !lastDay.isBefore(from) && !firstDay.isAfter(to);
  }
}
