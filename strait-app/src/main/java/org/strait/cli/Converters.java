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
    cli.registerConverter(LocalDate.class, new Dates());
    cli.registerConverter(YearMonth.class, new Months());
  }

  // Classes rather than lambdas: a lambda of picocli's (Java 5) converter interface keeps that interface and every
  // built-in converter out of the launcher's class-data archive (bench/README.md, "Scale: random N actors", sixth round).

  /** Reads a date YYYY-MM-DD. */
  private static final class Dates implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      try {
        return LocalDate.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + text + "' is not a date YYYY-MM-DD");
      }
    }
  }

  /** Reads a month YYYY-MM. */
  private static final class Months implements CommandLine.ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String text) {
      try {
        return YearMonth.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + text + "' is not a month YYYY-MM");
      }
    }
  }
}
