package org.strait.ingest.gdelt;

import java.nio.charset.StandardCharsets;

/*
 * Byte-level checks of GDELT fields, on a slice [start, end) of a line, without building strings.
 *
 * Decimals: GDELT writes GoldsteinScale as -?D+(.D+)? and AvgTone the same, possibly with an exponent
 * ([eE][+-]?D+) where the tone is very close to zero. A bound |v| <= B with B an integer is checked on the digits:
 * the integer part below B, or equal to B with a fractional part of zeros only; with an exponent the value is
 * parsed (rare).
 *
 * UTF-8: well-formed sequences as in the Unicode Standard, chapter 3, table 3-7 (no overlong forms, no surrogates,
 * nothing above U+10FFFF).
 */
final class Bytes {
  private Bytes() {}

  /** Tells whether the slice is one or more ASCII digits. */
  static boolean digits(byte[] b, int start, int end) {
    if (start >= end) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return true;
  }

  /** Returns the value of {@code n} digits at {@code start}; the caller has checked they are digits. */
  static int number(byte[] b, int start, int n) {
    int v = 0;
    for (int i = start; i < start + n; i++) {
      v = v * 10 + (b[i] - '0');
    }
    return v;
  }

  /** Returns the slice as a non-negative int, or -1 when it is not 1 to 10 digits within the int range. */
  static int count(byte[] b, int start, int end) {
    int n = end - start;
    if (n < 1 || n > 10 || !digits(b, start, end)) {
      return -1;
    }
    long v = 0;
    for (int i = start; i < end; i++) {
      v = v * 10 + (b[i] - '0');
    }
    return v > Integer.MAX_VALUE ? -1 : (int) v;
  }

  /** Tells whether two slices hold the same bytes. */
  static boolean same(byte[] b, int start, int end, int otherStart, int otherEnd) {
    if (end - start != otherEnd - otherStart) {
      return false;
    }
    for (int i = 0; i < end - start; i++) {
      if (b[start + i] != b[otherStart + i]) {
        return false;
      }
    }
    return true;
  }

  /** The outcome of {@link #decimal}: the slice is not a number. */
  static final int NOT_A_NUMBER = 0;
  /** The outcome of {@link #decimal}: a number within the bound. */
  static final int WITHIN = 1;
  /** The outcome of {@link #decimal}: a number beyond the bound. */
  static final int BEYOND = 2;

  /**
   * Checks that the slice is a decimal number ({@code -?D+(.D+)?}, with {@code [eE][+-]?D+} after it when
   * {@code exponent} is allowed) and whether its absolute value is at most {@code bound}.
   */
  static int decimal(byte[] b, int start, int end, int bound, boolean exponent) {
    int i = start;
    if (i < end && b[i] == '-') {
      i++;
    }
    int intStart = i;
    long intPart = 0;
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      intPart = Math.min(intPart * 10 + (b[i] - '0'), Integer.MAX_VALUE);
      i++;
    }
    if (i == intStart) {
      return NOT_A_NUMBER;
    }
    boolean fractionZero = true;
    if (i < end && b[i] == '.') {
      int fracStart = ++i;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        fractionZero &= b[i] == '0';
        i++;
      }
      if (i == fracStart) {
        return NOT_A_NUMBER;
      }
    }
    if (i < end && exponent && (b[i] == 'e' || b[i] == 'E')) {
      int e = i + 1;
      if (e < end && (b[e] == '+' || b[e] == '-')) {
        e++;
      }
      if (!digits(b, e, end)) {
        return NOT_A_NUMBER;
      }
      double v = Double.parseDouble(ascii(b, start, end));
      return Math.abs(v) <= bound ? WITHIN : BEYOND;
    }
    if (i != end) {
      return NOT_A_NUMBER;
    }
    return intPart < bound || (intPart == bound && fractionZero) ? WITHIN : BEYOND;
  }

  /** Returns the country code packed into an int (three upper-case letters), 0 when empty, -1 when malformed. */
  static int country(byte[] b, int start, int end) {
    if (start == end) {
      return 0;
    }
    if (end - start != 3) {
      return -1;
    }
    int packed = 0;
    for (int i = start; i < end; i++) {
      if (b[i] < 'A' || b[i] > 'Z') {
        return -1;
      }
      packed = packed << 8 | b[i];
    }
    return packed;
  }

  /** Tells whether an ASCII slice is empty or white space only, as {@link String#isBlank} would say. */
  static boolean blankAscii(byte[] b, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(b[i])) {
        return false;
      }
    }
    return true;
  }

  /** Returns the slice as a string of ASCII (or Latin-1) characters. */
  static String ascii(byte[] b, int start, int end) {
    return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
  }

  /** Returns the slice decoded as UTF-8 (the caller has checked it is well formed). */
  static String utf8(byte[] b, int start, int end) {
    return new String(b, start, end - start, StandardCharsets.UTF_8);
  }

  /** Returns the offset of the first byte that breaks UTF-8 in the slice, or -1 when it is well formed. */
  static int invalidUtf8(byte[] b, int start, int end) {
    int i = start;
    while (i < end) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
      } else {
        return i;
      }
      if (i + n >= end) {
        return i;
      }
      int second = b[i + 1] & 0xFF;
      if (second < lo || second > hi) {
        return i;
      }
      for (int k = 2; k <= n; k++) {
        int next = b[i + k] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return i;
        }
      }
      i += n + 1;
    }
    return -1;
  }
}
