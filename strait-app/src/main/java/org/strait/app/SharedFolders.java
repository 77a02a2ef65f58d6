package org.strait.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reading options of the id-form quadruple folders in the shared reference data ({@code ../shared/data}), one
 * row per folder as each folder's SOURCE.md states them: the date of {@code t = 0} and the hours one unit of
 * {@code t} counts. The demo ingests the shared data with these; {@code strait ingest} takes the same values as
 * {@code --origin LABEL=DATE --step-hours LABEL=N}.
 */
public final class SharedFolders {
  /**
   * One folder's options.
   *
   * @param label the source label (the folder relative to the data folder)
   * @param origin the date of {@code t = 0}
   * @param stepHours hours per unit of {@code t}
   */
  public record Folder(String label, LocalDate origin, int stepHours) {}

  /** The shared folders in id form, oldest first. */
  public static final List<Folder> ID_FORM = List.of(
      new Folder("icews05-15/tail", LocalDate.of(2005, 1, 1), 1),
      new Folder("icews14", LocalDate.of(2014, 1, 1), 1),
      new Folder("icews18", LocalDate.of(2018, 1, 1), 1),
      new Folder("icews21", LocalDate.of(2021, 1, 1), 24),
      new Folder("icews22", LocalDate.of(2022, 1, 1), 24),
      // t = day of the year, 1 for 1 January: the origin is the day before.
      new Folder("icews22-q4", LocalDate.of(2021, 12, 31), 24),
      new Folder("icews23", LocalDate.of(2022, 12, 31), 24));

  private SharedFolders() {}

  /** The origins by source label. */
  public static Map<String, LocalDate> origins() {
    return ID_FORM.stream().collect(Collectors.toUnmodifiableMap(Folder::label, Folder::origin));
  }

  /** The hours per unit of {@code t} by source label. */
  public static Map<String, Integer> stepHours() {
    return ID_FORM.stream().collect(Collectors.toUnmodifiableMap(Folder::label, Folder::stepHours));
  }
}
