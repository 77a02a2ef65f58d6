package org.strait.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings one listed file into the output folder, verified, and never leaves a wrong file under the final name.
 *
 * <p>Protocol for a file {@code NAME}: when {@code NAME} exists and matches the listing it is kept as it is; when it
 * exists and does not match it is deleted and fetched again (noted in the outcome). Bytes are written to
 * {@code NAME.part}. A {@code .part} left by an earlier run is continued with {@code Range: bytes=N-}; a 206 answer
 * starting at {@code N} is appended, a 200 answer (range not supported) replaces the part, a 416 answer restarts it;
 * a part that already has the listed size (a run stopped between writing and renaming) is checked without a request.
 * The complete part is checked against the listed size and MD5, forced to disk and renamed atomically to
 * {@code NAME}. A part that fails the check is deleted; the download is tried again from scratch only when the
 * failed part continued bytes from an earlier attempt or run, since a fresh whole download that does not match will
 * not match next time either.
 */
final class Downloader {
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

  private final HttpSource http;
  private final Path dir;
  private final FetchListener listener;
  private long received;

  Downloader(HttpSource http, Path dir, FetchListener listener) {
    this.http = http;
    this.dir = dir;
    this.listener = listener;
  }

  /**
   * Fetches one file.
   *
   * @throws TransferFailure with a message naming the URL and the reason when the file cannot be brought in place
   */
  FetchReport.FileOutcome fetch(RemoteFile file) throws TransferFailure {
    Path target = dir.resolve(file.name());
    Path part = dir.resolve(file.name() + ".part");
    List<String> notes = new ArrayList<>();
    received = 0;
    try {
      if (Files.exists(target)) {
        Optional<String> bad = Checksums.mismatch(target, file);
        if (bad.isEmpty()) {
          return new FetchReport.FileOutcome(file, target, FetchReport.Status.PRESENT, 0, notes);
        }
        notes.add("deleted the existing " + file.name() + " (" + bad.get() + ") and fetched it again");
        Files.delete(target);
      }
      return download(file, part, target, notes);
    } catch (IOException e) {
      throw new TransferFailure(file.url() + ": local file problem in " + dir + ": " + HttpSource.describe(e), false);
    }
  }

  private FetchReport.FileOutcome download(RemoteFile file, Path part, Path target, List<String> notes)
      throws IOException, TransferFailure {
    for (int attempt = 1; ; attempt++) {
      http.pauseBefore(attempt, file.url());
      long have = Files.exists(part) ? Files.size(part) : 0;
      if (file.sizeBytes().isPresent() && have > file.sizeBytes().getAsLong()) {
        notes.add("the .part was longer than the listed size; restarted");
        Files.delete(part);
        have = 0;
      }
      boolean resumed = have > 0;
      try {
        if (file.sizeBytes().isEmpty() || have < file.sizeBytes().getAsLong()) {
          resumed = transfer(file, part, have, notes);
        }
      } catch (TransferFailure e) {
        if (!e.retryable() || attempt >= http.maxAttempts()) {
          String suffix = e.retryable() ? http.attemptsSuffix() : "";
          throw new TransferFailure(file.url() + ": " + e.getMessage() + suffix, false);
        }
        notes.add("attempt " + attempt + " failed: " + e.getMessage());
        continue;
      }
      Optional<String> bad = Checksums.mismatch(part, file);
      if (bad.isPresent()) {
        Files.delete(part);
        if (!resumed || attempt >= http.maxAttempts()) {
          throw new TransferFailure(file.url() + ": " + bad.get() + "; the download was deleted", false);
        }
        notes.add("attempt " + attempt + " (continuing an earlier part) gave a " + bad.get() + "; restarted");
        continue;
      }
      try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      FetchReport.Status status = resumed ? FetchReport.Status.RESUMED : FetchReport.Status.DOWNLOADED;
      return new FetchReport.FileOutcome(file, target, status, received, notes);
    }
  }

  /** Makes one request and writes what it brings; returns whether it continued the existing part. */
  private boolean transfer(RemoteFile file, Path part, long have, List<String> notes)
      throws IOException, TransferFailure {
    HttpRequest.Builder request = HttpRequest.newBuilder(file.url());
    if (have > 0) {
      request.header("Range", "bytes=" + have + "-");
    }
    HttpResponse<InputStream> response = http.send(request);
    int status = response.statusCode();
    try (InputStream body = response.body()) {
      if (have > 0 && status == 206) {
        long start = contentRangeStart(response);
        if (start != have) {
          Files.delete(part);
          throw new TransferFailure("asked for bytes from " + have + ", the server sent from " + start, true);
        }
        copy(body, file, part, have);
        return true;
      }
      if (status == 200) {
        if (have > 0) {
          notes.add("the server does not support range requests; restarted the .part of " + have + " bytes");
        }
        copy(body, file, part, 0);
        return false;
      }
      if (have > 0 && status == 416) {
        notes.add("the server refused the range from byte " + have + " (HTTP 416); restarted");
        Files.delete(part);
      } else {
        throw new TransferFailure("HTTP " + status, TransferFailure.retryableStatus(status));
      }
    }
    return transfer(file, part, 0, notes);
  }

  private static long contentRangeStart(HttpResponse<?> response) throws TransferFailure {
    String value = response.headers().firstValue("Content-Range").orElse("");
    Matcher m = CONTENT_RANGE.matcher(value.trim());
    if (!m.matches()) {
      throw new TransferFailure("HTTP 206 with an unreadable Content-Range '" + value + "'", true);
    }
    return Long.parseLong(m.group(1));
  }

  /** Writes the body to the part (appending after {@code have} bytes, or replacing it when 0). */
  private void copy(InputStream body, RemoteFile file, Path part, long have) throws IOException, TransferFailure {
    StandardOpenOption mode = have > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
    long limit = file.sizeBytes().orElse(Long.MAX_VALUE);
    long written = 0;
    byte[] buffer = new byte[1 << 16];
    try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
      for (int n = read(body, buffer, have + written); n >= 0; n = read(body, buffer, have + written)) {
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
        while (chunk.hasRemaining()) {
          out.write(chunk);
        }
        written += n;
        received += n;
        listener.progressed(file, have + written);
        if (have + written > limit) {
          break;
        }
      }
    }
    if (have + written > limit) {
      Files.delete(part);
      throw new TransferFailure("the server sent more than the listed " + limit + " bytes; the download was deleted",
          false);
    }
  }

  private static int read(InputStream body, byte[] buffer, long sofar) throws TransferFailure {
    try {
      return body.read(buffer);
    } catch (IOException e) {
      throw new TransferFailure("connection broke after " + sofar + " bytes: " + HttpSource.describe(e), true);
    }
  }
}
