package org.strait.cli;

import picocli.CommandLine.Option;

/** The {@code --format md|json} option of the commands that print a fit's report: backtest, forecast. */
final class ReportFormatOption {
  @Option(names = "--format", paramLabel = "md|json", defaultValue = "md",
      description = "Report format: md or json. Default: ${DEFAULT-VALUE}.")
  String format;

  /** Returns the format, {@code md} or {@code json}; a usage error otherwise. */
  String value() {
    Usage.oneOf("--format", format, format, "md", "json");
    return format;
  }
}
