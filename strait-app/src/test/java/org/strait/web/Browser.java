package org.strait.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Headless Chromium driven through the DevTools protocol over the JDK's WebSocket client: one browser process with
 * a fresh profile, one page. Collects JavaScript exceptions and console or log errors so that tests can assert none
 * happened.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);

  private final Process process;
  private final WebSocket socket;
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
  private String session;

  private Browser(Process process, WebSocket.Builder builder, URI uri) {
    this.process = process;
    this.socket = builder.buildAsync(uri, new Listener()).join();
  }

  /** Starts Chromium with an empty profile in {@code profile} and opens a blank page. */
  static Browser launch(Path profile) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile,
        "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", "about:blank")
        .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
    Path active = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!(Files.exists(active) && Files.readAllLines(active).size() >= 2)) {
      if (!p.isAlive() || System.nanoTime() > deadline) {
        p.destroyForcibly();
        throw new IllegalStateException("Chromium did not start; see " + profile.resolveSibling("chromium.log"));
      }
      Thread.sleep(50);
    }
    List<String> lines = Files.readAllLines(active);
    URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
    Browser b = new Browser(p, HttpClient.newHttpClient().newWebSocketBuilder(), uri);
    String target = b.send("Target.createTarget", b.params().put("url", "about:blank")).get("targetId").asText();
    b.session = b.send("Target.attachToTarget", b.params().put("targetId", target).put("flatten", true))
        .get("sessionId").asText();
    b.send("Runtime.enable", b.params());
    b.send("Log.enable", b.params());
    b.send("Page.enable", b.params());
    return b;
  }

  ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** Sends a command (to the page once attached) and waits for its result. */
  JsonNode send(String method, ObjectNode params) {
    long id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(message.toString(), true).join();
    try {
      JsonNode r = reply.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (r.has("error")) {
        throw new IllegalStateException(method + " failed: " + r.get("error"));
      }
      return r.get("result");
    } catch (Exception e) {
      throw new IllegalStateException(method + " did not answer: " + e, e);
    } finally {
      pending.remove(id);
    }
  }

  /** Loads {@code url} in the page. */
  void navigate(String url) {
    send("Page.navigate", params().put("url", url));
  }

  /** Evaluates a JavaScript expression in the page (promises awaited) and returns its value as JSON. */
  JsonNode eval(String expression) {
    JsonNode r = send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true)
        .put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("script failed: " + expression + ": " + r.get("exceptionDetails"));
    }
    JsonNode value = r.get("result").get("value");
    return value == null ? JSON.nullNode() : value;
  }

  /** Waits until {@code expression} is truthy, polling every 50 ms for at most {@code seconds}. */
  void await(String expression, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (eval("(() => { try { return Boolean(" + expression + "); } catch (e) { return false; } })()").asBoolean()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("not true after " + seconds + " s: " + expression + "; page errors: " + errors);
  }

  /** Clicks the middle of the element {@code selector} with the mouse, as a user would. */
  void click(String selector) {
    JsonNode box = eval("(() => { const r = document.querySelector('" + selector + "').getBoundingClientRect();"
        + " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
    for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
      send("Input.dispatchMouseEvent", params().put("type", type).put("x", box.get("x").asDouble())
          .put("y", box.get("y").asDouble()).put("button", "left").put("clickCount", 1));
    }
  }

  /** Sets an input's value as typed text would leave it. */
  void type(String selector, String text) {
    eval("(() => { const e = document.querySelector('" + selector + "'); e.focus(); e.value = '';"
        + " return true; })()");
    send("Input.insertText", params().put("text", text));
  }

  /** Saves a PNG screenshot of the page. */
  void screenshot(Path file) throws IOException {
    String data = send("Page.captureScreenshot", params().put("format", "png").put("captureBeyondViewport", true))
        .get("data").asText();
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(data));
  }

  /** Returns the exceptions and errors the page reported so far, and forgets them. */
  List<String> takeErrors() {
    synchronized (errors) {
      List<String> out = List.copyOf(errors);
      errors.clear();
      return out;
    }
  }

  @Override
  public void close() throws InterruptedException {
    try {
      session = null;
      send("Browser.close", params());
    } catch (RuntimeException e) {
      // the browser may close the socket before it answers
      process.destroy();
    }
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        handle(text.toString());
        text.setLength(0);
      }
      ws.request(1);
      return null;
    }

    private void handle(String message) {
      try {
        JsonNode m = JSON.readTree(message);
        if (m.has("id")) {
          CompletableFuture<JsonNode> f = pending.get(m.get("id").asLong());
          if (f != null) {
            f.complete(m);
          }
          return;
        }
        String method = m.path("method").asText();
        JsonNode p = m.path("params");
        if (method.equals("Runtime.exceptionThrown")) {
          errors.add("exception: " + p.path("exceptionDetails"));
        } else if (method.equals("Runtime.consoleAPICalled") && p.path("type").asText().equals("error")) {
          errors.add("console: " + p.path("args"));
        } else if (method.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error")) {
          errors.add("log: " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
        }
      } catch (IOException e) {
        errors.add("unreadable DevTools message: " + e.getMessage());
      }
    }
  }
}
