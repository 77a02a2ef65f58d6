package org.strait.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A reader of one event-file format (GDELT 1.0, GDELT 2.0, ICEWS, named or id-form quadruples).
 *
 * <p>Usage: the {@link ReaderRegistry} asks every reader {@link #detect} on a sample of a file's first lines and
 * picks the one that recognises it; {@link #read} then streams the whole file once into a sink. For every row the
 * reader calls exactly one of {@link EventSink#valid} (then also {@link EventSink#keep} when
 * {@link ReadOptions#keeps} accepts both actors' countries) or {@link EventSink#reject}. Readers are stateless and
 * thread-safe; they never coerce a bad value silently, they reject the row and say why.
 */
public interface EventReader {
  /** Returns the short name users pass to {@code --format}, e.g. {@code "gdelt2"}. */
  String format();

  /** Returns a one-line description of the format, shown in errors and help. */
  String description();

  /**
   * Tells whether the reader dates rows from {@link ReadOptions#origin()} and {@link ReadOptions#stepHours()}, so that
   * they change what a file holds (id-form quadruples); false for formats that state their dates.
   */
  default boolean usesTimeOrigin() {
    return false;
  }

  /** Tells whether the sample looks like this format. Must not throw on any input. */
  boolean detect(FileSample sample);

  /**
   * Reads the whole file into the sink.
   *
   * @throws IngestException when the file as a whole cannot be read (e.g. a missing companion file)
   * @throws IOException when reading fails
   */
  void read(InputFile file, ReadOptions options, EventSink sink) throws IOException;

  /**
   * Returns the files whose bytes are the input's content, the store's identity of what it ingested: the file itself,
   * or, for a format read through one file of a folder (a Spark archive through its marker), that file first and then
   * every data file the reader reads, so that a change to any of them is a new input, not "unchanged".
   */
  default List<Path> contentFiles(Path file) throws IOException {
    return List.of(file);
  }
}
