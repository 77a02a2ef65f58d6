package org.strait.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.strait.core.Require;

/**
 * Fetches the GDELT event files of a date range into a folder: lists them from GDELT's own listings, downloads each
 * one that is not already there and verified, and reports what it did.
 *
 * <p>Usage: {@code GdeltFetcher.run(FetchOptions.builder().range(from, to).outDir(dir).build(), listener)}. A rerun
 * with the same options downloads nothing that is in place and continues partial downloads (see {@link Downloader}
 * for the protocol). Files are fetched one after the other; one file that fails does not stop the others, and its
 * failure is in {@link FetchReport#failures()}.
 */
public final class GdeltFetcher {
  private GdeltFetcher() {}

  /**
   * Runs a fetch.
   *
   * @param options what to fetch and where
   * @param listener receives progress; {@link FetchListener#NONE} for none
   * @return what was done, including the files that failed
   * @throws FetchException when the listing cannot be read or parsed, or the output folder cannot be created
   */
  public static FetchReport run(FetchOptions options, FetchListener listener) {
    return run(options, listener, Sleeper.SYSTEM);
  }

  static FetchReport run(FetchOptions options, FetchListener listener, Sleeper sleeper) {
    Require.nonNull(options, "options");
    Require.nonNull(listener, "listener");
    HttpSource http = new HttpSource(options, sleeper);
    List<RemoteFile> files = options.version() == GdeltVersion.V1
        ? V1Listing.list(http, options)
        : V2Listing.list(http, options);
    try {
      Files.createDirectories(options.outDir());
    } catch (IOException e) {
      throw new FetchException("cannot create the output folder " + options.outDir() + ": " + e.getMessage(), e);
    }
    listener.planned(files);
    Downloader downloader = new Downloader(http, options.outDir(), listener);
    List<FetchReport.FileOutcome> outcomes = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (RemoteFile file : files) {
      try {
        FetchReport.FileOutcome outcome = downloader.fetch(file);
        outcomes.add(outcome);
        listener.finished(outcome);
      } catch (TransferFailure e) {
        failures.add(e.getMessage());
        listener.failed(file, e.getMessage());
      }
    }
    return new FetchReport(options.outDir(), outcomes, failures, uncovered(files, options.from(), options.to()));
  }

  /** Returns the days of {@code [from, to]} that no file's span covers. */
  static List<LocalDate> uncovered(List<RemoteFile> files, LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    Require.argument(days <= Integer.MAX_VALUE, "range too long: %s days", days);
    BitSet covered = new BitSet((int) days);
    for (RemoteFile f : files) {
      long first = Math.max(f.firstDay().toEpochDay(), from.toEpochDay()) - from.toEpochDay();
      long last = Math.min(f.lastDay().toEpochDay(), to.toEpochDay()) - from.toEpochDay();
      if (first <= last) {
        covered.set((int) first, (int) last + 1);
      }
    }
    List<LocalDate> missing = new ArrayList<>();
    for (int i = covered.nextClearBit(0); i < days; i = covered.nextClearBit(i + 1)) {
      missing.add(from.plusDays(i));
    }
    return missing;
  }
}
