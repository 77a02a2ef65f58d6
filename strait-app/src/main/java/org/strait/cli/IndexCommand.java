package org.strait.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.strait.knowledge.CountryCodes;
import org.strait.store.StoreReader;
import org.strait.core.Dyad;
import org.strait.index.Granularity;
import org.strait.index.IndexChart;
import org.strait.index.IndexPoint;
import org.strait.index.IndexQuery;
import org.strait.index.IndexSeries;
import org.strait.index.PeriodStats;
import org.strait.index.RelationIndex;
import org.strait.index.Weighting;
import org.strait.store.EventStore;
import org.strait.store.ParquetTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strait index}: the relation index of a pair of countries (or of every pair), per month or week. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Prints the relation index of a pair of countries per month (or week): event counts, Goldstein sum",
        "and mean, QuadClass counts and shares, net cooperation, and the smoothed index with its interval.",
        "See docs/indices.md for the estimator, the de-duplication rules and the choice of one source per month."})
final class IndexCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin QueryOptions query;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv, json or parquet (parquet needs --output). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path output;

  @Option(names = "--chart", paramLabel = "FILE.png", description = "Also draw the index and its band as a PNG.")
  Path chart;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    Usage.oneOf("--format", fmt, format, "csv", "json", "parquet");
    Usage.check(!fmt.equals("parquet") || output != null, "--format parquet needs --output FILE");
    Map<String, IndexSeries> all;
    try (EventStore store = db.read()) {
      all = query.compute(store.reader());
    }
    if (chart != null) {
      Usage.check(all.size() == 1, "--chart draws one pair; give one --dyad");
      IndexChart.write(all.values().iterator().next(), null, chart, 1000, 500);
    }
    List<String> header = header(all.values().iterator().next().query().granularity());
    List<List<Object>> rows = new ArrayList<>();
    all.forEach((name, series) -> series.points().forEach(p -> rows.add(row(name, p))));
    if (fmt.equals("json")) {
      List<Map<String, Object>> list = new ArrayList<>();
      all.forEach((name, series) -> list.add(json(name, series, header)));
      write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list) + "\n");
    } else if (fmt.equals("csv")) {
      write(Csv.table(header, rows));
    } else {
      ParquetTable.writeCsv(Csv.table(header, rows), output);
    }
    return 0;
  }

  private void write(String text) throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    }
  }

  static List<String> header(Granularity granularity) {
    return List.of("dyad", granularity.column(), "source", "events", "goldstein_sum", "goldstein_mean",
        "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict",
        "share_verbal_cooperation", "share_material_cooperation", "share_verbal_conflict", "share_material_conflict",
        "effective_events", "raw", "raw_lower", "raw_upper", "net_cooperation", "net_lower", "net_upper", "index",
        "sd", "lower", "upper", "level", "level_sd", "level_lower", "level_upper");
  }

  static List<Object> row(String name, IndexPoint p) {
    PeriodStats s = p.stats();
    List<Object> row = new ArrayList<>();
    row.add(name);
    row.add(p.label());
    row.add(s.source());
    row.add(s.events());
    row.add(s.goldsteinSum());
    row.add(s.goldsteinMean());
    row.add(s.verbalCooperation());
    row.add(s.materialCooperation());
    row.add(s.verbalConflict());
    row.add(s.materialConflict());
    for (int q = 1; q <= 4; q++) {
      row.add(s.share(q));
    }
    row.add(s.effectiveEvents());
    row.add(p.raw());
    row.add(p.rawLower());
    row.add(p.rawUpper());
    row.add(p.netCooperation());
    row.add(p.netLower());
    row.add(p.netUpper());
    row.add(p.index());
    row.add(p.sd());
    row.add(p.lower());
    row.add(p.upper());
    row.add(p.level());
    row.add(p.levelSd());
    row.add(p.levelLower());
    row.add(p.levelUpper());
    return row;
  }

  private static Map<String, Object> json(String name, IndexSeries series, List<String> header) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dyad", name);
    m.put("level", series.query().level());
    m.put("weighting", series.query().weighting().name().toLowerCase(Locale.ROOT));
    m.put("sigma2", series.sigma2());
    m.put("omega2", series.omega2());
    m.put("tau2", series.tau2());
    m.put("shift_rate", series.shiftRate());
    m.put("shift_variance", series.shiftVariance());
    m.put("version", series.version());
    List<Map<String, Object>> points = new ArrayList<>();
    for (IndexPoint p : series.points()) {
      List<Object> row = row(name, p);
      Map<String, Object> point = new LinkedHashMap<>();
      for (int i = 1; i < header.size(); i++) {
        Object v = row.get(i);
        point.put(header.get(i), v instanceof Double d && !Double.isFinite(d) ? null : v);
      }
      points.add(point);
    }
    m.put("points", points);
    return m;
  }

  /** The options that say which index to compute, shared by {@code index} and {@code turning-points}. */
  static final class QueryOptions {
    @Option(names = "--dyad", required = true, paramLabel = "ISO3-ISO3",
        description = "The pair, e.g. JPN-KOR; or 'all' for every pair of --countries.")
    String dyad;

    @Option(names = "--countries", split = ",", paramLabel = "ISO3", defaultValue = "JPN,KOR,USA,CHN,PRK,RUS",
        description = "The countries of --dyad all. Default: ${DEFAULT-VALUE}.")
    List<String> countries;

    @Option(names = "--directed", description = "Events from the first country to the second only.")
    boolean directed;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month. Default: the first stored.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month. Default: the last stored.")
    String to;

    @Option(names = "--weekly", description = "Weeks (Monday to Sunday) instead of months.")
    boolean weekly;

    @Option(names = "--source", paramLabel = "LABEL",
        description = "Only this source. Default: one source per month by the documented priority.")
    String source;

    @Option(names = "--weight", paramLabel = "WEIGHT", defaultValue = "none",
        description = "none, mentions, sources or articles (GDELT only). Default: ${DEFAULT-VALUE}.")
    String weight;

    @Option(names = "--level", paramLabel = "P", defaultValue = "0.90",
        description = "Probability of the interval. Default: ${DEFAULT-VALUE}.")
    double level;

    IndexQuery template() {
      Weighting weighting;
      try {
        weighting = Weighting.valueOf(weight.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--weight must be none, mentions, sources or articles, was '" + weight
            + "'", e);
      }
      Dyad pair = dyad.equalsIgnoreCase("all") ? Dyad.parse("JPN-KOR") : CountryCodes.dyad(dyad, "--dyad");
      return new IndexQuery(pair, directed, month(from, "--from"), month(to, "--to"),
          weekly ? Granularity.WEEK : Granularity.MONTH, source, weighting, level);
    }

    Map<String, IndexSeries> compute(StoreReader store) {
      IndexQuery template = template();
      if (dyad.equalsIgnoreCase("all")) {
        return RelationIndex.computeAll(store, CountryCodes.parseAll(countries, "--countries"), template);
      }
      return Map.of(template.seriesName(), RelationIndex.compute(store, template));
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

}
