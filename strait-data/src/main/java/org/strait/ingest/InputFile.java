package org.strait.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An event file on disk, plain or compressed ({@code .gz}, or a {@code .zip} holding one file, as GDELT publishes
 * them); {@link #open} always yields the decompressed bytes.
 *
 * @param path the file
 */
public record InputFile(Path path) {
  /** Checks the path. */
  public InputFile {
    java.util.Objects.requireNonNull(path, "path");
  }

  /** Opens the decompressed content. The caller closes the stream. */
  public InputStream open() throws IOException {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    try {
      if (name.endsWith(".gz")) {
        return new GZIPInputStream(raw, 1 << 16);
      }
      if (name.endsWith(".zip")) {
        ZipInputStream zip = new ZipInputStream(raw);
        ZipEntry entry = zip.getNextEntry();
        while (entry != null && entry.isDirectory()) {
          entry = zip.getNextEntry();
        }
        if (entry == null) {
          throw new IngestException(path, "the zip archive holds no file");
        }
        return zip;
      }
      return raw;
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** Returns the size of the file on disk, compressed where it is. */
  public long size() throws IOException {
    return Files.size(path);
  }
}
