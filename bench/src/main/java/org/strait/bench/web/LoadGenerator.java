package org.strait.bench.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator: sends GET requests at a fixed rate, cycling through a list of paths, and measures
 * each latency from the moment the request was due (not sent), so that a server that falls behind is charged for
 * the wait (no coordinated omission). Request i goes out on connection i mod {@code connections}, each a plain
 * HTTP/1.1 keep-alive socket driven by its own thread: a client this small costs little CPU, so that on a small
 * machine the server, not the client, is measured. Bounded: a fixed number of requests, a 10 s read timeout, and
 * a final wait of at most 10 s; a failed connection is reopened and its request counted as an error.
 */
final class LoadGenerator {
  /**
   * What one run measured.
   *
   * @param sent requests due
   * @param ok answers 200
   * @param errors other answers, failures and requests unanswered at the end
   * @param seconds wall time from the first due time to the last answer
   * @param p50 median latency, ms
   * @param p90 90th percentile, ms
   * @param p99 99th percentile, ms
   * @param p999 99.9th percentile, ms
   * @param max largest latency, ms
   * @param cpuMillisPerRequest CPU time of this process (server and client together) per request, ms
   */
  record Result(long sent, long ok, long errors, double seconds, double p50, double p90, double p99, double p999,
      double max, double cpuMillisPerRequest) {
    double rate() {
      return ok / seconds;
    }
  }

  private final int port;
  private final int connections;

  LoadGenerator(int port, int connections) {
    this.port = port;
    this.connections = connections;
  }

  /** Sends {@code rate} requests a second for {@code seconds} over {@code paths}, and returns what it measured. */
  Result run(List<String> paths, int rate, int seconds) throws InterruptedException {
    int n = rate * seconds;
    long[] latency = new long[n];
    Arrays.fill(latency, -1);
    AtomicLong ok = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    byte[][] requests = paths.stream().map(p -> ("GET " + p + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    long cpu0 = cpu();
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime() + 20_000_000L;
    Thread[] workers = new Thread[connections];
    for (int w = 0; w < connections; w++) {
      int first = w;
      workers[w] = new Thread(() -> {
        Connection c = null;
        for (int i = first; i < n; i += connections) {
          long due = start + i * interval;
          long wait = due - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait);
          }
          try {
            if (c == null) {
              c = new Connection(port);
            }
            int status = c.exchange(requests[i % requests.length]);
            latency[i] = System.nanoTime() - due;
            (status == 200 ? ok : errors).incrementAndGet();
          } catch (IOException e) {
            latency[i] = System.nanoTime() - due;
            errors.incrementAndGet();
            c = Connection.close(c);
          }
        }
        Connection.close(c);
      }, "load-" + w);
      workers[w].setDaemon(true);
      workers[w].start();
    }
    long deadline = start + n * interval + 10_000_000_000L;
    for (Thread t : workers) {
      t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
    long unanswered = Arrays.stream(latency).filter(v -> v < 0).count();
    double wall = (System.nanoTime() - start) / 1e9;
    long[] done = Arrays.stream(latency).filter(v -> v >= 0).sorted().toArray();
    return new Result(n, ok.get(), errors.get() + unanswered, wall, pct(done, 0.50), pct(done, 0.90),
        pct(done, 0.99), pct(done, 0.999), done.length == 0 ? Double.NaN : done[done.length - 1] / 1e6,
        (cpu() - cpu0) / 1e6 / n);
  }

  private static double pct(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** One keep-alive HTTP/1.1 connection: writes a request, reads the status, headers and body of the answer. */
  private static final class Connection {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    Connection(int port) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(10_000);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    }

    int exchange(byte[] request) throws IOException {
      out.write(request);
      out.flush();
      String status = line();
      if (!status.startsWith("HTTP/1.1 ")) {
        throw new IOException("not an HTTP answer: " + status);
      }
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      for (String h = line(); !h.isEmpty(); h = line()) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          close = true;
        }
      }
      if (chunked) {
        for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
            size = Long.parseLong(line().split(";")[0].trim(), 16)) {
          skip(size);
          line();
        }
        line();
      } else if (length >= 0) {
        skip(length);
      } else {
        throw new IOException("an answer without length on a keep-alive connection");
      }
      if (close) {
        throw new IOException("the server closed the connection");
      }
      return Integer.parseInt(status.substring(9, 12));
    }

    private String line() throws IOException {
      StringBuilder b = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed");
        }
        if (c != '\r') {
          b.append((char) c);
        }
      }
      return b.toString();
    }

    private void skip(long n) throws IOException {
      long left = n;
      while (left > 0) {
        long s = in.skip(left);
        if (s <= 0) {
          if (in.read() < 0) {
            throw new IOException("connection closed in a body");
          }
          s = 1;
        }
        left -= s;
      }
    }

    static Connection close(Connection c) {
      if (c != null) {
        try {
          c.socket.close();
        } catch (IOException e) {
          // closing a broken connection; nothing to release
          return null;
        }
      }
      return null;
    }
  }
}
