package org.strait.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files an ingest will read, each with its reader and source label; the files of the given folders that are
 * skipped, listed with the reason (a README, a licence or the id tables of quadruple files, which no reader
 * recognises; a named pipe, device or socket, which is not a regular file); and the files refused because they cannot
 * be opened as input files (a damaged archive, a {@code .zip} of several files), each with the error naming it.
 *
 * <p>The source label of a file is {@code --source} when given; otherwise the path of its folder relative to the
 * folder the user named, or that folder's own name for a file directly in it (so {@code strait ingest data} labels
 * {@code data/icews05-15/tail/test.txt} as {@code icews05-15/tail}).
 *
 * @param files the files to read, in path order
 * @param skipped the files of folders not read, with the reason, in path order
 * @param refused the files of folders that cannot be opened, with the error, in path order
 */
public record IngestPlan(List<PlannedFile> files, List<UnreadFile> skipped, List<UnreadFile> refused) {
  /** The reason given for a file that no reader recognises. */
  public static final String UNRECOGNISED = "no reader recognises it";
  /** The marker file of a Spark archive folder, whose Parquet files are read through it, not one by one. */
  public static final String ARCHIVE_MARKER = "_strait_archive.json";

  /** Copies the lists. */
  public IngestPlan {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
    refused = List.copyOf(refused);
  }

  /**
   * Plans the ingest of files and folders.
   *
   * @param registry the readers
   * @param paths files and folders; folders are walked recursively, hidden entries skipped
   * @param format the format to use for every file, or null to detect it from each file's content
   * @param source the source label for every file, or null to derive it from the folders
   * @throws IngestException for a file named directly whose format no reader recognises, or that is not a regular
   *     file or cannot be opened
   */
  public static IngestPlan of(ReaderRegistry registry, List<Path> paths, String format, String source)
      throws java.io.IOException {
    EventReader forced = format == null ? null : registry.byFormat(format);
    List<PlannedFile> files = new ArrayList<>();
    List<UnreadFile> skipped = new ArrayList<>();
    List<UnreadFile> refused = new ArrayList<>();
    for (Path given : paths) {
      if (!java.nio.file.Files.exists(given)) {
        throw new IngestException(given, "no such file or folder");
      }
      if (java.nio.file.Files.isDirectory(given)) {
        for (Path file : walk(given)) {
          if (!java.nio.file.Files.isRegularFile(file)) {
            skipped.add(new UnreadFile(file, notRegular(file)));
            continue;
          }
          EventReader reader;
          try {
            reader = forced != null ? forced : registry.detect(file).orElse(null);
          } catch (IngestException e) {
            refused.add(new UnreadFile(file, e.reason()));
            continue;
          } catch (java.io.IOException e) {
            refused.add(new UnreadFile(file, "cannot read the file: " + e));
            continue;
          }
          if (reader == null) {
            skipped.add(new UnreadFile(file, UNRECOGNISED));
          } else {
            files.add(new PlannedFile(file, reader, source != null ? source : label(given, file)));
          }
        }
      } else {
        InputFile.requireRegular(given);
        EventReader reader = forced != null ? forced : registry.require(given);
        files.add(new PlannedFile(given, reader, source != null ? source : folderName(given)));
      }
    }
    return new IngestPlan(files, skipped, refused);
  }

  private static String notRegular(Path file) {
    try {
      InputFile.requireRegular(file);
      return UNRECOGNISED;
    } catch (IngestException e) {
      return e.reason();
    }
  }

  private static List<Path> walk(Path folder) throws java.io.IOException {
    List<Path> files;
    try (Stream<Path> s = java.nio.file.Files.walk(folder)) {
      files = s.filter(p -> !java.nio.file.Files.isDirectory(p))
          .filter(p -> !hidden(folder.relativize(p)))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
    // The Parquet files of a Spark archive are read through its marker, not one by one.
    List<Path> archives = files.stream()
        .filter(p -> p.getFileName().toString().equals(ARCHIVE_MARKER))
        .map(Path::getParent).toList();
    return files.stream()
        .filter(p -> archives.stream().noneMatch(a -> p.startsWith(a) && !p.getParent().equals(a)
            || p.getParent().equals(a) && !p.getFileName().toString().equals(
                ARCHIVE_MARKER)))
        .toList();
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String label(Path root, Path file) {
    Path parent = root.relativize(file).getParent();
    return parent == null ? folderName(file) : parent.toString().replace('\\', '/');
  }

  private static String folderName(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null || parent.getFileName() == null ? "events" : parent.getFileName().toString();
  }
}
