package org.strait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.strait.app.IndexService;
import org.strait.app.IndexTable;
import org.strait.index.IndexChart;
import org.strait.index.IndexSeries;
import org.strait.store.ParquetTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strait index}: the relation index of a pair of countries (or of every pair), per month or week. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Prints the relation index of a pair of countries per month (or week), with its interval.",
        "Each row has the event counts, the Goldstein sum and mean, the QuadClass counts and shares, the net"
            + " cooperation, and the smoothed index with its interval.",
        "See docs/indices.md for the estimator, the de-duplication rules and the choice of one source per month."})
final class IndexCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin IndexQueryOptions query;

  @Option(names = "--format", paramLabel = "csv|json|parquet", defaultValue = "csv",
      description = "Output format: csv, json or parquet (parquet needs --out). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = {"--out", "--output"}, paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path output;

  @Option(names = "--chart", paramLabel = "FILE.png", description = "Also draw the index and its band as a PNG.")
  Path chart;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    Usage.oneOf("--format", fmt, format, "csv", "json", "parquet");
    Usage.check(!fmt.equals("parquet") || output != null, "--format parquet needs --out FILE");
    Map<String, IndexSeries> all = query.compute();
    if (chart != null) {
      IndexChart.write(all.get(IndexQueryOptions.onePair(all)), null, chart, 1000, 500);
    }
    IndexTable table = IndexService.table(all);
    if (fmt.equals("json")) {
      write(JsonText.pretty(IndexService.json(all)) + "\n");
    } else if (fmt.equals("csv")) {
      write(Csv.table(table.header(), table.rows()));
    } else {
      ParquetTable.writeCsv(Csv.table(table.header(), table.rows()), output);
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
}
