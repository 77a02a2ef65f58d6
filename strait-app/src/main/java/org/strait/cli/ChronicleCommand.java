package org.strait.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.strait.app.ChronicleJson;
import org.strait.knowledge.CountryCodes;
import org.strait.core.Country;
import org.strait.knowledge.Chronicle;
import org.strait.knowledge.ChronicleEntry;
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
  public Integer call() throws Exception {
    Knowledge k = Knowledge.standard();
    Chronicle c = k.chronicle();
    LocalDate start = day("--from", from, LocalDate.MIN);
    LocalDate end = day("--to", to, LocalDate.MAX);
    if (start.isAfter(end)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    c = c.between(start, end);
    if (dispute != null) {
      if (k.disputes().get(dispute).isEmpty()) {
        throw new IllegalArgumentException("unknown dispute '" + dispute + "'; known: "
            + String.join(", ", k.disputes().all().stream().map(d -> d.id()).toList()));
      }
      c = c.withDispute(dispute);
    }
    if (actor != null) {
      if (!actor.trim().matches("[A-Za-z]{3}")) {
        throw new IllegalArgumentException("--actor must be an ISO3 code such as KOR, was '" + actor + "'");
      }
      c = c.withActor(CountryCodes.parse(actor, "--actor"));
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> c.entries().forEach(e -> out.println(text(e)));
      case "csv" -> csv(c, out);
      case "json" -> out.println(ChronicleJson.json(c));
      default -> throw new IllegalArgumentException("--format must be text, csv or json, was '" + format + "'");
    }
    out.flush();
    return 0;
  }

  private static LocalDate day(String option, String value, LocalDate absent) {
    if (value == null) {
      return absent;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " must be a date YYYY-MM-DD, was '" + value + "'", e);
    }
  }

  private static String direction(int d) {
    return d > 0 ? "+1" : String.valueOf(d);
  }

  static String text(ChronicleEntry e) {
    return String.format("%-10s  %s  %s  [%s%s]  %s  (%s; %s)", e.date(), e.id(), e.title(),
        String.join(",", e.actors().stream().map(Country::code).toList()),
        e.disputes().isEmpty() ? "" : "; " + String.join(",", e.disputes()), direction(e.direction()), e.source(),
        e.confidence().label());
  }

  private static void csv(Chronicle c, PrintWriter out) {
    out.println("date,precision,id,title,actors,kind,cameo,disputes,direction,source,confidence");
    for (ChronicleEntry e : c.entries()) {
      List<String> cells = new ArrayList<>(List.of(e.date().toString(),
          e.date().precision().name().toLowerCase(Locale.ROOT), e.id(), e.title(),
          String.join(";", e.actors().stream().map(Country::code).toList()), e.kind(),
          e.cameo() == null ? "" : e.cameo().code(), String.join(";", e.disputes()), direction(e.direction()),
          e.source(), e.confidence().label()));
      out.println(String.join(",", cells.stream().map(ChronicleCommand::quote).toList()));
    }
  }

  static String quote(String cell) {
    return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }
}
