package org.strait.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.strait.knowledge.CountryCodes;
import org.strait.store.EventQuery;
import org.strait.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strait events}: counts or lists the stored events of a pair of countries, in both directions. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Counts or lists stored events between two countries, in both directions.")
final class EventsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Option(names = "--dyad", required = true, paramLabel = "ISO3-ISO3", description = "The pair, e.g. JPN-KOR.")
  String dyad;

  @Mixin DayRangeOptions days;

  @Option(names = "--source", paramLabel = "LABEL", description = "Only events of this source label.")
  String source;

  @Option(names = "--strict",
      description = "Only events whose two actors are the country entities themselves (e.g. \"Japan\").")
  boolean strict;

  @Option(names = "--count", description = "Print the number of events only.")
  boolean count;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
      description = "Most events listed without --count, 1 to " + EventsCommand.MAX_LIMIT + ". Default: ${DEFAULT-VALUE}.")
  int limit;

  /** The most events listed. */
  static final int MAX_LIMIT = 100_000;

  @Override
  public Integer call() {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("--limit must be within 1.." + MAX_LIMIT + ", was " + limit);
    }
    EventQuery query = new EventQuery(CountryCodes.dyad(dyad, "--dyad"), days.from, days.to, source, strict);
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore store = db.read()) {
      List<String> sources = store.reader().sources();
      Usage.check(source == null || sources.contains(source), "no source '%s' in the store; it holds: %s", source,
          sources.isEmpty() ? "nothing" : String.join(", ", sources));
      if (count) {
        out.println(store.reader().count(query));
      } else {
        for (List<String> row : store.reader().list(query, limit)) {
          out.println(String.join("\t", row));
        }
      }
    }
    return 0;
  }
}
