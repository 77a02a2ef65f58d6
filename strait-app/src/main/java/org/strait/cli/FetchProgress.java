package org.strait.cli;

import java.util.List;
import org.strait.fetch.FetchListener;
import org.strait.fetch.FetchReport;
import org.strait.fetch.RemoteFile;

/**
 * What {@code strait fetch} shows while it downloads: the CLI's progress bar ({@link TerminalProgress}, only on a
 * terminal) over the megabytes of the planned files, with the file last finished beside it. Files whose size is not
 * listed count when they finish.
 */
final class FetchProgress implements FetchListener, AutoCloseable {
  private final String task;
  private TerminalProgress bar;
  private long totalBytes;
  private long doneBytes;
  private String last = "";

  FetchProgress(String task) {
    this.task = task;
  }

  @Override
  public void planned(List<RemoteFile> files) {
    long total = files.stream().mapToLong(f -> f.sizeBytes().orElse(0)).sum();
    totalBytes = total > 0 ? total : -1;
    bar = TerminalProgress.start(task, totalBytes, "MB", 1_000_000);
  }

  @Override
  public void progressed(RemoteFile file, long bytesOnDisk) {
    show(doneBytes + bytesOnDisk);
  }

  @Override
  public void finished(FetchReport.FileOutcome outcome) {
    done(outcome.file(), outcome.file().sizeBytes().orElse(0));
  }

  @Override
  public void failed(RemoteFile file, String reason) {
    done(file, file.sizeBytes().orElse(0));
  }

  private void done(RemoteFile file, long bytes) {
    doneBytes += bytes;
    last = file.name();
    show(doneBytes);
  }

  private void show(long bytes) {
    if (bar != null) {
      bar.report(bytes, totalBytes, last);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
