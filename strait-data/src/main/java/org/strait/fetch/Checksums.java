package org.strait.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Checks a file on disk against the size and MD5 sum GDELT lists for it. */
final class Checksums {
  private Checksums() {}

  /**
   * Returns why {@code path} does not match {@code file}'s listed size and MD5, or empty when it matches (or when
   * GDELT lists neither). The size is checked first, so that a short file is not hashed.
   */
  static Optional<String> mismatch(Path path, RemoteFile file) throws IOException {
    long actual = Files.size(path);
    if (file.sizeBytes().isPresent() && file.sizeBytes().getAsLong() != actual) {
      return Optional.of("size mismatch: listed " + file.sizeBytes().getAsLong() + " bytes, got " + actual);
    }
    if (file.md5().isPresent()) {
      String md5 = md5Hex(path);
      if (!md5.equals(file.md5().get())) {
        return Optional.of("MD5 mismatch: listed " + file.md5().get() + ", got " + md5);
      }
    }
    return Optional.empty();
  }

  /** Returns the lower-case hex MD5 sum of a file. */
  static String md5Hex(Path path) throws IOException {
    MessageDigest md5 = newMd5();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        md5.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(md5.digest());
  }

  /** Returns the lower-case hex MD5 sum of bytes. */
  static String md5Hex(byte[] bytes) {
    return HexFormat.of().formatHex(newMd5().digest(bytes));
  }

  private static MessageDigest newMd5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no MD5 digest", e);
    }
  }
}
