package org.strait.fetch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.strait.core.Require;

/**
 * What a fetch did: one outcome per file in place, one line per file that failed, and the days of the range that no
 * listed file covers (GDELT has gaps, and today's file is not out yet).
 *
 * @param outDir the folder the files are in
 * @param outcomes the files now in place and verified, in listing order
 * @param failures one line per file that could not be fetched, naming its URL and the reason
 * @param uncoveredDays the days of the range that no listed file covers
 */
public record FetchReport(
    Path outDir, List<FileOutcome> outcomes, List<String> failures, List<LocalDate> uncoveredDays) {
  /** Copies the lists. */
  public FetchReport {
    Require.nonNull(outDir, "output folder");
    outcomes = List.copyOf(outcomes);
    failures = List.copyOf(failures);
    uncoveredDays = List.copyOf(uncoveredDays);
  }

  /** Tells whether every selected file is in place. */
  public boolean complete() {
    return failures.isEmpty();
  }

  /** Returns how many files ended with the given status. */
  public long count(Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /** Returns the bytes received over the network in this run. */
  public long bytesTransferred() {
    return outcomes.stream().mapToLong(FileOutcome::bytesTransferred).sum();
  }

  /** How a file came to be in place. */
  public enum Status {
    /** Downloaded whole in this run. */
    DOWNLOADED,
    /** Completed from a {@code .part} an earlier run left, with an HTTP range request. */
    RESUMED,
    /** Already present and verified; nothing was downloaded. */
    PRESENT
  }

  /**
   * One file in place and verified.
   *
   * @param file the listed file
   * @param path where it is
   * @param status how it came to be there
   * @param bytesTransferred bytes received over the network for it in this run
   * @param notes what happened on the way (a retry, a restart because the server ignored a range), possibly empty
   */
  public record FileOutcome(RemoteFile file, Path path, Status status, long bytesTransferred, List<String> notes) {
    /** Checks and copies. */
    public FileOutcome {
      Require.nonNull(file, "file");
      Require.nonNull(path, "path");
      Require.nonNull(status, "status");
      Require.argument(bytesTransferred >= 0, "negative byte count %s", bytesTransferred);
      notes = List.copyOf(notes);
    }
  }
}
