package org.strait.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.strait.core.Require;

/**
 * The registry of event-file readers: it picks a reader by content, or by the name the user gives with
 * {@code --format}. {@link org.strait.ingest.formats.StandardReaders#registry()} is the one of every format strait
 * reads.
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

  /**
   * Reads the first lines of a file, decompressed, replacing malformed bytes so that detection never throws on
   * content: at most {@link FileSample#LINES} lines and {@link FileSample#MAX_BYTES} bytes, so that a file without
   * line breaks, or one that decompresses without end, is sampled in bounded memory and time. A byte-order mark at
   * the start is dropped. Damage found past the first bytes ends the sample (reading the file reports it).
   *
   * @throws IngestException when the file cannot be opened as an input file at all (a special file, a damaged
   *     archive, a {@code .zip} of several files)
   */
  public static FileSample sample(Path path) throws IOException {
    byte[] bytes = new byte[FileSample.MAX_BYTES];
    int filled = 0;
    int newlines = 0;
    try (InputStream in = new InputFile(path).open()) {
      while (filled < bytes.length && newlines < FileSample.LINES) {
        int n = in.read(bytes, filled, bytes.length - filled);
        if (n < 0) {
          break;
        }
        for (int i = filled; i < filled + n; i++) {
          newlines += bytes[i] == '\n' ? 1 : 0;
        }
        filled += n;
      }
    } catch (IngestException e) {
      if (filled == 0) {
        throw e;
      }
    }
    return new FileSample(path, lines(bytes, filled));
  }

  private static List<String> lines(byte[] bytes, int filled) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    List<String> lines = new ArrayList<>();
    int start = filled >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    while (start < filled && lines.size() < FileSample.LINES) {
      int end = start;
      while (end < filled && bytes[end] != '\n') {
        end++;
      }
      int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      try {
        lines.add(decoder.reset().decode(ByteBuffer.wrap(bytes, start, stop - start)).toString());
      } catch (CharacterCodingException e) {
        throw new IllegalStateException("a replacing decoder reported malformed input", e);
      }
      start = end + 1;
    }
    return lines;
  }
}
