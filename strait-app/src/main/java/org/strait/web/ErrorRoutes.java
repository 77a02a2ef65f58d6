package org.strait.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Maps exceptions to JSON errors, the only place that does: 400 with every field problem, 404/409/429/401 with a
 * message, and 500 with an error id under which the server logged the stack trace (the client sees no internals).
 */
final class ErrorRoutes {
  private static final System.Logger LOG = System.getLogger("org.strait.web");

  private ErrorRoutes() {}

  static void register(RoutesConfig routes) {
    routes.exception(ValidationException.class, (e, ctx) -> {
      Map<String, Object> body = body(400, "invalid request");
      body.put("errors", e.problems());
      ctx.status(400).json(body);
    });
    routes.exception(ApiException.class, (e, ctx) -> {
      if (e.status() == 429) {
        ctx.header("Retry-After", "1");
      } else if (e.status() == 401) {
        ctx.header("WWW-Authenticate", "Bearer");
      }
      ctx.status(e.status()).json(body(e.status(), e.getMessage()));
    });
    routes.exception(HttpResponseException.class, (e, ctx) ->
        ctx.status(e.getStatus()).json(body(e.getStatus(), e.getMessage())));
    routes.exception(Exception.class, ErrorRoutes::internal);
  }

  private static void internal(Exception e, Context ctx) {
    String id = UUID.randomUUID().toString();
    LOG.log(System.Logger.Level.ERROR, ctx.method() + " " + ctx.path() + " failed, error id " + id, e);
    Map<String, Object> body = body(500, "internal error; the server logged it under the error id");
    body.put("errorId", id);
    ctx.status(500).json(body);
  }

  /** Returns the API's error body: {@code status}, {@code message} and an empty {@code errors} list. */
  static Map<String, Object> body(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message);
    body.put("errors", List.of());
    return body;
  }
}
