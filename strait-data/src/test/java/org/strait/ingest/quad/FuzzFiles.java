package org.strait.ingest.quad;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of damaged event files for the readers' fuzz properties: random bytes, and files of plausible rows
 * that are truncated, have columns added or dropped, fields replaced by junk (bad dates, codes, numbers), CRLF
 * endings, and bytes that are not UTF-8.
 */
public final class FuzzFiles {
  private FuzzFiles() {}

  /** Returns random bytes or damaged files built from the given valid-looking rows. */
  public static Arbitrary<byte[]> files(Arbitrary<String> row) {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000)),
        net.jqwik.api.Tuple.of(4, damaged(row)));
  }

  /** Returns a junk field: empty, random text of any script, a number, a near-date or a near-code. */
  public static Arbitrary<String> junk() {
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().withCharRange('0', '9').withChars('-', '.', 'e', ' ').ofMaxLength(8),
        Arbitraries.of("2014-13-01", "2014-02-30", "14-01-01", "2014/01/01", "99999-01-01", "NaN", "Infinity",
            "-1", "1e308", "0x10", "00", "21", "2099", "-0", " 42", "\u00e9", "\ud83d\ude00"));
  }

  /** Returns mostly the good values, and junk one time in ten. */
  public static Arbitrary<String> mostly(Arbitrary<String> good) {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, good), net.jqwik.api.Tuple.of(1, junk()));
  }

  private static Arbitrary<byte[]> damaged(Arbitrary<String> row) {
    Arbitrary<String> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, row),
        net.jqwik.api.Tuple.of(1, Combinators.combine(row, Arbitraries.integers().between(0, 200))
            .as((r, cut) -> r.substring(0, Math.min(cut, r.length())))),
        net.jqwik.api.Tuple.of(1, Combinators.combine(row, junk()).as((r, j) -> r + "\t" + j)),
        net.jqwik.api.Tuple.of(1, row.map(r -> r.contains("\t") ? r.substring(r.indexOf('\t') + 1) : r)),
        net.jqwik.api.Tuple.of(2, Combinators.combine(row, junk(), Arbitraries.integers().between(0, 25))
            .as(FuzzFiles::replaceField)));
    return Combinators.combine(line.list().ofMaxSize(25), Arbitraries.of("\n", "\r\n"),
            Arbitraries.integers().between(0, 3).list().ofMaxSize(4), Arbitraries.integers().between(0, 5000),
            Arbitraries.of(false, true))
        .as((lines, end, corrupt, seed, trailing) -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          for (String l : lines) {
            out.writeBytes(l.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(end.getBytes(StandardCharsets.UTF_8));
          }
          byte[] bytes = out.toByteArray();
          if (!trailing && bytes.length > 0) {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
          }
          byte[] bad = {(byte) 0xFF, (byte) 0xC3, (byte) 0x80, (byte) 0xED};
          for (int i = 0; i < corrupt.size() && bytes.length > 0; i++) {
            bytes[(seed * (i + 7)) % bytes.length] = bad[corrupt.get(i)];
          }
          return bytes;
        });
  }

  private static String replaceField(String row, String junk, int index) {
    List<String> fields = new java.util.ArrayList<>(List.of(LineSource.splitTabs(row)));
    fields.set(index % fields.size(), junk);
    return String.join("\t", fields);
  }

  /** Returns the number of lines a reader must account for: LF-terminated lines, plus an unterminated last one. */
  public static long lines(byte[] bytes) {
    long n = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        n++;
      }
    }
    return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? n + 1 : n;
  }
}
