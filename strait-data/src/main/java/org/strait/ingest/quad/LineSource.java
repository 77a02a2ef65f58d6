package org.strait.ingest.quad;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.strait.core.Require;

/**
 * The lines of a text file, read one at a time from a stream and decoded as strict UTF-8, so that a reader can
 * reject the one line that is not UTF-8 (or is absurdly long) and go on with the next.
 *
 * <p>Usage: {@code while (lines.next()) { if (lines.text() == null) reject(lines.number(), lines.problem(),
 * lines.detail()); else parse(lines.text()); }}. Lines end at LF; a CR before it is dropped, as is a byte-order mark
 * at the start of the file. Holds one line in memory at a time, at most {@link #MAX_LINE_BYTES} bytes of it.
 */
public final class LineSource implements Closeable {
  /** The longest line kept, in bytes; a longer line is reported as {@code line-too-long}. */
  public static final int MAX_LINE_BYTES = 1 << 20;
  /** The reason given for a line that is not valid UTF-8. */
  public static final String INVALID_UTF8 = "bad-utf8";
  /** The reason given for a line longer than {@link #MAX_LINE_BYTES}. */
  public static final String LINE_TOO_LONG = "line-too-long";

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private int position;
  private int limit;
  private boolean ended;
  private byte[] line = new byte[256];
  private int length;
  private long number;
  private String text;
  private String problem;
  private String detail;

  /** Wraps a stream; closing this closes the stream. */
  public LineSource(InputStream in) {
    this.in = Require.nonNull(in, "input stream");
  }

  /** Moves to the next line; returns false at the end of the stream. */
  public boolean next() throws IOException {
    if (ended) {
      return false;
    }
    length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        int read = in.read(buffer);
        if (read <= 0) {
          ended = true;
          if (!any) {
            return false;
          }
          break;
        }
        position = 0;
        limit = read;
      }
      any = true;
      int start = position;
      int end = start;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      if (!tooLong) {
        tooLong = !append(start, end - start);
      }
      if (end < limit) {
        position = end + 1;
        break;
      }
      position = limit;
    }
    number++;
    decode(tooLong);
    return true;
  }

  /** Returns the 1-based number of the current line. */
  public long number() {
    return number;
  }

  /** Returns the current line without its terminator, or null when it could not be decoded (see {@link #problem}). */
  public String text() {
    return text;
  }

  /** Returns the reason the current line could not be decoded, or null when it was. */
  public String problem() {
    return problem;
  }

  /** Returns what was wrong with the current line, or null when nothing was. */
  public String detail() {
    return detail;
  }

  /** Splits a line at tabs, keeping empty fields (also trailing ones). */
  public static String[] splitTabs(String line) {
    int count = 1;
    for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
      count++;
    }
    String[] fields = new String[count];
    int start = 0;
    for (int f = 0; f < count - 1; f++) {
      int tab = line.indexOf('\t', start);
      fields[f] = line.substring(start, tab);
      start = tab + 1;
    }
    fields[count - 1] = line.substring(start);
    return fields;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private boolean append(int start, int count) {
    if (length + count > MAX_LINE_BYTES) {
      return false;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
    }
    System.arraycopy(buffer, start, line, length, count);
    length += count;
    return true;
  }

  private void decode(boolean tooLong) {
    text = null;
    problem = null;
    detail = null;
    if (tooLong) {
      problem = LINE_TOO_LONG;
      detail = "line is longer than " + MAX_LINE_BYTES + " bytes";
      return;
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int from = 0;
    if (number == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
      from = 3;
    }
    boolean ascii = true;
    for (int i = from; i < length && ascii; i++) {
      ascii = line[i] >= 0;
    }
    if (ascii) {
      text = new String(line, from, length - from, StandardCharsets.ISO_8859_1);
      return;
    }
    ByteBuffer bytes = ByteBuffer.wrap(line, from, length - from);
    CharBuffer chars = CharBuffer.allocate(length - from);
    decoder.reset();
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    if (result.isError()) {
      problem = INVALID_UTF8;
      int at = Math.min(bytes.position(), length - 1);
      detail = String.format("byte 0x%02X at offset %d of the line is not valid UTF-8", line[at] & 0xFF, at);
      return;
    }
    chars.flip();
    text = chars.toString();
  }
}
