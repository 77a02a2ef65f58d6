package org.strait.cli;

import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.strait.fetch.FetchListener;
import org.strait.fetch.FetchReport;
import org.strait.fetch.RemoteFile;

/**
 * A progress bar on stderr over the bytes of the planned files, drawn only when there is a terminal. Files whose
 * size is not listed count when they finish.
 */
final class FetchProgress implements FetchListener, AutoCloseable {
  private final String task;
  private final boolean enabled;
  private ProgressBar bar;
  private long doneBytes;

  FetchProgress(String task, boolean enabled) {
    this.task = task;
    this.enabled = enabled;
  }

  @Override
  public void planned(List<RemoteFile> files) {
    if (!enabled) {
      return;
    }
    long total = files.stream().mapToLong(f -> f.sizeBytes().orElse(0)).sum();
    bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total > 0 ? total : -1).setUnit(" MB", 1_000_000)
        .showSpeed().build();
  }

  @Override
  public void progressed(RemoteFile file, long bytesOnDisk) {
    if (bar != null) {
      bar.stepTo(doneBytes + bytesOnDisk);
    }
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
    if (bar != null) {
      bar.setExtraMessage(" " + file.name());
      bar.stepTo(doneBytes);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
