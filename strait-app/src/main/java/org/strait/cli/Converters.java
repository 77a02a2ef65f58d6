package org.strait.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters of option values whose picocli defaults would show Java class names in their errors: dates and
 * months say what they expect instead.
 */
final class Converters {
  private Converters() {}

  /** Registers the converters on {@code cli} and its sub-commands. */
  static void register(CommandLine cli) {
    cli.registerConverter(LocalDate.class, text -> {
      try {
        return LocalDate.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + text + "' is not a date YYYY-MM-DD");
      }
    });
    cli.registerConverter(YearMonth.class, text -> {
      try {
        return YearMonth.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + text + "' is not a month YYYY-MM");
      }
    });
  }
}
