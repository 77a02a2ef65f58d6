package org.strait.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An event file on disk, plain or compressed ({@code .gz}, or a {@code .zip} holding one file, as GDELT publishes
 * them); {@link #open} always yields the decompressed bytes.
 *
 * <p>Only regular files are opened: a named pipe, device or socket is refused before it is opened (opening a pipe
 * waits for a writer for ever). A {@code .zip} of several files is refused, naming them. Decompression is bounded by
 * the {@link InputLimits}, and a damaged or truncated {@code .gz} or {@code .zip} fails with an
 * {@link IngestException} naming the file, not with the bare message of the JDK's inflater.
 *
 * @param path the file
 * @param limits how far a compressed file is decompressed before it is refused
 */
public record InputFile(Path path, InputLimits limits) {
  /** Checks the path. */
  public InputFile {
    java.util.Objects.requireNonNull(path, "path");
    java.util.Objects.requireNonNull(limits, "limits");
  }

  /** An input file with the default limits. */
  public InputFile(Path path) {
    this(path, InputLimits.DEFAULT);
  }

  /** Opens the decompressed content. The caller closes the stream. */
  public InputStream open() throws IOException {
    requireRegular(path);
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".zip")) {
      return openZip();
    }
    InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    if (!name.endsWith(".gz")) {
      return raw;
    }
    try {
      return new Bounded(new GZIPInputStream(raw, 1 << 16), null, Files.size(path));
    } catch (IOException e) {
      raw.close();
      throw damaged(e);
    }
  }

  private InputStream openZip() throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(path.toFile());
    } catch (IOException e) {
      throw damaged(e);
    }
    try {
      List<? extends ZipEntry> files = zip.stream().filter(e -> !e.isDirectory()).toList();
      if (files.isEmpty()) {
        throw new IngestException(path, "the zip archive holds no file");
      }
      if (files.size() > 1) {
        List<String> names = files.stream().limit(5).map(ZipEntry::getName).toList();
        throw new IngestException(path, "the zip archive holds " + files.size() + " files (" + String.join(", ", names)
            + (files.size() > names.size() ? ", ..." : "") + "); strait reads a .zip of one file, as GDELT publishes"
            + " them: unzip it and ingest the folder");
      }
      ZipEntry entry = files.get(0);
      long compressed = entry.getCompressedSize() >= 0 ? entry.getCompressedSize() : Files.size(path);
      return new Bounded(new BufferedInputStream(zip.getInputStream(entry), 1 << 16), zip, compressed);
    } catch (IOException e) {
      zip.close();
      throw damaged(e);
    } catch (RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  /**
   * Throws an {@link IngestException} when the path is not a regular file (or a link to one), saying what it is;
   * nothing is opened.
   */
  public static void requireRegular(Path path) {
    if (Files.isRegularFile(path)) {
      return;
    }
    String what;
    if (Files.isDirectory(path)) {
      what = "is a folder, not a file";
    } else if (!Files.exists(path)) {
      what = Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "is a link to nothing" : "does not exist";
    } else {
      what = "is not a regular file but a special file (a named pipe, device or socket); strait reads regular files"
          + " only";
    }
    throw new IngestException(path, what);
  }

  private IngestException damaged(IOException e) {
    if (e instanceof ZipException || e instanceof EOFException) {
      return new IngestException(path, 0, "the compressed file is damaged or truncated (" + e.getMessage() + ")", e);
    }
    return new IngestException(path, 0, "cannot read the file: " + e, e);
  }

  /** Returns the size of the file on disk, compressed where it is. */
  public long size() throws IOException {
    return Files.size(path);
  }

  /** Decompressed bytes, counted against the limits; damage found while reading names the file. */
  private final class Bounded extends FilterInputStream {
    private final ZipFile owner;
    private final long ratioLimit;
    private final long compressed;
    private long count;

    Bounded(InputStream in, ZipFile owner, long compressed) {
      super(in);
      this.owner = owner;
      this.compressed = compressed;
      long byRatio = compressed > (Long.MAX_VALUE - InputLimits.RATIO_FLOOR) / limits.maxRatio()
          ? Long.MAX_VALUE : compressed * limits.maxRatio() + InputLimits.RATIO_FLOOR;
      this.ratioLimit = Math.min(byRatio, limits.maxBytes());
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = in.read(b, off, len);
      } catch (IOException e) {
        throw damaged(e);
      }
      if (n > 0) {
        count += n;
        if (count > ratioLimit) {
          throw new IngestException(path, ratioLimit == limits.maxBytes()
              ? "decompresses to more than " + limits.maxBytes() + " bytes, the limit of one file"
              : "decompresses to more than " + ratioLimit + " bytes, " + limits.maxRatio() + " times its compressed"
                  + " size of " + compressed + " bytes (plus " + InputLimits.RATIO_FLOOR + "); refused as a likely"
                  + " decompression bomb");
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buffer = new byte[(int) Math.min(n, 1 << 16)];
      int read = read(buffer, 0, buffer.length);
      return Math.max(read, 0);
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        if (owner != null) {
          owner.close();
        }
      }
    }
  }
}
