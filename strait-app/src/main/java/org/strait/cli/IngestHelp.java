package org.strait.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.strait.app.SharedFolders;
import org.strait.ingest.formats.StandardReaders;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The help of {@code strait ingest} that comes from the code: the format names and the shared data's folders. */
final class IngestHelp {
  private IngestHelp() {}

  /** Adds the shared reference data's folder options ({@link SharedFolders}) to the help, as its footer. */
  static final class SharedFoldersFooter implements CommandLine.IModelTransformer {
    /** The width picocli wraps the help at. */
    private static final int WIDTH = 80;

    @Override
    public CommandSpec transform(CommandSpec spec) {
      List<String> lines = new ArrayList<>();
      lines.add("");
      lines.add("The id-form folders of the shared reference data (../shared/data) and their options, as their"
          + " SOURCE.md give them (the demo uses these):");
      for (SharedFolders.Folder f : SharedFolders.ID_FORM) {
        String origin = String.format("  %-16s --origin %s=%s", f.label(), f.label(), f.origin());
        String step = String.format("--step-hours %s=%d", f.label(), f.stepHours());
        if (origin.length() + 1 + step.length() < WIDTH) {
          lines.add(origin + " " + step);
        } else { // picocli would wrap it at the width with no indent: wrap it here, under the options
          lines.add(origin);
          lines.add(" ".repeat(19) + step);
        }
      }
      lines.add("Files with CRLF line endings (icews22-q4, icews23) read as LF files do.");
      spec.usageMessage().footer(lines.toArray(String[]::new));
      return spec;
    }
  }

  /** The format names, for help and completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return StandardReaders.registry().readers().stream().map(r -> r.format()).iterator();
    }
  }
}
