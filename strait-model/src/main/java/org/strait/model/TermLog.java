package org.strait.model;

import java.util.Arrays;

/**
 * The terms a recording {@link Step} was given, in order: each an index into {@link Step#terms} and the value added
 * to it (or, for {@link Step#FACTOR}, multiplied into it), as {@link MonthTable} records a state-free mechanism's
 * month. Mutable, one per table being built.
 */
final class TermLog {
  private int[] indices = new int[16];
  private double[] values = new double[16];
  private int size;

  /** Appends one term. */
  void add(int index, double value) {
    if (size == indices.length) {
      indices = Arrays.copyOf(indices, 2 * size);
      values = Arrays.copyOf(values, 2 * size);
    }
    indices[size] = index;
    values[size] = value;
    size++;
  }

  /** Returns the number of terms appended since the last {@link #clear}. */
  int size() {
    return size;
  }

  /** Returns the indices appended, in order. */
  int[] indices() {
    return Arrays.copyOf(indices, size);
  }

  /** Returns the values appended, in order. */
  double[] values() {
    return Arrays.copyOf(values, size);
  }

  /** Forgets every term. */
  void clear() {
    size = 0;
  }
}
