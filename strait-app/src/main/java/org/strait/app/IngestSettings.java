package org.strait.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  LocalDate originOf(String label) {
    return origins.containsKey(label) ? origins.get(label) : origins.get("");
  }

  int stepHoursOf(String label) {
    Integer v = stepHours.containsKey(label) ? stepHours.get(label) : stepHours.get("");
    return v == null ? 0 : v;
  }
}
