package org.strait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.strait.knowledge.CountryCodes;
import org.strait.app.IngestService;
import org.strait.app.IngestSettings;
import org.strait.app.SharedFolders;
import org.strait.core.Country;
import org.strait.ingest.PlannedFile;
import org.strait.ingest.formats.StandardReaders;
import org.strait.store.ActorCoverage;
import org.strait.store.IngestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strait ingest}: reads event files and folders into the store, one transaction per file. */
@Command(name = "ingest", mixinStandardHelpOptions = true, modelTransformer = IngestCommand.SharedFoldersHelp.class,
    description = {"Reads event files and folders into the store.",
        "Formats are detected from content; files in folders that no reader recognises are listed and skipped.",
        "Each file is stored whole or not at all; a file stored before with the same options is not read again,",
        "one stored with other options (format, source, origin, step, countries) is refused unless --replace."})
final class IngestCommand implements Callable<Integer> {
  /** How many rows the progress bar moves at once. */
  private static final int STEP = 1 << 12;

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Event files or folders.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "NAME", description = "Read every file as this format (${COMPLETION-CANDIDATES}).",
      completionCandidates = FormatNames.class)
  String format;

  @Option(names = "--source", paramLabel = "LABEL",
      description = "Source label for every file. Default: the file's folder relative to the folder given.")
  String source;

  @Option(names = "--origin", paramLabel = "[SOURCE=]YYYY-MM-DD",
      description = "Date of time 0 in id-form quadruple files, for all files or for one source label.")
  List<String> origins = new ArrayList<>();

  @Option(names = "--step-hours", paramLabel = "[SOURCE=]N",
      description = "Hours per time unit in id-form quadruple files, for all files or for one source label.")
  List<String> steps = new ArrayList<>();

  @Option(names = "--replace",
      description = "Read files whose content is stored again with these options, replacing the stored file (its"
          + " events, monthly totals and rejected rows) in one transaction; prints what was replaced and why.")
  boolean replace;

  @Option(names = "--countries", split = ",", paramLabel = "ISO3",
      description = "Countries whose events are kept (both actors). Default: ${DEFAULT-VALUE}.",
      defaultValue = "JPN,KOR,USA,CHN,PRK,RUS")
  List<String> countries;

  @Override
  public Integer call() throws IOException {
    Set<Country> kept = new LinkedHashSet<>();
    kept.addAll(CountryCodes.parseAll(countries, "--countries"));
    IngestSettings settings = new IngestSettings(db.path(), paths, format, source,
        bySource(origins, "--origin", IngestCommand::date), bySource(steps, "--step-hours", IngestCommand::hours),
        kept, replace);
    return report(settings, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Runs an ingest with a progress bar, prints what it did, and returns the exit code. */
  static int report(IngestSettings settings, PrintWriter out, PrintWriter err) throws IOException {
    IngestService.Summary summary;
    try (TerminalProgress progress = TerminalProgress.start("ingest", -1, "rows")) {
      summary = IngestService.run(settings, new IngestService.Listener() {
        /** Rows not yet shown: the bar moves every {@link #STEP} rows, not at each of a file's millions. */
        private long rows;

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
          out.printf("%s %s  %s  source=%s  valid %d  kept %d  rejected %d%n",
              r.alreadyStored() ? "unchanged" : "ingested", r.file(), r.format(), r.source(), r.valid(), r.kept(),
              r.rejected());
          if (r.note() != null) {
            out.printf("  %s%n", r.note());
          }
        }
      });
    }
    if (!summary.plan().skipped().isEmpty()) {
      out.printf("skipped %d files:%n", summary.plan().skipped().size());
      summary.plan().skipped().forEach(p -> out.printf("  %s (%s)%n", p.file(), p.reason()));
    }
    new TreeMap<>(summary.rejectsByReason()).forEach((k, v) -> out.printf("rejected %-24s %d%n", k, v));
    out.printf("total: %d files, %d valid rows, %d kept, %d rejected%s, store %s%n", summary.ingested(),
        summary.total(IngestReport::valid), summary.total(IngestReport::kept), summary.total(IngestReport::rejected),
        summary.unchanged() == 0 ? "" : " (" + summary.unchanged() + " files unchanged, not counted again)",
        settings.db());
    actors(summary, settings, out);
    if (!summary.failures().isEmpty()) {
      out.printf("failed: %d files, not stored (see the errors)%n", summary.failures().size());
    }
    summary.failures().forEach(f -> err.println("strait ingest: " + f));
    return summary.failures().isEmpty() ? 0 : ExitCodes.FAILURE;
  }

  /**
   * Prints, per source label, the share of valid rows involving the followed countries whose two actors resolve
   * ({@link ActorCoverage}), for the files that record it.
   */
  private static void actors(IngestService.Summary summary, IngestSettings settings, PrintWriter out) {
    Map<String, ActorCoverage> bySource = new TreeMap<>();
    for (IngestReport r : summary.reports()) {
      if (r.actors() != null && r.actors().involving() > 0) {
        bySource.merge(r.source(), r.actors(), ActorCoverage::plus);
      }
    }
    if (bySource.isEmpty()) {
      return;
    }
    out.printf("actors: of the valid rows with an actor of %s, those whose two actors resolve, per source%n",
        String.join(",", settings.countries().stream().map(Country::code).sorted().toList()));
    bySource.forEach((source, c) -> out.printf("  %-18s %9d of %9d  %5.1f%%%n", source, c.resolved(),
        c.involving(), 100 * c.share()));
  }

  private static <T> Map<String, T> bySource(List<String> values, String option,
      java.util.function.BiFunction<String, String, T> parse) {
    Map<String, T> map = new TreeMap<>();
    for (String v : values) {
      int eq = v.lastIndexOf('=');
      String key = eq < 0 ? "" : v.substring(0, eq);
      map.put(key, parse.apply(eq < 0 ? v : v.substring(eq + 1), option));
    }
    return map;
  }

  private static LocalDate date(String text, String option) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + ": '" + text + "' is not a date YYYY-MM-DD");
    }
  }

  private static Integer hours(String text, String option) {
    try {
      int n = Integer.parseInt(text);
      if (n <= 0) {
        throw new IllegalArgumentException(option + ": hours must be positive, was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": '" + text + "' is not a whole number of hours");
    }
  }

  /** Adds the shared reference data's folder options ({@link SharedFolders}) to the help, as its footer. */
  static final class SharedFoldersHelp implements CommandLine.IModelTransformer {
    @Override
    public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
      List<String> lines = new ArrayList<>();
      lines.add("");
      lines.add("The id-form folders of the shared reference data (../shared/data) and their options, as their"
          + " SOURCE.md give them (the demo uses these):");
      for (SharedFolders.Folder f : SharedFolders.ID_FORM) {
        lines.add(String.format("  %-16s --origin %s=%s --step-hours %s=%d", f.label(), f.label(), f.origin(),
            f.label(), f.stepHours()));
      }
      lines.add("Files with CRLF line endings (icews22-q4, icews23) read as LF files do.");
      spec.usageMessage().footer(lines.toArray(String[]::new));
      return spec;
    }
  }

  /** The format names, for help and completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return StandardReaders.registry().readers().stream().map(r -> r.format()).iterator();
    }
  }
}
