package org.strait.store;

import java.nio.file.Path;
import org.strait.testkit.PipeFormat;

/**
 * A process that ingests one file completely, then stops in the middle of a second one and waits to be killed; the
 * crash test runs it as a child JVM.
 */
final class KilledIngest {
  private KilledIngest() {}

  public static void main(String[] args) throws Exception {
    try (EventStore store = EventStore.open(Path.of(args[0]))) {
      store.ingest(Path.of(args[1]), new PipeFormat(), EventStoreTest.OPTIONS);
      store.ingest(Path.of(args[2]), new PipeFormat(() -> {
        System.out.println("PAUSED");
        System.out.flush();
        try {
          Thread.sleep(120_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("the parent test did not kill this process");
      }), EventStoreTest.OPTIONS);
    }
  }
}
