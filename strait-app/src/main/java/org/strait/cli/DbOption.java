package org.strait.cli;

import java.nio.file.Path;
import org.strait.app.Defaults;
import org.strait.store.EventStore;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option every command that touches the store takes. */
final class DbOption {
  @Option(names = "--db", paramLabel = "FILE",
      description = "The store file (DuckDB). Default: ~/.strait/strait.duckdb.")
  Path db;

  Path path() {
    return db != null ? db : Defaults.STORE;
  }

  /**
   * Opens the existing store for reading only, so that the command runs beside other reads and beside
   * {@code strait serve} ({@link EventStore#openReadOnly}); a usage error when no store is there yet.
   */
  EventStore read() {
    return EventStore.openReadOnly(existing());
  }

  /** Returns the store's path, or throws a usage error when no store is there yet. */
  Path existing() {
    Path p = path();
    if (!java.nio.file.Files.exists(p)) {
      throw new IllegalArgumentException("no store at " + p + ": " + ingestFirst() + ", or give --db the file of"
          + " an existing store");
    }
    Usage.check(!java.nio.file.Files.isDirectory(p), "--db %s is a folder; give the store's file (e.g. %s)", p,
        p.resolve(Defaults.STORE.getFileName()));
    return p;
  }

  /** Returns the months {@code store} holds events in, or throws a usage error naming the store when it holds none. */
  org.strait.store.MonthSpan span(EventStore store) {
    return store.reader().eventMonths().orElseThrow(() -> new IllegalArgumentException("the store " + path()
        + " holds no events: " + ingestFirst()));
  }

  /** Says how to fill the store of this option: "ingest event files into it first (strait ingest PATH... --db F)". */
  private String ingestFirst() {
    return "ingest event files into it first (strait ingest PATH..." + (db == null ? "" : " --db " + db) + ")";
  }
}
