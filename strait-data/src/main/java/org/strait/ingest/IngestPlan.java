package org.strait.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files an ingest will read, each with its reader and source label, and the files of the given folders that no
 * reader recognised (a README, a licence, the id tables of quadruple files), which are listed, not read.
 *
 * <p>The source label of a file is {@code --source} when given; otherwise the path of its folder relative to the
 * folder the user named, or that folder's own name for a file directly in it (so {@code strait ingest data} labels
 * {@code data/icews05-15/tail/test.txt} as {@code icews05-15/tail}).
 *
 * @param files the files to read, in path order
 * @param skipped the files not recognised, in path order
 */
public record IngestPlan(List<PlannedFile> files, List<Path> skipped) {
  /** Copies the lists. */
  public IngestPlan {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  /**
   * Plans the ingest of files and folders.
   *
   * @param registry the readers
   * @param paths files and folders; folders are walked recursively, hidden entries skipped
   * @param format the format to use for every file, or null to detect it from each file's content
   * @param source the source label for every file, or null to derive it from the folders
   * @throws IngestException for a file named directly whose format no reader recognises
   */
  public static IngestPlan of(ReaderRegistry registry, List<Path> paths, String format, String source)
      throws java.io.IOException {
    EventReader forced = format == null ? null : registry.byFormat(format);
    List<PlannedFile> files = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (Path given : paths) {
      if (!java.nio.file.Files.exists(given)) {
        throw new IngestException(given, "no such file or folder");
      }
      if (java.nio.file.Files.isDirectory(given)) {
        for (Path file : walk(given)) {
          EventReader reader = forced != null ? forced : registry.detect(file).orElse(null);
          if (reader == null) {
            skipped.add(file);
          } else {
            files.add(new PlannedFile(file, reader, source != null ? source : label(given, file)));
          }
        }
      } else {
        EventReader reader = forced != null ? forced : registry.require(given);
        files.add(new PlannedFile(given, reader, source != null ? source : folderName(given)));
      }
    }
    return new IngestPlan(files, skipped);
  }

  private static List<Path> walk(Path folder) throws java.io.IOException {
    List<Path> files;
    try (Stream<Path> s = java.nio.file.Files.walk(folder)) {
      files = s.filter(java.nio.file.Files::isRegularFile)
          .filter(p -> !hidden(folder.relativize(p)))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
    // The Parquet files of a Spark archive are read through its marker, not one by one.
    List<Path> archives = files.stream()
        .filter(p -> p.getFileName().toString().equals(org.strait.ingest.archive.ArchiveReader.MARKER))
        .map(Path::getParent).toList();
    return files.stream()
        .filter(p -> archives.stream().noneMatch(a -> p.startsWith(a) && !p.getParent().equals(a)
            || p.getParent().equals(a) && !p.getFileName().toString().equals(
                org.strait.ingest.archive.ArchiveReader.MARKER)))
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
