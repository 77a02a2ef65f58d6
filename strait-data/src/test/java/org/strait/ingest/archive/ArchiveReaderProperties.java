package org.strait.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.strait.ingest.IngestException;
import org.strait.ingest.IngestPlan;
import org.strait.ingest.InputFile;
import org.strait.ingest.formats.StandardReaders;
import org.strait.ingest.archive.ArchiveFixture.Archive;
import org.strait.ingest.archive.ArchiveFixture.Input;
import org.strait.ingest.archive.ArchiveDamage.BadValue;
import org.strait.ingest.archive.ArchiveDamage.MarkerDamage;
import org.strait.store.IngestReport;

/**
 * The archive reader under damaged archives: every read either stores exactly the rows written (valid variations) or
 * fails with an {@link IngestException} naming the file and the reason, and a failed read leaves the store, which
 * already holds an archive, exactly as it was.
 */
class ArchiveReaderProperties {
  private ArchiveStore store;

  @BeforeProperty
  void openStore() throws IOException, SQLException {
    store = ArchiveStore.open();
  }

  @AfterProperty
  void closeStore() throws IOException {
    store.close();
  }

  /** Variations of a valid archive that the reader must accept. */
  enum Harmless { NONE, SPARK_SIDE_FILES, OTHER_STRAIT_VERSION, COMPACT_MARKER, NO_EVENTS, NO_REJECTS }

  @Property(tries = 12)
  void read_validArchive_storesExactlyTheRowsWritten(@ForAll long seed, @ForAll Harmless variation)
      throws IOException, SQLException {
    Path dir = store.newFolder();
    Archive archive = RandomArchives.draw(seed, store.tag(), 1, 0);
    if (variation == Harmless.NO_EVENTS || variation == Harmless.NO_REJECTS) {
      boolean events = variation == Harmless.NO_REJECTS;
      archive = new Archive(archive.inputs().stream().map(i -> new Input(i.file(), i.source(),
          events ? i.events() : List.of(), events ? List.of() : i.rejects(), i.droppedByMonth())).toList(),
          archive.version(), List.of(), Map.of());
    } else if (variation == Harmless.OTHER_STRAIT_VERSION) {
      archive = archive.withVersion("0.0.9");
    }
    Path marker = ArchiveFixture.write(archive, dir);
    if (variation == Harmless.SPARK_SIDE_FILES) {
      for (Path p : parquetFiles(dir)) {
        Files.write(p.resolveSibling("." + p.getFileName() + ".crc"), new byte[] {1, 2, 3});
        Files.writeString(p.resolveSibling("_SUCCESS"), "");
      }
      Files.writeString(dir.resolve("README.txt"), "written by the strait Spark job\n");
      Files.createDirectories(dir.resolve("files"));
    } else if (variation == Harmless.COMPACT_MARKER) {
      Files.writeString(marker, archive.marker().replace(": ", ":").replace(", ", ","));
    }

    assertThat(StandardReaders.registry().require(marker).format()).isEqualTo("strait-archive");
    IngestReport report = store.assertStores(archive, marker);
    assertThat(report.rejected()).isEqualTo(archive.rejects().size());
  }

  /**
   * Damage to one whole Parquet file; REPLACE deletes it and copies another file of the same table beside its original
   * (issue 16, fault 9: the totals may then agree, the rows do not).
   */
  enum FileDamage { TRUNCATE, GARBAGE, EMPTY, DELETE, DUPLICATE, REPLACE, TEXT_NAMED_PARQUET }

