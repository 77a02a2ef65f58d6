package org.strait.bench.gdelt;

import java.io.IOException;
import org.strait.ingest.EventReader;
import org.strait.ingest.EventSink;
import org.strait.ingest.FileSample;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;

/** A reader that delegates and notes when its read began and ended, to split the store's ingest into phases. */
final class TimedReader implements EventReader {
  private final EventReader reader;
  long started;
  long ended;

  TimedReader(EventReader reader) {
    this.reader = reader;
  }

  @Override
  public String format() {
    return reader.format();
  }

  @Override
  public String description() {
    return reader.description();
  }

  @Override
  public boolean detect(FileSample sample) {
    return reader.detect(sample);
  }

  @Override
  public void read(InputFile file, ReadOptions options, EventSink sink) throws IOException {
    started = System.nanoTime();
    reader.read(file, options, sink);
    ended = System.nanoTime();
  }
}
