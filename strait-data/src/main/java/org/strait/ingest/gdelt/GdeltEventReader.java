package org.strait.ingest.gdelt;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;
import org.strait.core.Require;
import org.strait.ingest.EventReader;
import org.strait.ingest.EventSink;
import org.strait.ingest.FileSample;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.ReaderRegistry;

/**
 * The reader of GDELT event files exactly as GDELT publishes them: tab-separated, no header, plain or zipped. One
 * instance reads GDELT 1.0 ({@code gdelt1}: daily files of 58 columns and historical back-files of 57), another
 * GDELT 2.0 exports ({@code gdelt2}, 61 columns).
 *
 * <p>Per row it keeps GLOBALEVENTID (as the source event id), SQLDATE, both actors' names (their codes where the
 * name is blank), Actor*CountryCode (the country; empty means unresolved), Actor*Type1Code (the sector),
 * EventCode, QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles and AvgTone. A row is rejected, with
 * a stable reason code and a detail naming the column and value, for: {@code column-count}, {@code bad-utf8},
 * {@code bad-event-id}, {@code bad-date} (SQLDATE not a date from 1900 to 2100, or MonthYear/Year not agreeing
 * with it), {@code field-too-long} (an actor code or name over 255 bytes, a type code over 3), {@code bad-country}, {@code bad-actor} (a country without name or code), {@code bad-cameo} (EventCode not a
 * CAMEO code, or EventBaseCode/EventRootCode not its prefixes), {@code bad-quad-class},
 * {@code quad-class-mismatch} (QuadClass not the class of the root code), {@code bad-goldstein},
 * {@code goldstein-range} (outside -10 to 10), {@code bad-count} and {@code bad-tone} (not a number, or outside
 * -100 to 100). GDELT rows carry their actors' country codes, so the options' actor resolver is not consulted.
 *
 * <p>The file is parsed in blocks on {@code threads} workers; the sink is called on the calling thread, in file
 * order. A sink that {@link EventSink#countsByMonth counts by month} hears each block's valid rows as counts per
 * month, counted by the workers, followed by the block's kept and rejected rows.
 */
public final class GdeltEventReader implements EventReader {
  /** The block size of the parallel scan: large enough to amortise hand-offs, small enough for the caches. */
  static final int BLOCK_SIZE = 1 << 22;

  private final boolean version2;
  private final int threads;
  private final int blockSize;

  GdeltEventReader(boolean version2, int threads, int blockSize) {
    Require.argument(threads >= 1, "threads must be at least 1, was %s", threads);
    Require.argument(blockSize >= 1, "block size must be positive, was %s", blockSize);
    this.version2 = version2;
    this.threads = threads;
    this.blockSize = blockSize;
  }

  /** Returns the reader of GDELT 1.0 events (daily files and historical back-files), using every core. */
  public static GdeltEventReader gdelt1() {
    return new GdeltEventReader(false, Runtime.getRuntime().availableProcessors(), BLOCK_SIZE);
  }

  /** Returns the reader of GDELT 2.0 event exports, using every core. */
  public static GdeltEventReader gdelt2() {
    return new GdeltEventReader(true, Runtime.getRuntime().availableProcessors(), BLOCK_SIZE);
  }

  /** Returns a reader of the same format that parses on {@code threads} worker threads. */
  public GdeltEventReader withThreads(int threads) {
    return new GdeltEventReader(version2, threads, blockSize);
  }

  @Override
  public String format() {
    return version2 ? "gdelt2" : "gdelt1";
  }

  @Override
  public String description() {
    return version2
        ? "GDELT 2.0 event export (61 tab-separated columns, no header)"
        : "GDELT 1.0 events (daily files of 58 or back-files of 57 tab-separated columns, no header)";
  }

  @Override
  public boolean detect(FileSample sample) {
    int lines = 0;
    int matches = 0;
    for (String line : sample.lines()) {
      if (line.isEmpty()) {
        continue;
      }
      lines++;
      if (version2 ? GdeltShape.matches(line, GdeltLayout.V2)
          : GdeltShape.matches(line, GdeltLayout.V1_DAILY) || GdeltShape.matches(line, GdeltLayout.V1_HISTORICAL)) {
        matches++;
      }
    }
    return matches > 0 && 2 * matches > lines;
  }

