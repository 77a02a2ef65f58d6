package org.strait.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.strait.app.ChronicleJson;
import org.strait.app.ChronicleView;
import org.strait.knowledge.Chronicle;
import org.strait.knowledge.CountryCodes;
import org.strait.knowledge.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code strait chronicle} command: lists chronicle entries, filtered by period, dispute and actor. */
@Command(
    name = "chronicle",
    mixinStandardHelpOptions = true,
    description = "Lists the dated facts of the knowledge base, one per line starting with the ISO date.")
public final class ChronicleCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive).")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
  String to;

  @Option(names = "--dispute", paramLabel = "ID", description = "Only entries touching this dispute.")
  String dispute;

  @Option(names = "--actor", paramLabel = "ISO3", description = "Only entries in which this country takes part.")
  String actor;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, csv or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    Knowledge k = Knowledge.standard();
    LocalDate start = day("--from", from);
    LocalDate end = day("--to", to);
    Usage.check(start == null || end == null || !start.isAfter(end), "--from %s is after --to %s", from, to);
    if (dispute != null) {
      ChronicleView.unknownDispute(k, dispute).ifPresent(problem -> Usage.check(false, "%s", problem));
    }
    Usage.check(actor == null || actor.trim().matches("[A-Za-z]{3}"),
        "--actor must be an ISO3 code such as KOR, was '%s'", actor);
    Chronicle c = ChronicleView.select(k, start, end, dispute,
        actor == null ? null : CountryCodes.parse(actor, "--actor"));
    PrintWriter out = spec.commandLine().getOut();
    switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> c.entries().forEach(e -> out.println(ChronicleView.text(e)));
      case "csv" -> out.print(Csv.table(ChronicleView.CSV_HEADER, ChronicleView.csvRows(c)));
      case "json" -> out.println(ChronicleJson.json(c));
      default -> throw new IllegalArgumentException("--format must be text, csv or json, was '" + format + "'");
    }
    out.flush();
    return 0;
  }

  /** Returns the day of {@code option}, or null when it is not given; a usage error when it is not a date. */
  private static LocalDate day(String option, String value) {
    try {
      return value == null ? null : LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " must be a date YYYY-MM-DD, was '" + value + "'", e);
    }
  }
}
