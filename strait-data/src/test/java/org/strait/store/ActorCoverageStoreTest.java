package org.strait.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.quad.IdQuadReader;
import org.strait.knowledge.StandardActors;

/** The store counts, per file, the rows involving the followed countries and those whose two actors resolve. */
class ActorCoverageStoreTest {
  @TempDir Path dir;

  @Test
  void ingest_countsRowsInvolvingTheCountries_andThoseWithBothActorsResolved() throws Exception {
    Files.writeString(dir.resolve("entity2id.txt"),
        "Japan\t0\nSouth Korea\t1\nFrobnitz Society\t2\nAtlantis\t3\nFrance\t4\nGermany\t5\n"
            + "Head of Government (South Korea)\t6\n");
    Files.writeString(dir.resolve("relation2id.txt"), "Consult\t0\n");
    Path file = Files.writeString(dir.resolve("q.txt"), String.join("\n",
        "0\t0\t1\t0", // Japan - South Korea: involving, resolved
        "6\t0\t0\t0", // a role actor of South Korea - Japan: involving, resolved
        "0\t0\t2\t0", // Japan - an unknown society: involving, not resolved
        "2\t0\t3\t0", // two unknown names: not involving
        "4\t0\t5\t0", // France - Germany: resolved, but not involving the six
        ""));
    ReadOptions options = new ReadOptions("q", Set.copyOf(Country.DEFAULT_SET), StandardActors.resolver(),
        LocalDate.of(2022, 1, 1), 24);
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      IngestReport r = store.ingest(file, new IdQuadReader(), options);
      assertThat(r.actors()).isEqualTo(new ActorCoverage(3, 2));
      assertThat(store.files().get(0).actors()).isEqualTo(new ActorCoverage(3, 2));
      assertThat(store.ingest(file, new IdQuadReader(), options).actors()).isEqualTo(new ActorCoverage(3, 2));
    }
  }
}
