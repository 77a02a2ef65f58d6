package org.strait.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.input.PortableDataStream;
import org.strait.core.Country;
import org.strait.ingest.EventReader;
import org.strait.ingest.IngestException;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.ReaderRegistry;
import org.strait.ingest.formats.StandardReaders;

/**
 * The work of one Spark task on one file: a file on another file system (HDFS, S3) is first copied to the task's
 * local disk, so that every file, compressed or not, is read exactly as {@code strait ingest} reads it; a local file
 * is read in place. The same reader parses it into a {@link FileResult}.
 */
final class FileTask {
  private FileTask() {}

  static FileResult read(String path, PortableDataStream stream, ArchiveSettings settings) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String source = settings.source() != null ? settings.source() : folderName(path);
    Path dir = null;
    try {
      Path local;
      if (path.startsWith("file:")) {
        local = Path.of(java.net.URI.create(path));
      } else {
        dir = Files.createTempDirectory("strait-task");
        local = dir.resolve(name.isEmpty() ? "input" : name);
        try (InputStream in = stream.open()) {
          Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      ReaderRegistry registry = StandardReaders.registry();
      Optional<EventReader> reader = settings.format() != null
          ? Optional.of(registry.byFormat(settings.format())) : registry.detect(local);
      if (reader.isEmpty()) {
        return new FileResult(path, null, source, List.of(), Map.of(), List.of(),
            "unknown format; tried " + registry.formatNames());
      }
      Set<Country> countries = settings.countries().stream().map(Country::of).collect(Collectors.toSet());
      CollectingSink sink = new CollectingSink(path);
      reader.get().read(new org.strait.ingest.InputFile(local),
          new ReadOptions(source, countries, org.strait.knowledge.StandardActors.resolver(), null, 0), sink);
      return new FileResult(path, reader.get().format(), source, sink.events, sink.months, sink.rejects, null);
    } catch (IngestException e) {
      return new FileResult(path, null, source, List.of(), Map.of(), List.of(), e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    } finally {
      delete(dir);
    }
  }

  private static String folderName(String path) {
    String[] parts = path.split("/");
    return parts.length >= 2 && !parts[parts.length - 2].isEmpty() ? parts[parts.length - 2] : "events";
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean the task folder " + dir, e);
    }
  }
}