  @Override
  public void read(InputFile file, ReadOptions options, EventSink sink) throws IOException {
    GdeltLayout layout = version2 ? GdeltLayout.V2 : version1Layout(ReaderRegistry.sample(file.path()).lines());
    GdeltEvents events = new GdeltEvents(options);
    YearMonth[] months = new YearMonth[(GdeltRowParser.MAX_YEAR + 1) * 12];
    try (InputStream in = withoutByteOrderMark(file.open())) {
      new BlockScan(threads, blockSize).run(file.path(), in,
          block -> new GdeltRowParser(layout, events).parse(block),
          (block, firstLine) -> replay(block, firstLine, sink, months));
    }
  }

  /** Returns the stream past a UTF-8 byte-order mark at its start, if it has one (GDELT writes none; editors do). */
  static InputStream withoutByteOrderMark(InputStream in) throws IOException {
    java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 3);
    byte[] head = p.readNBytes(3);
    boolean bom = head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
    if (!bom) {
      p.unread(head);
    }
    return p;
  }

  /**
   * Tells the GDELT 1.0 layout of a file from its first lines: that of the first line with the shape of a daily
   * or back-file row; failing that, the more common of 58 and 57 columns. Rows of the other layout are rejected.
   */
  static GdeltLayout version1Layout(List<String> lines) {
    for (String line : lines) {
      if (GdeltShape.matches(line, GdeltLayout.V1_DAILY)) {
        return GdeltLayout.V1_DAILY;
      }
      if (GdeltShape.matches(line, GdeltLayout.V1_HISTORICAL)) {
        return GdeltLayout.V1_HISTORICAL;
      }
    }
    int daily = 0;
    int historical = 0;
    for (String line : lines) {
      int columns = GdeltShape.columns(line);
      daily += columns == GdeltLayout.V1_DAILY.columns() ? 1 : 0;
      historical += columns == GdeltLayout.V1_HISTORICAL.columns() ? 1 : 0;
    }
    return historical > daily ? GdeltLayout.V1_HISTORICAL : GdeltLayout.V1_DAILY;
  }

  private static void replay(Block block, long firstLine, EventSink sink, YearMonth[] months) {
    if (sink.countsByMonth()) {
      replayByMonth(block, firstLine, sink, months);
      return;
    }
    int kept = 0;
    int rejected = 0;
    int keptCount = block.kept.size();
    for (int row = 0; row < block.rows; row++) {
      int month = block.months[row];
      if (month < 0) {
        Block.Rejection r = block.rejections.get(rejected++);
        sink.reject(firstLine + row, r.reason(), r.detail());
        continue;
      }
      sink.valid(yearMonth(months, month));
      if (kept < keptCount && block.keptRows[kept] == row) {
        sink.keep(block.kept.get(kept++), firstLine + row);
      }
    }
  }

  /**
   * Replays a block to a sink that counts by month: the block's valid rows per month (counted by the parser), then
   * its kept and rejected rows in line order; no call per valid row.
   */
  private static void replayByMonth(Block block, long firstLine, EventSink sink, YearMonth[] months) {
    for (int month = block.firstMonth; month <= block.lastMonth; month++) {
      int rows = block.monthCounts[month];
      if (rows > 0) {
        sink.valid(yearMonth(months, month), rows);
      }
    }
    int keptCount = block.kept.size();
    int rejectedCount = block.rejections.size();
    int kept = 0;
    int rejected = 0;
    while (kept < keptCount || rejected < rejectedCount) {
      if (kept == keptCount || rejected < rejectedCount && block.rejectedRows[rejected] < block.keptRows[kept]) {
        Block.Rejection r = block.rejections.get(rejected);
        sink.reject(firstLine + block.rejectedRows[rejected++], r.reason(), r.detail());
      } else {
        sink.keep(block.kept.get(kept), firstLine + block.keptRows[kept++]);
      }
    }
  }

  private static YearMonth yearMonth(YearMonth[] months, int month) {
    YearMonth ym = months[month];
    if (ym == null) {
      ym = YearMonth.of(month / 12, month % 12 + 1);
      months[month] = ym;
    }
    return ym;
  }
}
