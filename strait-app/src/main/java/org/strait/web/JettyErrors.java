package org.strait.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (a malformed request 400, a URI too long 414, headers too large 431, and any error
 * Jetty answers before a route runs) in the API's JSON error shape ({@link ErrorRoutes#body}) with
 * {@code X-Content-Type-Options: nosniff}, instead of Jetty's HTML pages. The message states the size limit where
 * one was passed and never shows Jetty's internals.
 */
final class JettyErrors extends ErrorHandler {
  /** The most bytes of the request line and headers together (Jetty's default, which the server keeps). */
  static final int MAX_HEADER_BYTES = new HttpConfiguration().getRequestHeaderSize();
  /** The header that tells browsers not to guess content types. */
  static final String NOSNIFF_HEADER = "X-Content-Type-Options";

  private final ObjectMapper mapper;

  JettyErrors(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                  Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, "application/json");
    headers.put(NOSNIFF_HEADER, "nosniff");
    response.write(true, json(code), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    fields.put(NOSNIFF_HEADER, "nosniff");
    return json(status);
  }

  private ByteBuffer json(int status) {
    try {
      Map<String, Object> body = ErrorRoutes.body(status, message(status));
      return ByteBuffer.wrap(mapper.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an error as JSON", e);
    }
  }

  /** Returns the client's message for a status Jetty answers itself. */
  static String message(int status) {
    return switch (status) {
      case 400 -> "malformed HTTP request";
      case 414 -> "the request URI is too long: the request line and headers may have at most " + MAX_HEADER_BYTES
          + " bytes";
      case 431 -> "the request headers are too large: the request line and headers may have at most "
          + MAX_HEADER_BYTES + " bytes";
      case 413 -> "the request body is too large: at most " + WebServer.MAX_BODY_BYTES + " bytes";
      case 404 -> "no such resource";
      case 405 -> "method not allowed";
      default -> status >= 500 ? "internal error" : "the request cannot be served (HTTP " + status + ")";
    };
  }
}
