package org.strait.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The days a listing covers, shared by {@code strait chronicle} and {@code strait events}: {@code --from} and
 * {@code --to}, both optional and inclusive, read by the one date converter (a bad date is a usage error naming the
 * option and the value).
 */
final class DayRangeOptions {
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive.")
  LocalDate to;
}
