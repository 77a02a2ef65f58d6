package org.strait.cli;

import picocli.CommandLine.Option;

/** The {@code --false-alarm RATE} option of the commands that find turning points: turning-points, report. */
final class FalseAlarmOption {
  @Option(names = "--false-alarm", paramLabel = "RATE", defaultValue = "1.0",
      description = "False turning points expected per year of data in an index without any (the detector's "
          + "default, docs/indices.md). Default: ${DEFAULT-VALUE}.")
  double rate;

  /** Returns the rate; a usage error unless it is within (0, 12] a year. */
  double value() {
    Usage.check(rate > 0 && rate <= 12, "--false-alarm must be within (0, 12] a year, was %s", rate);
    return rate;
  }
}
