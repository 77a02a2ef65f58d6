package org.strait.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.ParsedEndpoint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.strait.store.EventStore;

/**
 * The HTTP server of strait: the API under {@code /api} and the dashboard at {@code /}, on one port.
 *
 * <p>Lifecycle: {@link #start} binds and returns once the server accepts requests; {@link #close} stops it, cancels
 * unfinished jobs and releases the store connections (the store itself belongs to the caller). The token rule is
 * {@link WebSettings}'s: when a token is set, write requests without {@code Authorization: Bearer <token>} get 401.
 * Write requests must send JSON ({@code Content-Type: application/json}; 415 otherwise), which also keeps other web
 * sites' pages from posting to a server on loopback without a CORS preflight, which this server never grants; and
 * every server, with a token or without, answers only requests whose {@code Host} it may be addressed by
 * ({@link #allowedHost}; 403 otherwise), which defeats DNS rebinding. Every response carries
 * {@code X-Content-Type-Options: nosniff}; Jetty's own error answers are JSON too ({@link JettyErrors}); what a
 * request may ask for is bounded ({@link RequestLimits}).
 */
public final class WebServer implements AutoCloseable {
  /** The largest request body accepted, in bytes. */
  static final long MAX_BODY_BYTES = 64 * 1024;
  private static final Set<HandlerType> WRITES =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  /**
   * Jetty and Javalin log through SLF4J to java.util.logging; keep them to warnings unless the user's logging
   * configuration says otherwise. The list holds the loggers strongly, as java.util.logging would drop their levels.
   */
  private static final List<java.util.logging.Logger> QUIET = quiet("org.eclipse.jetty", "io.javalin");

  private final Javalin app;
  private final StoreReads reads;
  private final JobService jobs;
  private final String host;

  private WebServer(Javalin app, StoreReads reads, JobService jobs, String host) {
    this.app = app;
    this.reads = reads;
    this.jobs = jobs;
    this.host = host;
  }

  /**
   * Starts a server on {@code store} with the standard job types: {@code monthly-counts}, {@code scenario} (the
   * scenarios of the settings' folder, read now) and {@code bargaining} (the shipped cases, read now).
   */
  public static WebServer start(WebSettings settings, EventStore store) {
    return start(settings, store, List.of());
  }

  /**
   * Starts a server on {@code store} with the standard job types and {@code moreJobTypes}.
   *
   * @throws IllegalArgumentException when two job types share a name
   */
  public static WebServer start(WebSettings settings, EventStore store, List<JobType> moreJobTypes) {
    ScenarioCatalogue scenarios = ScenarioCatalogue.load(settings.scenarios());
    CaseCatalogue cases = CaseCatalogue.load();
    ObjectMapper mapper = Json.mapper();
    StoreReads reads = new StoreReads(store, settings.jobThreads() + 4);
    List<JobType> types = new ArrayList<>(List.of(new MonthlyCountsJob(reads),
        new ScenarioJob(scenarios, new StoreFits(reads)),
        new BargainingJob(cases, mapper), new VerdictsJob(reads, mapper)));
    types.addAll(moreJobTypes);
    CachedJson json = new CachedJson(reads, mapper);
    KnowledgeRoutes knowledge = new KnowledgeRoutes(json);
    JobService jobs;
    try {
      jobs = new JobService(types, settings.jobThreads(), settings.jobQueue(), settings.jobsRetained(),
          Clock.systemUTC());
    } catch (RuntimeException e) {
      reads.close();
      throw e;
    }
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.jetty.modifyServer(server -> {
        server.setStopTimeout(0); // no graceful wait: stop at once
        server.setErrorHandler(new JettyErrors(mapper));
      });
      config.routes.before(ctx -> guard(ctx, settings));
      ErrorRoutes.register(config.routes);
      new ReadRoutes(reads, json).register(config.routes);
      new IndexRoutes(reads, knowledge, json).register(config.routes);
      knowledge.register(config.routes);
      new CatalogueRoutes(scenarios, cases).register(config.routes);
      new JobRoutes(jobs, mapper).register(config.routes);
      new VerdictRoutes(reads, mapper).register(config.routes);
      new StaticRoutes().register(config.routes);
    });
    try {
      app.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      jobs.close();
      reads.close();
      throw e;
    }
    return new WebServer(app, reads, jobs, settings.host());
  }

  private static List<java.util.logging.Logger> quiet(String... names) {
    List<java.util.logging.Logger> out = new ArrayList<>();
    for (String name : names) {
      java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
      if (logger.getLevel() == null) {
        logger.setLevel(java.util.logging.Level.WARNING);
      }
      out.add(logger);
    }
    return List.copyOf(out);
  }

  private static void guard(Context ctx, WebSettings settings) {
    ctx.header(JettyErrors.NOSNIFF_HEADER, "nosniff");
    if (!allowedHost(ctx.header("Host"), settings.host())) {
      // a page whose name was re-pointed at this server (DNS rebinding) would send its own name here
      throw new ApiException(403, "this server answers only requests addressed to 127.0.0.1, [::1], localhost"
          + (WebSettings.isLoopback(settings.host()) ? "" : ", " + settings.host() + " or another IP address"));
    }
    if (!WRITES.contains(ctx.method())) {
      return;
    }
    String token = settings.token();
    if (token != null) {
      String given = ctx.header("Authorization");
      byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
      if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
        throw new ApiException(401, "write requests need the header Authorization: Bearer <token>");
      }
    }
    String type = ctx.contentType();
    if (ctx.method() != HandlerType.DELETE && (type == null || !type.toLowerCase(java.util.Locale.ROOT)
        .startsWith("application/json"))) {
      throw new ApiException(415, "send the request body as JSON (Content-Type: application/json)");
    }
  }

  /**
   * Tells whether a request's Host header may be answered by a server bound to {@code bound}: loopback names always;
   * besides them, a server bound to another address (which needs a token) answers that address by name and any IP
   * literal, never another name, so that a token does not switch the DNS-rebinding check off.
   */
  static boolean allowedHost(String host, String bound) {
    if (loopbackHost(host)) {
      return true;
    }
    if (host == null || WebSettings.isLoopback(bound)) {
      return false;
    }
    String name = hostName(host);
    String boundName = bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound;
    return name.equalsIgnoreCase(boundName) || name.startsWith("[")
        || name.matches("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  private static String hostName(String host) {
    String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
        : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
    return name.toLowerCase(java.util.Locale.ROOT);
  }

  /** Tells whether a Host header names a loopback address ({@code 127.0.0.1}, {@code [::1]}, {@code localhost}). */
  static boolean loopbackHost(String host) {
    if (host == null) {
      return false;
    }
    String name = hostName(host);
    return name.equals("localhost") || name.equals("[::1]")
        || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  /** Returns the port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Returns the dashboard's address, e.g. {@code http://127.0.0.1:7070/}. */
  public String url() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port() + "/";
  }

  /** Returns every registered HTTP route as {@code METHOD path}, for the OpenAPI check. */
  List<String> routes() {
    List<String> out = new ArrayList<>();
    for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      if (e.endpoint.method.isHttpMethod()) {
        out.add(e.endpoint.method + " " + e.endpoint.path);
      }
    }
    return out;
  }

  /** Returns the store reads, for tests that break the store on purpose. */
  StoreReads reads() {
    return reads;
  }

  /** Stops the server, cancels unfinished jobs and closes the store connections. */
  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      jobs.close();
      reads.close();
    }
  }
}
