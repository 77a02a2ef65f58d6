package org.strait.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strait.app.IngestService;
import org.strait.ingest.PlannedFile;
import org.strait.ingest.UnreadFile;
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

  /**
   * Returns the lines that list {@code skipped}: one per folder and reason, in the plan's order, naming every file
   * ({@code "  FOLDER/ (REASON): a.txt, b.csv"}), so that the side files of a data folder (READMEs, codebooks, id
   * tables) take a line per folder, not one each.
   */
  static List<String> skipped(List<UnreadFile> skipped) {
    Map<Group, List<String>> groups = new LinkedHashMap<>();
    for (UnreadFile f : skipped) {
      Path folder = f.file().getParent();
      groups.computeIfAbsent(new Group(folder == null ? "." : folder + "/", f.reason()), k -> new ArrayList<>())
          .add(f.file().getFileName().toString());
    }
    List<String> lines = new ArrayList<>();
    groups.forEach((g, names) -> lines.add("  " + g.folder() + " (" + g.reason() + "): " + String.join(", ", names)));
    return lines;
  }

  /** The files of one folder skipped for one reason. */
  private record Group(String folder, String reason) {}
}
