package org.strait.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strait.app.IndexService;
import org.strait.core.Country;
import org.strait.core.Dyad;
import org.strait.index.Granularity;
import org.strait.index.IndexQuery;
import org.strait.index.IndexSeries;
import org.strait.index.Weighting;
import org.strait.knowledge.CountryCodes;
import org.strait.store.EventStore;
import org.strait.store.MonthSpan;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The store and the options that say which index to compute, shared by {@code strait index} and
 * {@code strait turning-points}.
 */
final class IndexQueryOptions {
  @Mixin DbOption db;

  @Option(names = "--dyad", required = true, paramLabel = "ISO3-ISO3",
      description = "The pair, e.g. JPN-KOR; or 'all' for every pair of --countries.")
  String dyad;

  @Option(names = "--countries", split = ",", paramLabel = "ISO3", defaultValue = "JPN,KOR,USA,CHN,PRK,RUS",
      description = "The countries of --dyad all. Default: ${DEFAULT-VALUE}.")
  List<String> countries;

  @Option(names = "--directed", description = "Events from the first country to the second only.")
  boolean directed;

  @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month, inclusive. Default: the store's first.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month, inclusive. Default: the store's last.")
  String to;

  @Option(names = "--weekly", description = "Weeks (Monday to Sunday) instead of months.")
  boolean weekly;

  @Option(names = "--source", paramLabel = "LABEL",
      description = "Only this source. Default: one source per month by the documented priority.")
  String source;

  @Option(names = "--weight", paramLabel = "none|mentions|sources|articles", defaultValue = "none",
      description = "Weight of each event: none, or its mentions, sources or articles (GDELT only)."
          + " Default: ${DEFAULT-VALUE}.")
  String weight;

  @Option(names = "--level", paramLabel = "P", defaultValue = "0.90",
      description = "Probability of the interval, between 0 and 1. Default: ${DEFAULT-VALUE}.")
  double level;

  IndexQuery template() {
    Weighting weighting;
    try {
      weighting = Weighting.valueOf(weight.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--weight must be none, mentions, sources or articles, was '" + weight
          + "'", e);
    }
    Usage.check(level > 0 && level < 1, "--level must be between 0 and 1 (say 0.90), was %s", level);
    Dyad pair = dyad.equalsIgnoreCase("all") ? Dyad.parse("JPN-KOR") : CountryCodes.dyad(dyad, "--dyad");
    return new IndexQuery(pair, directed, month(from, "--from"), month(to, "--to"),
        weekly ? Granularity.WEEK : Granularity.MONTH, source, weighting, level);
  }

  /**
   * Computes the index of every pair asked for, by name, from the store of {@code --db}, opened read-only; a usage
   * error when the store holds no events or the months asked for lie wholly before or after those it holds.
   */
  Map<String, IndexSeries> compute() {
    try (EventStore store = db.read()) {
      IndexQuery template = template();
      List<Country> pairsOf = dyad.equalsIgnoreCase("all") ? CountryCodes.parseAll(countries, "--countries") : null;
      MonthSpan span = db.span(store);
      Usage.check(template.from() == null || !template.from().isAfter(span.last()),
          "--from %s is after the store's last month, %s (it holds events in %s..%s)", template.from(), span.last(),
          span.first(), span.last());
      Usage.check(template.to() == null || !template.to().isBefore(span.first()),
          "--to %s is before the store's first month, %s (it holds events in %s..%s)", template.to(), span.first(),
          span.first(), span.last());
      return IndexService.compute(store.reader(), template, pairsOf);
    }
  }

  /** Returns the name of the one pair of {@code all}, for {@code --chart}; a usage error when there are more. */
  static String onePair(Map<String, ?> all) {
    Usage.check(all.size() == 1, "--chart draws one pair; give one --dyad");
    return all.keySet().iterator().next();
  }

  private static YearMonth month(String text, String option) {
    if (text == null) {
      return null;
    }
    try {
      return YearMonth.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " must be a month YYYY-MM, was '" + text + "'", e);
    }
  }
}
