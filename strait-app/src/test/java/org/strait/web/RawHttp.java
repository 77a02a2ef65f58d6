package org.strait.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Raw HTTP/1.1 over a plain socket, for requests the JDK client will not send: a chosen {@code Host} header, a
 * malformed request line, oversized URIs and headers. Reads the whole response (the request asks to close).
 */
final class RawHttp {
  /**
   * A response as received.
   *
   * @param status the status code
   * @param head the status line and headers
   * @param body the body, undecoded chunks included
   */
  record Reply(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  private RawHttp() {}

  /** Sends {@code GET path} with the given {@code Host} header and extra header lines. */
  static Reply get(int port, String path, String host, String... headerLines) {
    StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    return send(port, request.append("Connection: close\r\n\r\n").toString());
  }

  /** Sends {@code request} as it is and returns the response. */
  static Reply send(int port, String request) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      InputStream in = s.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          got.write(buffer, 0, n);
        }
      } catch (SocketTimeoutException | java.net.SocketException e) {
        if (got.size() == 0) {
          throw e;
        }
      }
      String text = got.toString(StandardCharsets.ISO_8859_1);
      int split = text.indexOf("\r\n\r\n");
      String head = split < 0 ? text : text.substring(0, split);
      String body = split < 0 ? "" : text.substring(split + 4);
      return new Reply(Integer.parseInt(head.substring(9, 12)), head, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tells whether a response declares JSON. */
  static boolean isJson(Reply r) {
    String type = r.header("Content-Type");
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
  }
}
