package org.strait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.strait.knowledge.CountryCodes;
import org.strait.app.IngestService;
import org.strait.app.IngestSettings;
import org.strait.core.Country;
import org.strait.store.ActorCoverage;
import org.strait.store.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strait ingest}: reads event files and folders into the store, one transaction per file. */
@Command(name = "ingest", mixinStandardHelpOptions = true, modelTransformer = IngestHelp.SharedFoldersFooter.class,
    description = {"Reads event files and folders into the store.",
        "Formats are detected from content; files in folders that no reader recognises are listed and skipped.",
        "Each file is stored whole or not at all. A file stored before with the same options is not read again; one"
            + " stored with other options (format, source, origin, step, countries) is refused unless --replace."})
final class IngestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Event files or folders.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "NAME", description = "Read every file as this format (${COMPLETION-CANDIDATES}).",
      completionCandidates = IngestHelp.FormatNames.class)
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
    IngestSettings settings = new IngestSettings(db.path(), paths, format, source,
        IngestSettings.origins(origins, "--origin"), IngestSettings.stepHours(steps, "--step-hours"),
        new LinkedHashSet<>(CountryCodes.parseAll(countries, "--countries")), replace);
    return report(settings, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Runs an ingest with a progress bar, prints what it did, and returns the exit code. */
  static int report(IngestSettings settings, PrintWriter out, PrintWriter err) throws IOException {
    IngestService.Summary summary;
    try (TerminalProgress progress = TerminalProgress.start("ingest", -1, "rows")) {
      summary = IngestService.run(settings, new IngestLines(progress, out));
    }
    if (!summary.plan().skipped().isEmpty()) {
      out.printf("skipped %d files:%n", summary.plan().skipped().size());
      IngestLines.skipped(summary.plan().skipped()).forEach(out::println);
    }
    new TreeMap<>(summary.rejectsByReason()).forEach((k, v) -> out.printf("rejected %-24s %d%n", k, v));
    out.printf("total: %d files, %d valid rows, %d kept, %d rejected%s, store %s%n", summary.ingested(),
        summary.total(IngestReport::valid), summary.total(IngestReport::kept), summary.total(IngestReport::rejected),
        summary.unchanged() == 0 ? "" : " (" + summary.unchanged() + " files unchanged, not counted again)",
        settings.db());
    Map<String, ActorCoverage> actors = summary.actorsBySource();
    if (!actors.isEmpty()) {
      out.printf("actors: of the valid rows with an actor of %s, those whose two actors resolve, per source%n",
          String.join(",", settings.countries().stream().map(Country::code).sorted().toList()));
      actors.forEach((source, c) -> out.printf("  %-18s %9d of %9d  %5.1f%%%n", source, c.resolved(),
          c.involving(), 100 * c.share()));
    }
    if (!summary.failures().isEmpty()) {
      out.printf("failed: %d files, not stored (see the errors)%n", summary.failures().size());
    }
    summary.failures().forEach(f -> err.println("strait ingest: " + f));
    if (summary.failures().isEmpty() && summary.ingested() == 0 && summary.unchanged() == 0) {
      err.println("strait ingest: no event file in " + settings.paths().stream().map(Path::toString)
          .collect(java.util.stream.Collectors.joining(", ")) + ", so nothing was stored (files that no reader"
          + " recognises are skipped; --format NAME reads every file as that format)");
      return ExitCodes.FAILURE;
    }
    return summary.failures().isEmpty() ? 0 : ExitCodes.FAILURE;
  }
}
