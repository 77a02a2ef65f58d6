package org.strait.cli;

import java.io.PrintWriter;
import org.strait.app.IngestService;
import org.strait.ingest.PlannedFile;
import org.strait.store.IngestReport;

/** What {@code strait ingest} shows while it reads: the progress bar over rows, and a line per file read. */
final class IngestLines implements IngestService.Listener {
  /** How many rows the progress bar moves at once. */
  private static final int STEP = 1 << 12;

  private final TerminalProgress progress;
  private final PrintWriter out;
  /** Rows not yet shown: the bar moves every {@link #STEP} rows, not at each of a file's millions. */
  private long rows;

  IngestLines(TerminalProgress progress, PrintWriter out) {
    this.progress = progress;
    this.out = out;
  }

  @Override
  public void starting(PlannedFile file) {
    progress.message(file.file().getFileName().toString());
  }

  @Override
  public void row() {
    if (++rows == STEP) {
      progress.step(rows);
      rows = 0;
    }
  }

  @Override
  public void done(IngestReport r) {
    progress.step(rows);
    rows = 0;
    out.printf("%s %s  %s  source=%s  valid %d  kept %d  rejected %d%n", r.alreadyStored() ? "unchanged" : "ingested",
        r.file(), r.format(), r.source(), r.valid(), r.kept(), r.rejected());
    if (r.note() != null) {
      out.printf("  %s%n", r.note());
    }
  }
}
