package org.strait.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small generated fixtures: zips of seeded pseudo-random tab-separated rows, and their MD5 sums. */
final class Fixtures {
  private Fixtures() {}

  /**
   * Returns a zip holding one entry {@code entryName} of {@code rows} tab-separated rows of seeded random digits;
   * random content keeps the zip about as large as its entry (a few KB per hundred rows).
   */
  static byte[] zip(String entryName, int rows, long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      text.append(i);
      for (int c = 0; c < 8; c++) {
        text.append('\t').append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
      }
      text.append('\n');
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entryName));
      zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Returns the lower-case hex MD5 of bytes, computed here with the JDK digest (the reference for the tests). */
  static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
