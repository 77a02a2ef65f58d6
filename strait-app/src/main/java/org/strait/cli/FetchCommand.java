package org.strait.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.strait.app.Defaults;
import org.strait.fetch.FetchOptions;
import org.strait.fetch.FetchReport;
import org.strait.fetch.GdeltFetcher;
import org.strait.fetch.GdeltVersion;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code strait fetch} command: downloads event data files from their publishers. It has one source so far,
 * {@code gdelt}; without a source picocli reports the missing sub-command (exit code 2).
 */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = "Downloads event data files from their publishers, verified and resumable.",
    subcommands = {FetchCommand.Gdelt.class})
public final class FetchCommand {
  /** The {@code strait fetch gdelt} command: GDELT event files of a date range. */
  @Command(
      name = "gdelt",
      mixinStandardHelpOptions = true,
      description = {
          "Downloads the GDELT event files of a date range, checks each against the size and MD5 sum GDELT lists,"
              + " and moves it in place only then. A rerun skips the files in place and continues partial"
              + " downloads (*.part) with HTTP range requests.",
          "GDELT 1.0 (default): yearly, monthly and daily event files from events/md5sums and events/filesizes.",
          "GDELT 2.0: the 15-minute event exports from gdeltv2/masterfilelist.txt (not mentions or GKG)."})
  static final class Gdelt implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day, inclusive.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day, inclusive.")
    LocalDate to;

    @ArgGroup(exclusive = true)
    VersionFlags versionFlags;

    @Option(names = "--out", paramLabel = "DIR",
        description = "Folder of the downloaded files. Default: ~/.strait/gdelt/v1 or ~/.strait/gdelt/v2.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Data host. Default: ${DEFAULT-VALUE}.")
    URI baseUrl = FetchOptions.DEFAULT_BASE_URL;

    @Option(names = "--attempts", paramLabel = "N",
        description = "Attempts per request before a file is given up. Default: ${DEFAULT-VALUE}.")
    int attempts = FetchOptions.DEFAULT_MAX_ATTEMPTS;

    /** Which GDELT collection; at most one of the two flags. */
    static final class VersionFlags {
      @Option(names = "--v1", description = "GDELT 1.0 events (the default).")
      boolean v1;

      @Option(names = "--v2", description = "GDELT 2.0 events.")
      boolean v2;
    }

    @Override
    public Integer call() {
      GdeltVersion version = versionFlags != null && versionFlags.v2 ? GdeltVersion.V2 : GdeltVersion.V1;
      FetchOptions options = FetchOptions.builder().version(version).range(from, to)
          .outDir(out != null ? out : Defaults.gdelt(version)).baseUrl(baseUrl).maxAttempts(attempts).build();
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter stderr = spec.commandLine().getErr();
      FetchReport report;
      try (FetchProgress progress = new FetchProgress("gdelt " + version.label())) {
        report = GdeltFetcher.run(options, progress);
      }
      printSummary(stdout, version, report);
      for (FetchReport.FileOutcome o : report.outcomes()) {
        o.notes().forEach(n -> stderr.println("note: " + o.file().name() + ": " + n));
      }
      report.failures().forEach(f -> stderr.println("failed: " + f));
      stdout.flush();
      stderr.flush();
      return report.complete() ? 0 : ExitCodes.FAILURE;
    }

    private void printSummary(PrintWriter stdout, GdeltVersion version, FetchReport report) {
      stdout.printf(Locale.ROOT, "gdelt %s %s..%s: %d files in %s (%d downloaded, %d resumed, %d already present,"
              + " %d failed), %d bytes received%n",
          version.label(), from, to, report.outcomes().size(), report.outDir(),
          report.count(FetchReport.Status.DOWNLOADED), report.count(FetchReport.Status.RESUMED),
          report.count(FetchReport.Status.PRESENT), report.failures().size(), report.bytesTransferred());
      if (!report.uncoveredDays().isEmpty()) {
        stdout.printf(Locale.ROOT, "no file listed for %d of the days: %s%n", report.uncoveredDays().size(),
            spans(report.uncoveredDays()));
      }
    }
  }

  /** Writes days as runs, {@code 2014-01-01..2014-01-03, 2014-01-07}, the first ten runs then a count of the rest. */
  static String spans(List<LocalDate> days) {
    List<String> runs = new ArrayList<>();
    int i = 0;
    while (i < days.size()) {
      int j = i;
      while (j + 1 < days.size() && days.get(j + 1).equals(days.get(j).plusDays(1))) {
        j++;
      }
      runs.add(i == j ? days.get(i).toString() : days.get(i) + ".." + days.get(j));
      i = j + 1;
    }
    if (runs.size() <= 10) {
      return String.join(", ", runs);
    }
    return String.join(", ", runs.subList(0, 10)) + " and " + (runs.size() - 10) + " more runs";
  }
}
