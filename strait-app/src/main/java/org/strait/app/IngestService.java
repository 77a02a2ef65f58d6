package org.strait.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.strait.core.Actor;
import org.strait.ingest.EventReader;
import org.strait.ingest.IngestException;
import org.strait.ingest.IngestPlan;
import org.strait.ingest.PlannedFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.formats.StandardReaders;
import org.strait.knowledge.StandardActors;
import org.strait.store.ActorCoverage;
import org.strait.store.ContentHash;
import org.strait.store.EventStore;
import org.strait.store.IngestReport;
import org.strait.store.StoredFile;

/**
 * The ingest use case: plans the files, reads each into the store in its own transaction, and collects what
 * happened; a file that fails (unreadable, damaged, truncated, refused, or stored with other options) does not stop
 * the others, and every failure is reported at the end, naming its file. A failure of the store itself (a full
 * disk) stops the ingest.
 */
public final class IngestService {
  /** What a caller hears while the ingest runs. */
  public interface Listener {
    /** A file is about to be read. */
    default void starting(PlannedFile file) {}

    /** One row of the current file was read. */
    default void row() {}

    /** A file was read (or found stored already). */
    default void done(IngestReport report) {}
  }

  /**
   * The outcome of an ingest.
   *
   * @param plan the files read and skipped
   * @param reports one report per file read
   * @param failures one message per file that could not be ingested, naming it
   * @param rejectsByReason rejected rows of the files ingested now (not of those stored before) per reason
   */
  public record Summary(IngestPlan plan, List<IngestReport> reports, List<String> failures,
      Map<String, Long> rejectsByReason) {
    /** Copies. */
    public Summary {
      reports = List.copyOf(reports);
      failures = List.copyOf(failures);
      rejectsByReason = Map.copyOf(rejectsByReason);
    }

    /** Returns the sum of a count over the files ingested now; files found stored already are not counted again. */
    public long total(java.util.function.ToLongFunction<IngestReport> count) {
      return reports.stream().filter(r -> !r.alreadyStored()).mapToLong(count).sum();
    }

    /** Returns how many files were ingested now. */
    public long ingested() {
      return reports.stream().filter(r -> !r.alreadyStored()).count();
    }

    /** Returns how many files were found stored already, and not read again. */
    public long unchanged() {
      return reports.stream().filter(IngestReport::alreadyStored).count();
    }

    /**
     * Returns, per source label in label order, how many valid rows involving the followed countries there were
     * and how many of them had both actors resolved ({@link ActorCoverage}), over the files that record it.
     */
    public Map<String, ActorCoverage> actorsBySource() {
      Map<String, ActorCoverage> bySource = new TreeMap<>();
      for (IngestReport r : reports) {
        if (r.actors() != null && r.actors().involving() > 0) {
          bySource.merge(r.source(), r.actors(), ActorCoverage::plus);
        }
      }
      return bySource;
    }
  }

  private IngestService() {}

  /**
   * Resolves an actor name with {@link StandardActors}, loading the knowledge base on the first name asked: readers
   * of files that carry country codes (GDELT) never ask, and a process that ingests only those does not load it.
   */
  private static Optional<Actor> resolve(String name, LocalDate date) {
    return StandardActors.resolver().resolve(name, date);
  }

  /**
   * Returns the file of {@code stored} that {@code file} names: the one of the same content, hashed as the ingest
   * hashed it (over the marker and its Parquet files for a Spark archive), when {@code file} exists; else the one
   * ingested from that path; empty when none is.
   */
  public static Optional<StoredFile> stored(List<StoredFile> stored, Path file) throws IOException {
    String sha = null;
    if (Files.isRegularFile(file)) {
      Optional<EventReader> reader;
      try {
        reader = StandardReaders.registry().detect(file);
      } catch (IngestException e) {
        reader = Optional.empty();
      }
      sha = reader.isPresent() ? EventStore.contentHash(file, reader.get()) : EventStore.contentHash(file);
    }
    for (StoredFile f : stored) {
      if (f.sha256().equals(sha) || f.path().equals(file.toString())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Runs an ingest. */
  public static Summary run(IngestSettings settings, Listener listener) throws IOException {
    IngestPlan plan = IngestPlan.of(StandardReaders.registry(), settings.paths(), settings.format(),
        settings.source());
    List<IngestReport> reports = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    plan.refused().forEach(r -> failures.add(r.file() + ": " + r.reason()));
    Map<String, Long> reasons = new TreeMap<>();
    // the first file's hash runs while the store starts (DuckDB's native library, the schema), not after it
    PlannedFile first = plan.files().isEmpty() ? null : plan.files().get(0);
    ContentHash early = first == null ? null : EventStore.startHash(first.file(), first.reader());
    try (EventStore store = EventStore.open(settings.db())) {
      for (PlannedFile f : plan.files()) {
        ReadOptions options = new ReadOptions(f.source(), settings.countries(), IngestService::resolve,
            settings.originOf(f.source()), settings.stepHoursOf(f.source()));
        listener.starting(f);
        try {
          IngestReport r = store.ingest(f.file(), f.reader(), options, listener::row, settings.replace(),
              f == first ? early : null);
          reports.add(r);
          if (!r.alreadyStored()) {
            r.rejectsByReason().forEach((k, v) -> reasons.merge(k, v, Long::sum));
          }
          listener.done(r);
        } catch (IngestException e) {
          failures.add(e.getMessage());
        } catch (IOException e) {
          failures.add(f.file() + ": cannot read the file: " + e);
        }
      }
    } finally {
      if (early != null) {
        early.cancel();
      }
    }
    return new Summary(plan, reports, failures, reasons);
  }
}
