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
    kept.clear();
    rejections.clear();
  }

  void month(int row, int month) {
    if (row == months.length) {
      months = Arrays.copyOf(months, 2 * months.length);
    }
    months[row] = month;
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
    rejections.add(new Rejection(reason, detail));
  }

  /** One rejected row's reason code and detail. */
  record Rejection(String reason, String detail) {}
}
