package org.strait.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.strait.core.Require;

/**
 * The one place that knows every event-file format: it picks a reader by content, or by the name the user gives
 * with {@code --format}.
 */
public final class ReaderRegistry {
  private final List<EventReader> readers;

  private ReaderRegistry(List<EventReader> readers) {
    this.readers = List.copyOf(readers);
    long distinct = this.readers.stream().map(EventReader::format).distinct().count();
    Require.argument(distinct == this.readers.size(), "two readers share a format name");
  }

  /** Returns a registry of the given readers, asked in this order. */
  public static ReaderRegistry of(List<EventReader> readers) {
    return new ReaderRegistry(readers);
  }

  /** Returns the registry of every format strait reads. */
  public static ReaderRegistry standard() {
    return of(StandardReaders.all());
  }

  /** Returns the readers, in the order they are asked. */
  public List<EventReader> readers() {
    return readers;
  }

  /** Returns the reader of the format named {@code format}, or throws naming the formats there are. */
  public EventReader byFormat(String format) {
    return readers.stream().filter(r -> r.format().equals(format)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "unknown format '" + format + "'; known formats: " + formatNames()));
  }

  /** Returns the reader that recognises the file, or empty when none does. */
  public Optional<EventReader> detect(Path path) throws IOException {
    FileSample sample = sample(path);
    return readers.stream().filter(r -> r.detect(sample)).findFirst();
  }

  /** Returns the reader that recognises the file, or throws an {@link IngestException} naming the formats tried. */
  public EventReader require(Path path) throws IOException {
    return detect(path).orElseThrow(() -> new IngestException(path,
        "unknown format; tried " + formatNames() + " (choose one with --format)"));
  }

  /** Returns the format names, comma-separated, in the order they are tried. */
  public String formatNames() {
    return readers.stream().map(EventReader::format).collect(Collectors.joining(", "));
  }

  /** Reads the first lines of a file, decompressed, replacing malformed bytes so that detection never throws. */
  public static FileSample sample(Path path) throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = new InputFile(path).open();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
      String line;
      while (lines.size() < FileSample.LINES && (line = reader.readLine()) != null) {
        lines.add(line.length() > 100_000 ? line.substring(0, 100_000) : line);
      }
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      // A corrupt archive is detected as nothing; reading it later reports the error with the file name.
    }
    return new FileSample(path, lines);
  }
}
