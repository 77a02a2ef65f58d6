package org.strait.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.strait.app.ChronicleJson;
import org.strait.app.ChronicleView;
import org.strait.knowledge.Chronicle;
import org.strait.knowledge.CountryCodes;
import org.strait.knowledge.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin DayRangeOptions days;

  @Option(names = "--dispute", paramLabel = "ID", description = "Only entries touching this dispute, e.g. wartime-labour.")
  String dispute;

  @Option(names = "--actor", paramLabel = "ISO3", description = "Only entries in which this country takes part.")
  String actor;

  @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
      description = "Output format: text, csv or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() {
    Knowledge k = Knowledge.standard();
    LocalDate start = days.from;
    LocalDate end = days.to;
    Usage.check(start == null || end == null || !start.isAfter(end), "--from %s is after --to %s", start, end);
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
}
