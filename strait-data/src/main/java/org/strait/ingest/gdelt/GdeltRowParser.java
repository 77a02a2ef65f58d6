package org.strait.ingest.gdelt;

import static org.strait.ingest.gdelt.GdeltLayout.ACTOR1_CODE;
import static org.strait.ingest.gdelt.GdeltLayout.ACTOR1_COUNTRY;
import static org.strait.ingest.gdelt.GdeltLayout.ACTOR1_NAME;
import static org.strait.ingest.gdelt.GdeltLayout.ACTOR1_TYPE1;
import static org.strait.ingest.gdelt.GdeltLayout.ACTOR2_OFFSET;
import static org.strait.ingest.gdelt.GdeltLayout.AVG_TONE;
import static org.strait.ingest.gdelt.GdeltLayout.DECODED;
import static org.strait.ingest.gdelt.GdeltLayout.EVENT_BASE_CODE;
import static org.strait.ingest.gdelt.GdeltLayout.EVENT_CODE;
import static org.strait.ingest.gdelt.GdeltLayout.EVENT_ROOT_CODE;
import static org.strait.ingest.gdelt.GdeltLayout.GLOBALEVENTID;
import static org.strait.ingest.gdelt.GdeltLayout.GOLDSTEIN;
import static org.strait.ingest.gdelt.GdeltLayout.MONTHYEAR;
import static org.strait.ingest.gdelt.GdeltLayout.NUM_ARTICLES;
import static org.strait.ingest.gdelt.GdeltLayout.NUM_MENTIONS;
import static org.strait.ingest.gdelt.GdeltLayout.NUM_SOURCES;
import static org.strait.ingest.gdelt.GdeltLayout.QUAD_CLASS;
import static org.strait.ingest.gdelt.GdeltLayout.SQLDATE;
import static org.strait.ingest.gdelt.GdeltLayout.YEAR;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.strait.core.QuadClass;
import org.strait.ingest.EventDates;

/*
 * Parses the rows of one block of a GDELT file, bytes in, outcomes out.
 *
 * Field boundaries are found eight bytes at a time (SWAR): for a word w, the bytes equal to c are those where
 * w ^ (c * 0x0101..01) is zero, and the exact zero-byte mask is ~(((x & 0x7F..) + 0x7F..) | x | 0x7F..), which
 * sets bit 7 of each zero byte and nothing else (Warren, "Hacker's Delight", 2nd ed., section 6-1; Anderson,
 * "Bit Twiddling Hacks", "Determine if a word has a zero byte"). The positions of the first 35 tabs are kept (the
 * columns the store needs); the rest are only counted, and non-ASCII bytes are noticed on the way so that only
 * lines that have some are checked for UTF-8.
 *
 * Then the needed fields are checked in column order, and the first problem rejects the row. Strings and the
 * Event are built only for kept rows (GdeltEvents).
 */
final class GdeltRowParser {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGH = 0x8080808080808080L;
  private static final long TABS = 0x0909090909090909L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  /** The earliest and latest years accepted in SQLDATE: those of {@link EventDates}, whole years. */
  static final int MIN_YEAR = EventDates.FIRST.getYear();
  static final int MAX_YEAR = EventDates.LAST.getYear();
  /**
   * The longest actor code or name kept, in bytes. The codebooks state no length for them; the longest in the shared
   * GDELT files are 16 bytes (codes) and 51 (names), so 255 keeps every real one and refuses a field of megabytes.
   */
  static final int NAME_BYTES = 255;
  private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private final GdeltLayout layout;
  private final GdeltEvents events;
  /** The first tab positions of the line, with eight scratch slots for {@link #record}. */
  private final int[] tabs = new int[DECODED + 8];
  private int tabCount;
  private boolean nonAscii;
  private byte[] b;
  private int lineStart;
  private int lineEnd;

  GdeltRowParser(GdeltLayout layout, GdeltEvents events) {
    this.layout = layout;
    this.events = events;
  }

  /** Parses every line of the block into its outcome arrays. */
  void parse(Block block) {
    block.clear();
    b = block.data;
    int end = block.length;
    int p = 0;
    int row = 0;
    while (p < end) {
      int newline = scan(p);
      lineStart = p;
      lineEnd = newline > p && b[newline - 1] == '\r' ? newline - 1 : newline;
      parseRow(block, row++);
      p = newline + 1;
    }
    block.rows = row;
    b = null;
  }

