package org.strait.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.strait.core.Country;
import org.strait.core.Require;

/**
 * What an ingest reads and how: the one settings record that the CLI and the demo both build.
 *
 * @param db the store file
 * @param paths files and folders to read
 * @param format the format of every file, or null to detect each
 * @param source the source label of every file, or null to derive it from folders
 * @param origins time origin of id-form quadruples per source label ({@code ""} for all)
 * @param stepHours hours per time unit of id-form quadruples per source label ({@code ""} for all)
 * @param countries the countries whose events are kept
 * @param replace whether a file whose content is stored is read again and replaces the stored one
 */
public record IngestSettings(Path db, List<Path> paths, String format, String source,
    Map<String, LocalDate> origins, Map<String, Integer> stepHours, Set<Country> countries, boolean replace) {
  /** Checks and copies. */
  public IngestSettings {
    Require.nonNull(db, "db");
    paths = List.copyOf(paths);
    Require.argument(!paths.isEmpty(), "name at least one file or folder to ingest");
    origins = Map.copyOf(origins);
    stepHours = Map.copyOf(stepHours);
    countries = Set.copyOf(countries);
  }

  /** Settings that leave stored files alone. */
  public IngestSettings(Path db, List<Path> paths, String format, String source, Map<String, LocalDate> origins,
      Map<String, Integer> stepHours, Set<Country> countries) {
    this(db, paths, format, source, origins, stepHours, countries, false);
  }

  /**
   * The settings the demo ingests a folder with: the shared reference data's id-form folders with their origins and
   * steps ({@link SharedFolders}), the default countries, detected formats, sources from folders.
   */
  public static IngestSettings shared(Path db, Path folder) {
    return new IngestSettings(db, List.of(folder), null, null, SharedFolders.origins(), SharedFolders.stepHours(),
        Set.copyOf(Country.DEFAULT_SET));
  }

  /**
   * Reads values {@code [SOURCE=]YYYY-MM-DD} of {@code option} into time origins per source label ({@code ""} for
   * all); the last value of a label counts.
   *
   * @throws IllegalArgumentException naming the option and the value when one is not a date
   */
  public static Map<String, LocalDate> origins(List<String> values, String option) {
    return bySource(values, option, (text, name) -> {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(name + ": '" + text + "' is not a date YYYY-MM-DD");
      }
    });
  }

  /**
   * Reads values {@code [SOURCE=]N} of {@code option} into hours per time unit per source label ({@code ""} for
   * all); the last value of a label counts.
   *
   * @throws IllegalArgumentException naming the option and the value when one is not a positive whole number
   */
  public static Map<String, Integer> stepHours(List<String> values, String option) {
    return bySource(values, option, (text, name) -> {
      int n;
      try {
        n = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ": '" + text + "' is not a whole number of hours");
      }
      Require.argument(n > 0, "%s: hours must be positive, was %d", name, n);
      return n;
    });
  }

  private static <T> Map<String, T> bySource(List<String> values, String option, BiFunction<String, String, T> parse) {
    Map<String, T> map = new TreeMap<>();
    for (String v : values) {
      int eq = v.lastIndexOf('=');
      map.put(eq < 0 ? "" : v.substring(0, eq), parse.apply(eq < 0 ? v : v.substring(eq + 1), option));
    }
    return map;
  }

  LocalDate originOf(String label) {
    return origins.containsKey(label) ? origins.get(label) : origins.get("");
  }

  int stepHoursOf(String label) {
    Integer v = stepHours.containsKey(label) ? stepHours.get(label) : stepHours.get("");
    return v == null ? 0 : v;
  }
}
