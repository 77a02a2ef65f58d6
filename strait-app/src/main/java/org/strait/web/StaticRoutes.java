package org.strait.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard's files, served only from the packaged resources under {@code web/} and from the uPlot webjar. A
 * request names a file by a short name matched against a strict pattern (lower-case words, at most one folder, a
 * known extension), never by a path: nothing a client sends reaches the file system.
 */
final class StaticRoutes {
  private static final Pattern NAME = Pattern.compile("([a-z0-9-]+/)?[a-z0-9-]+\\.(js|css|svg|html)");
  private static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/dist/";
  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
      "html", "text/html; charset=utf-8", "json", "application/json");
  /** Scripts and styles from this server only; no inline script, no other origin, no framing. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  void register(RoutesConfig routes) {
    routes.get("/", ctx -> serve(ctx, "web/index.html", "html"));
    routes.get("/static/<name>", ctx -> {
      Matcher m = NAME.matcher(ctx.pathParam("name"));
      if (!m.matches()) {
        throw ApiException.notFound("no such file");
      }
      serve(ctx, "web/static/" + m.group(), m.group(2));
    });
    routes.get("/vendor/uplot.js", ctx -> serve(ctx, UPLOT + "uPlot.iife.min.js", "js"));
    routes.get("/vendor/uplot.css", ctx -> serve(ctx, UPLOT + "uPlot.min.css", "css"));
    routes.get("/api/openapi.json", ctx -> serve(ctx, "web/openapi.json", "json"));
  }

  private void serve(Context ctx, String resource, String extension) {
    byte[] bytes = cache.get(resource);
    if (bytes == null) {
      bytes = load(resource);
      if (bytes == null) {
        throw ApiException.notFound("no such file");
      }
      cache.put(resource, bytes); // only packaged files that exist are kept, so the cache stays small
    }
    ctx.header("Content-Security-Policy", CSP).header("Cache-Control", "no-cache")
        .contentType(TYPES.get(extension)).result(bytes);
  }

  private static byte[] load(String resource) {
    try (InputStream in = StaticRoutes.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the packaged resource " + resource, e);
    }
  }
}
