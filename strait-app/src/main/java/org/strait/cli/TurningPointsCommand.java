package org.strait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.strait.app.IndexService;
import org.strait.app.TurningPointTable;
import org.strait.index.IndexChart;
import org.strait.index.IndexSeries;
import org.strait.index.TurningPointOptions;
import org.strait.index.TurningPointResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strait turning-points}: the changes of level in a relation index, with a confidence and direction each. */
@Command(name = "turning-points", mixinStandardHelpOptions = true,
    description = {"Prints the turning points of the relation index of a pair of countries, with a direction and a"
        + " confidence each.",
        "A turning point is a change of level (kind level: the first period at the new level) or a one- or"
            + " two-period excursion that reverts (kind shock), in the mean Goldstein score or the net cooperation"
            + " share (measure). Each row gives the direction (up/down), the confidence, the period's events and the"
            + " levels before and after.",
        "The threshold is calibrated by simulating the index's fitted model to --false-alarm; see docs/indices.md."})
final class TurningPointsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin IndexQueryOptions query;

  @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
      description = "Output format: csv or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Mixin FalseAlarmOption falseAlarm;

  @Option(names = "--replicates", paramLabel = "N", defaultValue = "1000",
      description = "Simulated change-free series for the calibration, at least "
          + TurningPointOptions.MIN_REPLICATES + ". Default: ${DEFAULT-VALUE}.")
  int replicates;

  @Mixin SeedOption seed;

  @Option(names = "--chart", paramLabel = "FILE.png", description = "Also draw the index with its turning points.")
  Path chart;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    Usage.oneOf("--format", fmt, format, "csv", "json");
    Usage.check(replicates >= TurningPointOptions.MIN_REPLICATES, "--replicates must be at least %d, was %d",
        TurningPointOptions.MIN_REPLICATES, replicates);
    TurningPointOptions options = new TurningPointOptions(falseAlarm.value(), replicates, seed.value);
    Map<String, IndexSeries> all = query.compute();
    Map<String, TurningPointResult> results = new LinkedHashMap<>();
    all.forEach((name, series) -> results.put(name, IndexService.turningPoints(series, options)));
    if (chart != null) {
      String name = IndexQueryOptions.onePair(all);
      IndexChart.write(all.get(name), results.get(name), chart, 1000, 500);
    }
    String column = all.values().iterator().next().query().granularity().column();
    PrintWriter out = spec.commandLine().getOut();
    if (fmt.equals("json")) {
      out.println(JsonText.pretty(TurningPointTable.json(results, column)));
    } else {
      TurningPointTable table = TurningPointTable.of(results, column);
      out.print(Csv.table(table.header(), table.rows()));
    }
    out.flush();
    return 0;
  }
}
