package org.strait.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP server (the JDK's, on 127.0.0.1 and a free port) serving fixture bytes by path, with byte-range
 * support that can be switched off, scripted error statuses, connections that break mid-body, and a log of every
 * request with its Range header and the bytes sent.
 */
final class FixtureServer implements AutoCloseable {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

  /** One request as the server answers it; logged before the answer is sent, so the client never outruns the log. */
  record Request(String path, String range, int status, long bytesSent) {}

  private final HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
  private final Map<String, Long> breakAfter = new ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();
  private volatile boolean rangesSupported = true;

  FixtureServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Returns the base URL, {@code http://127.0.0.1:PORT/}. */
  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Serves {@code body} at {@code path} (starting with {@code /}). */
  void put(String path, byte[] body) {
    files.put(path, body.clone());
  }

  void put(String path, String text) {
    put(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Answers the next requests for {@code path} with these statuses, one each, before serving it normally. */
  void failNext(String path, int... statuses) {
    Deque<Integer> queue = scripted.computeIfAbsent(path, p -> new ArrayDeque<>());
    for (int s : statuses) {
      queue.add(s);
    }
  }

  /** Makes the next full (200) answer for {@code path} stop after {@code bytes} bytes and drop the connection. */
  void breakNextAfter(String path, long bytes) {
    breakAfter.put(path, bytes);
  }

  /** Turns byte-range support on or off; off, a Range header is ignored and the whole file is sent with 200. */
  void rangesSupported(boolean supported) {
    rangesSupported = supported;
  }

  /** Returns every request so far. */
  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Returns the requests for one path. */
  synchronized List<Request> requestsFor(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  private synchronized void log(Request r) {
    requests.add(r);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String range = exchange.getRequestHeaders().getFirst("Range");
    try (exchange) {
      Deque<Integer> queue = scripted.get(path);
      Integer status = queue == null ? null : queue.poll();
      byte[] body = files.get(path);
      if (status == null && body == null) {
        status = 404;
      }
      if (status != null) {
        byte[] message = ("error " + status).getBytes(StandardCharsets.UTF_8);
        log(new Request(path, range, status, 0));
        exchange.sendResponseHeaders(status, message.length);
        exchange.getResponseBody().write(message);
        return;
      }
      Matcher m = range == null || !rangesSupported ? null : RANGE.matcher(range);
      if (m != null && m.matches()) {
        int start = Integer.parseInt(m.group(1));
        if (start >= body.length) {
          log(new Request(path, range, 416, 0));
          exchange.getResponseHeaders().add("Content-Range", "bytes */" + body.length);
          exchange.sendResponseHeaders(416, -1);
          return;
        }
        exchange.getResponseHeaders().add("Content-Range",
            "bytes " + start + "-" + (body.length - 1) + "/" + body.length);
        log(new Request(path, range, 206, body.length - start));
        exchange.sendResponseHeaders(206, body.length - start);
        exchange.getResponseBody().write(body, start, body.length - start);
        return;
      }
      Long cut = breakAfter.remove(path);
      log(new Request(path, range, 200, cut != null ? cut : body.length));
      exchange.sendResponseHeaders(200, body.length);
      OutputStream out = exchange.getResponseBody();
      if (cut != null) {
        out.write(body, 0, (int) (long) cut);
        out.flush();
        throw new BrokenOnPurpose();
      }
      out.write(body);
    } catch (BrokenOnPurpose e) {
      // The exchange was closed short of its Content-Length: the server drops the connection, as intended.
    }
  }

  /** Thrown to leave a response short of its declared length. */
  private static final class BrokenOnPurpose extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
