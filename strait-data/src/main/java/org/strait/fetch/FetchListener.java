package org.strait.fetch;

import java.util.List;

/**
 * Receives the progress of a fetch, for a progress bar or a log. Called on the fetching thread in this order:
 * {@code planned} once, then for each file {@code progressed} any number of times followed by exactly one of
 * {@code finished} or {@code failed}. Every method has an empty default.
 */
public interface FetchListener {
  /** A listener that ignores everything. */
  FetchListener NONE = new FetchListener() {};

  /** Called once with the files selected for the range, before any is downloaded. */
  default void planned(List<RemoteFile> files) {}

  /**
   * Called while a file is written: {@code bytesOnDisk} is how much of it is on disk now, counting what an earlier
   * run left (it may go back to 0 when a download restarts).
   */
  default void progressed(RemoteFile file, long bytesOnDisk) {}

  /** Called when a file is in place and verified, whether it was downloaded now or already present. */
  default void finished(FetchReport.FileOutcome outcome) {}

  /** Called when a file could not be fetched; the reason names the URL. */
  default void failed(RemoteFile file, String reason) {}
}