  private static long zeroBytes(long x) {
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /** Finds the tabs of the line at {@code p}, and returns the position of its newline. */
  private int scan(int p) {
    int count = 0;
    long high = 0;
    for (int i = p; ; i += 8) {
      long w = (long) LONGS.get(b, i);
      long t = zeroBytes(w ^ TABS);
      long n = zeroBytes(w ^ NEWLINES);
      if (n != 0) {
        long below = (n & -n) - 1;
        count = record(t & below, i, count);
        tabCount = count;
        nonAscii = ((high | (w & below)) & HIGH) != 0;
        return i + (Long.numberOfTrailingZeros(n) >>> 3);
      }
      high |= w;
      count = record(t, i, count);
    }
  }

  /**
   * Records the positions of the tabs in mask {@code t} of the word at {@code i} while fewer than 35 are known.
   * Four positions are written unconditionally, four more when the word has more tabs, and the count advances by
   * the number of tabs: no branch per tab (the slots past the count are scratch and later overwritten).
   */
  private int record(long t, int i, int count) {
    if (count < DECODED && t != 0) {
      int[] q = tabs;
      long u = t;
      q[count] = i + (Long.numberOfTrailingZeros(u) >>> 3);
      u &= u - 1;
      q[count + 1] = i + (Long.numberOfTrailingZeros(u) >>> 3);
      u &= u - 1;
      q[count + 2] = i + (Long.numberOfTrailingZeros(u) >>> 3);
      u &= u - 1;
      q[count + 3] = i + (Long.numberOfTrailingZeros(u) >>> 3);
      u &= u - 1;
      if (u != 0) {
        q[count + 4] = i + (Long.numberOfTrailingZeros(u) >>> 3);
        u &= u - 1;
        q[count + 5] = i + (Long.numberOfTrailingZeros(u) >>> 3);
        u &= u - 1;
        q[count + 6] = i + (Long.numberOfTrailingZeros(u) >>> 3);
        u &= u - 1;
        q[count + 7] = i + (Long.numberOfTrailingZeros(u) >>> 3);
      }
    }
    return count + Long.bitCount(t);
  }

  private int start(int column) {
    return column == 0 ? lineStart : tabs[column - 1] + 1;
  }

  private int end(int column) {
    return tabs[column];
  }

  private void parseRow(Block block, int row) {
    if (tabCount + 1 != layout.columns()) {
      block.reject(row, "column-count", "expected " + layout.columns() + " tab-separated columns (a "
          + layout + "), found " + (tabCount + 1));
      return;
    }
    if (nonAscii) {
      int bad = Bytes.invalidUtf8(b, lineStart, lineEnd);
      if (bad >= 0) {
        block.reject(row, "bad-utf8", "invalid UTF-8 byte 0x" + Integer.toHexString(b[bad] & 0xFF) + " in "
            + GdeltLayout.name(columnAt(bad)) + " at byte " + (bad - lineStart + 1) + " of the line");
        return;
      }
    }
    if (!Bytes.digits(b, start(GLOBALEVENTID), end(GLOBALEVENTID)) || end(GLOBALEVENTID) - start(GLOBALEVENTID) > 19) {
      reject(block, row, "bad-event-id", GLOBALEVENTID, "is not a positive integer");
      return;
    }
    int date = date(block, row);
    if (date < 0) {
      return;
    }
    int country1 = actor(block, row, 0);
    if (country1 < 0) {
      return;
    }
    int country2 = actor(block, row, ACTOR2_OFFSET);
    if (country2 < 0) {
      return;
    }
    int quad = event(block, row);
    if (quad < 0 || !numbers(block, row)) {
      return;
    }
    int year = date / 10000;
    int month = date / 100 % 100;
    block.valid(row, year * 12 + month - 1);
    if (events.candidate(country1) && events.candidate(country2)) {
      events.keep(block, row, b, tabs, lineStart, date, quad);
    }
  }

  /** Checks SQLDATE, MonthYear and Year; returns the date as yyyymmdd, or -1 after rejecting. */
  private int date(Block block, int row) {
    int s = start(SQLDATE);
    if (end(SQLDATE) - s != 8 || !Bytes.digits(b, s, s + 8)) {
      reject(block, row, "bad-date", SQLDATE, "is not a date written YYYYMMDD");
      return -1;
    }
    int year = Bytes.number(b, s, 4);
    int month = Bytes.number(b, s + 4, 2);
    int day = Bytes.number(b, s + 6, 2);
    boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1
        || day > (month == 2 && !leap ? 28 : DAYS[month - 1])) {
      reject(block, row, "bad-date", SQLDATE, "is not a calendar date from " + EventDates.RANGE);
      return -1;
    }
    if (!Bytes.same(b, start(MONTHYEAR), end(MONTHYEAR), s, s + 6)) {
      reject(block, row, "bad-date", MONTHYEAR, "does not match SQLDATE " + Bytes.ascii(b, s, s + 8));
      return -1;
    }
    if (!Bytes.same(b, start(YEAR), end(YEAR), s, s + 4)) {
      reject(block, row, "bad-date", YEAR, "does not match SQLDATE " + Bytes.ascii(b, s, s + 8));
      return -1;
    }
    return year * 10000 + month * 100 + day;
  }