  @Property(tries = 21)
  void read_damagedParquetFile_failsNamingTheFile(@ForAll long seed, @ForAll FileDamage damage,
      @ForAll @IntRange(min = 0, max = 1000) int pick) throws IOException, SQLException {
    Path dir = store.newFolder();
    Path marker = ArchiveFixture.write(RandomArchives.draw(seed, store.tag(), 1, 1), dir);
    List<Path> files = parquetFiles(dir);
    Path victim = files.get(pick % files.size());
    byte[] bytes = Files.readAllBytes(victim);
    SplittableRandom random = new SplittableRandom(seed);
    switch (damage) {
      case TRUNCATE -> Files.write(victim, java.util.Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1)));
      case GARBAGE -> {
        byte[] junk = new byte[bytes.length];
        random.nextBytes(junk);
        Files.write(victim, junk);
      }
      case EMPTY -> Files.write(victim, new byte[0]);
      case DELETE -> Files.delete(victim);
      case DUPLICATE -> Files.copy(victim, victim.resolveSibling("copy-" + victim.getFileName()));
      case REPLACE -> {
        Path gone = victim;
        Path table = dir.resolve(dir.relativize(gone).getName(0));
        List<Path> others = files.stream().filter(f -> f.startsWith(table) && !f.equals(gone)).toList();
        Files.delete(gone);
        if (!others.isEmpty()) {
          Path other = others.get(pick % others.size());
          Files.copy(other, other.resolveSibling("copy-" + other.getFileName()));
        }
      }
      case TEXT_NAMED_PARQUET -> {
        victim = victim.resolveSibling("part-99999.parquet");
        Files.writeString(victim, "file,line\nx.csv,1\n");
      }
      default -> throw new IllegalStateException();
    }
    String message = store.assertFails(marker).getMessage();
    String table = dir.relativize(victim).getName(0).toString();
    if (damage == FileDamage.DELETE || damage == FileDamage.DUPLICATE || damage == FileDamage.REPLACE) {
      assertThat(message).contains(ArchiveReader.MARKER).contains(table);
    } else {
      assertThat(message).contains(dir.relativize(victim).toString()).contains("Parquet");
    }
  }

  @Property(tries = 24)
  void read_bitFlippedParquet_failsCleanlyOrStoresAWholeArchive(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1000) int pick, @ForAll @IntRange(min = 0, max = 1 << 20) int offset,
      @ForAll @IntRange(min = 0, max = 7) int bit) throws IOException, SQLException {
    Path dir = store.newFolder();
    Archive archive = RandomArchives.draw(seed, store.tag(), 1, 1);
    Path marker = ArchiveFixture.write(archive, dir);
    List<Path> files = parquetFiles(dir);
    Path victim = files.get(pick % files.size());
    byte[] bytes = Files.readAllBytes(victim);
    bytes[offset % bytes.length] ^= (byte) (1 << bit);
    Files.write(victim, bytes);

    List<String> before = store.snapshot();
    String outcome;
    try {
      IngestReport report = store.storeOnly(marker);
      List<String> after = store.snapshot();
      assertThat(after).containsAll(before);
      List<String> added = new ArrayList<>(after);
      before.forEach(added::remove);
      long fileId = 1 + before.stream().filter(r -> r.startsWith("files|")).count();
      assertThat(added).contains("files|" + fileId + "|strait-archive|archive|" + report.valid() + "|"
          + report.kept() + "|" + report.rejected());
      assertThat(added.stream().filter(r -> r.startsWith("events|")).count()).isEqualTo(report.kept());
      assertThat(added.stream().filter(r -> r.startsWith("rejects|")).count()).isEqualTo(report.rejected());
      outcome = new java.util.HashSet<>(added).equals(new java.util.HashSet<>(ArchiveStore.rows(archive, fileId)))
          ? "stored exactly" : "stored altered values";
    } catch (IngestException e) {
      assertThat(store.snapshot()).containsExactlyInAnyOrderElementsOf(before);
      assertThat(e.getMessage()).contains(dir.relativize(victim).getName(0).toString());
      outcome = "failed";
    }
    Statistics.collect(outcome);
  }

  /** Damage to a table's columns. */
  enum ColumnDamage { DROP, EXTRA, RENAME, RETYPE }

  @Provide
  Arbitrary<String> tables() {
    return Arbitraries.of("events", "source_months", "rejects");
  }

  @Property(tries = 20)
  void read_wrongColumns_failsNamingFileAndColumn(@ForAll long seed, @ForAll ColumnDamage damage,
      @ForAll("tables") String table, @ForAll @IntRange(min = 0, max = 100) int pick)
      throws IOException, SQLException {
    Map<String, String> columns = switch (table) {
      case "events" -> ArchiveFixture.EVENT_COLUMNS;
      case "source_months" -> ArchiveFixture.MONTH_COLUMNS;
      default -> ArchiveFixture.REJECT_COLUMNS;
    };
    List<String> names = new ArrayList<>(columns.keySet());
    String column = names.get(pick % names.size());
    List<String> select = new ArrayList<>(names);
    String named = column;
    switch (damage) {
      case DROP -> select.remove(column);
      case EXTRA -> {
        select.add("1 AS extra_column");
        named = "extra_column";
      }
      case RENAME -> select.set(select.indexOf(column), column + " AS " + column + "_renamed");
      case RETYPE -> select.set(select.indexOf(column), "CAST(" + column + " AS " + Map.of("VARCHAR", "BLOB",
          "BIGINT", "INTEGER", "INTEGER", "BIGINT", "TINYINT", "SMALLINT", "DOUBLE", "FLOAT", "DATE", "TIMESTAMP")
          .get(columns.get(column)) + ") AS " + column);
      default -> throw new IllegalStateException();
    }
    Path dir = store.newFolder();
    Archive archive = RandomArchives.draw(seed, store.tag(), 1, 1).withColumns(table, String.join(", ", select));
    boolean older = pick % 2 == 0;
    String message = store.assertFails(ArchiveFixture.write(older ? archive.withVersion("0.0.9") : archive, dir))
        .getMessage();
    assertThat(message).contains(table + "/").contains(".parquet").contains(named);
    if (older) {
      assertThat(message).contains("written by strait 0.0.9");
    }
  }

  @Provide
  Arbitrary<BadValue> badValues() {
    return Arbitraries.of(BadValue.all());
  }

  @Property(tries = 40)
  void read_badValue_failsNamingFileRowAndField(@ForAll long seed, @ForAll("badValues") BadValue bad,
      @ForAll @IntRange(min = 0, max = 1000) int row) throws IOException, SQLException {
    Path dir = store.newFolder();
    Archive archive = RandomArchives.draw(seed, store.tag(), 1, 1).withSql("UPDATE " + bad.table() + " SET "
        + bad.column() + " = " + bad.value() + " WHERE seq = (SELECT min(seq) + " + row + " % count(*) FROM "
        + bad.table() + ")");
    String message = store.assertFails(ArchiveFixture.write(archive, dir)).getMessage();
    assertThat(message).contains(bad.table() + "/").contains(".parquet").contains("row").contains(bad.column());
    if (bad.shows() != null) {
      assertThat(message).contains(bad.shows());
    }
  }

  @Property(tries = 20)
  void read_damagedMarker_failsNamingTheMarker(@ForAll long seed, @ForAll MarkerDamage damage)
      throws IOException, SQLException {
    Path dir = store.newFolder();
    Archive archive = RandomArchives.draw(seed, store.tag(), 1, 1);
    Path marker = ArchiveFixture.write(archive, dir);
    damage.apply(marker, archive.marker());
    String message = store.assertFails(marker).getMessage();
    assertThat(message).contains(ArchiveReader.MARKER).contains(damage.names);
    if (damage != MarkerDamage.MISSING) {
      List<Path> planned = IngestPlan.of(StandardReaders.registry(), List.of(dir), null, null).files().stream()
          .map(f -> f.file()).toList();
      assertThat(planned).as("a damaged marker is read, and its error shown, not skipped").containsExactly(marker);
    }
  }

  /** Damage to the archive's folders. */
  enum FolderDamage {
    ONLY_THE_MARKER, NO_EVENTS_FOLDER, NO_MONTHS_FOLDER, NO_REJECTS_FOLDER, TABLE_IS_A_FILE,
    PARQUET_OUTSIDE_MONTH_FOLDER, BAD_MONTH_FOLDER, NOT_THE_MARKER
  }

  @Property(tries = 16)
  void read_damagedFolder_failsNamingWhatIsWrong(@ForAll long seed, @ForAll FolderDamage damage)
      throws IOException, SQLException {
    Path dir = store.newFolder();
    Path marker = ArchiveFixture.write(RandomArchives.draw(seed, store.tag(), 1, 1), dir);
    Path monthFile = parquetFiles(dir.resolve("events")).get(0);
    String names;
    switch (damage) {
      case ONLY_THE_MARKER -> {
        for (String t : List.of("events", "source_months", "rejects")) {
          delete(dir.resolve(t));
        }
        names = "events";
      }
      case NO_EVENTS_FOLDER, NO_MONTHS_FOLDER, NO_REJECTS_FOLDER -> {
        names = Map.of(FolderDamage.NO_EVENTS_FOLDER, "events", FolderDamage.NO_MONTHS_FOLDER, "source_months",
            FolderDamage.NO_REJECTS_FOLDER, "rejects").get(damage);
        delete(dir.resolve(names));
      }
      case TABLE_IS_A_FILE -> {
        delete(dir.resolve("rejects"));
        Files.writeString(dir.resolve("rejects"), "");
        names = "rejects";
      }
      case PARQUET_OUTSIDE_MONTH_FOLDER -> {
        Files.move(monthFile, dir.resolve("events/part-0.parquet"));
        names = "events/part-0.parquet";
      }
      case BAD_MONTH_FOLDER -> {
        Files.move(monthFile.getParent(), dir.resolve("events/month=2014-13"));
        names = "month=2014-13";
      }
      case NOT_THE_MARKER -> {
        IngestException e = null;
        try {
          new ArchiveReader().read(new InputFile(monthFile), ArchiveStore.OPTIONS, new CountingSink());
        } catch (IngestException thrown) {
          e = thrown;
        }
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(monthFile.toString()).contains(ArchiveReader.MARKER);
        return;
      }
      default -> throw new IllegalStateException();
    }
    assertThat(store.assertFails(marker).getMessage()).contains(names);
  }

  static List<Path> parquetFiles(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted(Comparator.naturalOrder())
          .toList();
    }
  }

  private static void delete(Path p) throws IOException {
    try (Stream<Path> all = Files.walk(p)) {
      for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }

}
