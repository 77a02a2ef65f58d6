package org.strait.ingest.gdelt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.strait.core.Country;
import org.strait.ingest.EventReader;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;

/** Writes GDELT files as GDELT publishes them (plain, .gz, .zip) and reads them back into a recording sink. */
final class GdeltFiles {
  private GdeltFiles() {}

  /** The default options: the six countries, no actor resolver (GDELT carries country codes). */
  static ReadOptions options(String source) {
    return new ReadOptions(source, Set.copyOf(Country.DEFAULT_SET), (name, date) -> Optional.empty(), null, 0);
  }

  /** Joins lines with {@code '\n'} after each, as GDELT does. */
  static byte[] lines(List<String> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes bytes plain, or compressed when the name ends in .gz or .zip (a zip of one entry, named without .zip). */
  static Path write(Path dir, String name, byte[] content) throws IOException {
    Path path = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(path)) {
      if (name.endsWith(".gz")) {
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
          gz.write(content);
        }
      } else if (name.endsWith(".zip")) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
          zip.putNextEntry(new ZipEntry(name.substring(0, name.length() - 4)));
          zip.write(content);
          zip.closeEntry();
        }
      } else {
        out.write(content);
      }
    }
    return path;
  }

  /** Reads a file with the default options and returns the settled sink. */
  static RecordingSink read(EventReader reader, Path path) throws IOException {
    RecordingSink sink = new RecordingSink();
    reader.read(new InputFile(path), options(reader.format()), sink);
    return sink.finish();
  }
}
