package org.strait.ingest.gdelt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.strait.core.Event;

/**
 * One block of a file: whole lines of bytes, and what the parser made of them. A block is filled by the reading
 * thread, parsed by a worker, then replayed to the sink by the reading thread and reused.
 */
final class Block {
  /** Bytes past {@link #length} that the parser may read (it loads eight bytes at a time). */
  static final int PAD = 16;

  /** The bytes; {@code data[0, length)} is whole lines, each ending with {@code '\n'}. */
  byte[] data;
  /** How many bytes of {@link #data} are lines. */
  int length;
  /** How many rows the parser found. */
  int rows;
  /** Per row: the month of a valid row as {@code year * 12 + month - 1}, or -1 for a rejected row. */
  int[] months = new int[1024];
  /** The rows (0-based within the block) of the kept events, ascending. */
  int[] keptRows = new int[64];
  /** The rows (0-based within the block) of the rejections, ascending. */
  int[] rejectedRows = new int[16];
  /**
   * Per month index ({@code year * 12 + month - 1}), the block's valid rows, counted by the parser; only the range
   * [{@link #firstMonth}, {@link #lastMonth}] is in use (the rest is zero), empty when the first is past the last.
   */
  int[] monthCounts = new int[0];
  int firstMonth = Integer.MAX_VALUE;
  int lastMonth = Integer.MIN_VALUE;
  /** The kept events, in the order of {@link #keptRows}. */
  final List<Event> kept = new ArrayList<>();
  /** The rejections, in row order. */
  final List<Rejection> rejections = new ArrayList<>();

  Block(int capacity) {
    data = new byte[capacity + PAD];
  }

  /** Returns how many bytes of lines the block can take before it must grow. */
  int capacity() {
    return data.length - PAD;
  }

  /** Doubles the capacity, keeping the bytes. */
  void grow() {
    data = Arrays.copyOf(data, 2 * capacity() + PAD);
  }

  /** Forgets the previous parse. */
  void clear() {
    rows = 0;
    if (firstMonth <= lastMonth) {
      Arrays.fill(monthCounts, firstMonth, lastMonth + 1, 0);
    }
    firstMonth = Integer.MAX_VALUE;
    lastMonth = Integer.MIN_VALUE;
    kept.clear();
    rejections.clear();
  }

  void month(int row, int month) {
    if (row == months.length) {
      months = Arrays.copyOf(months, 2 * months.length);
    }
    months[row] = month;
  }

  /** Records a valid row of a month (as {@code year * 12 + month - 1}, not negative) and counts it. */
  void valid(int row, int month) {
    month(row, month);
    if (month >= monthCounts.length) {
      monthCounts = Arrays.copyOf(monthCounts, month + 1);
    }
    monthCounts[month]++;
    firstMonth = Math.min(firstMonth, month);
    lastMonth = Math.max(lastMonth, month);
  }

  void keep(int row, Event event) {
    if (kept.size() == keptRows.length) {
      keptRows = Arrays.copyOf(keptRows, 2 * keptRows.length);
    }
    keptRows[kept.size()] = row;
    kept.add(event);
  }

  void reject(int row, String reason, String detail) {
    month(row, -1);
    if (rejections.size() == rejectedRows.length) {
      rejectedRows = Arrays.copyOf(rejectedRows, 2 * rejectedRows.length);
    }
    rejectedRows[rejections.size()] = row;
    rejections.add(new Rejection(reason, detail));
  }

  /** One rejected row's reason code and detail. */
  record Rejection(String reason, String detail) {}
}