  /**
   * Checks one actor's stored fields: their lengths ({@link #NAME_BYTES} for the code and name, 3 for the type code,
   * "the 3-character CAMEO code" of the codebooks), the country code and the name; returns the packed country (0 for
   * none), or -1 after rejecting.
   */
  private int actor(Block block, int row, int offset) {
    if (tooLong(block, row, ACTOR1_CODE + offset, NAME_BYTES) || tooLong(block, row, ACTOR1_NAME + offset, NAME_BYTES)
        || tooLong(block, row, ACTOR1_TYPE1 + offset, 3)) {
      return -1;
    }
    int column = ACTOR1_COUNTRY + offset;
    int country = Bytes.country(b, start(column), end(column));
    if (country < 0) {
      reject(block, row, "bad-country", column, "is not a country code of three upper-case letters");
      return -1;
    }
    if (country != 0 && blank(ACTOR1_NAME + offset) && blank(ACTOR1_CODE + offset)) {
      reject(block, row, "bad-actor", column, "is given but the actor has neither a name nor a code");
      return -1;
    }
    return country;
  }

  private boolean tooLong(Block block, int row, int column, int limit) {
    int length = end(column) - start(column);
    if (length <= limit) {
      return false;
    }
    reject(block, row, "field-too-long", column, "is " + length + " bytes long; at most " + limit);
    return true;
  }

  private boolean blank(int column) {
    int s = start(column);
    int e = end(column);
    if (nonAscii) {
      return Bytes.utf8(b, s, e).isBlank();
    }
    return Bytes.blankAscii(b, s, e);
  }

  /** Checks the CAMEO codes and QuadClass; returns the quad class (1 to 4), or -1 after rejecting. */
  private int event(Block block, int row) {
    int s = start(EVENT_CODE);
    int n = end(EVENT_CODE) - s;
    int root = n >= 2 && n <= 4 && Bytes.digits(b, s, s + n) ? Bytes.number(b, s, 2) : 0;
    if (root < 1 || root > 20) {
      reject(block, row, "bad-cameo", EVENT_CODE, "is not a CAMEO code (2 to 4 digits, root 01 to 20)");
      return -1;
    }
    if (!Bytes.same(b, start(EVENT_BASE_CODE), end(EVENT_BASE_CODE), s, s + Math.min(n, 3))) {
      reject(block, row, "bad-cameo", EVENT_BASE_CODE, "is not the base of EventCode " + Bytes.ascii(b, s, s + n));
      return -1;
    }
    if (!Bytes.same(b, start(EVENT_ROOT_CODE), end(EVENT_ROOT_CODE), s, s + 2)) {
      reject(block, row, "bad-cameo", EVENT_ROOT_CODE, "is not the root of EventCode " + Bytes.ascii(b, s, s + n));
      return -1;
    }
    int q = start(QUAD_CLASS);
    if (end(QUAD_CLASS) - q != 1 || b[q] < '1' || b[q] > '4') {
      reject(block, row, "bad-quad-class", QUAD_CLASS, "is not 1, 2, 3 or 4");
      return -1;
    }
    int quad = b[q] - '0';
    if (QuadClass.ofRoot(root).number() != quad) {
      reject(block, row, "quad-class-mismatch", QUAD_CLASS, "does not match EventRootCode "
          + Bytes.ascii(b, s, s + 2) + " (class " + QuadClass.ofRoot(root).number() + ")");
      return -1;
    }
    return quad;
  }

  /** Checks GoldsteinScale, the three counts and AvgTone; returns false after rejecting. */
  private boolean numbers(Block block, int row) {
    int g = Bytes.decimal(b, start(GOLDSTEIN), end(GOLDSTEIN), 10, false);
    if (g != Bytes.WITHIN) {
      boolean number = g == Bytes.BEYOND;
      reject(block, row, number ? "goldstein-range" : "bad-goldstein", GOLDSTEIN,
          number ? "is outside -10 to 10" : "is not a decimal number");
      return false;
    }
    for (int column = NUM_MENTIONS; column <= NUM_ARTICLES; column++) {
      if (Bytes.count(b, start(column), end(column)) < 0) {
        reject(block, row, "bad-count", column, "is not a non-negative integer");
        return false;
      }
    }
    int t = Bytes.decimal(b, start(AVG_TONE), end(AVG_TONE), 100, true);
    if (t != Bytes.WITHIN) {
      reject(block, row, "bad-tone", AVG_TONE, t == Bytes.BEYOND ? "is outside -100 to 100" : "is not a number");
      return false;
    }
    return true;
  }

  private void reject(Block block, int row, String reason, int column, String problem) {
    block.reject(row, reason, GdeltLayout.name(column) + " " + quote(start(column), end(column)) + " " + problem);
  }

  private String quote(int s, int e) {
    String value = new String(b, s, e - s, java.nio.charset.StandardCharsets.UTF_8);
    return "'" + (value.length() > 60 ? value.substring(0, 60) + "…" : value) + "'";
  }

  private int columnAt(int position) {
    int column = 0;
    while (column < DECODED && column < tabCount && tabs[column] < position) {
      column++;
    }
    if (column == DECODED) {
      for (int i = tabs[DECODED - 1] + 1; i < position; i++) {
        column += b[i] == '\t' ? 1 : 0;
      }
    }
    return column;
  }
}
