package org.strait.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.strait.app.Defaults;
import org.strait.store.EventStore;
import org.strait.web.WebServer;
import org.strait.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strait serve}: the HTTP API and the dashboard on the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the HTTP API (/api) and the dashboard (/) on the store until Ctrl-C.",
        "Binds 127.0.0.1 unless --host says otherwise. Any other address needs --token, which every write request "
            + "must then send as 'Authorization: Bearer <token>'."})
final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + Defaults.PORT,
      description = "Port to listen on, 0 for any free port. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", paramLabel = "H", defaultValue = WebSettings.LOOPBACK,
      description = "Address to bind. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(names = "--token", paramLabel = "T", defaultValue = "${env:STRAIT_TOKEN}",
      description = "Bearer token that write requests must send (at least 16 characters); required with a --host "
          + "other than loopback. Default: the environment variable STRAIT_TOKEN, if set.")
  String token;

  @Override
  public Integer call() throws InterruptedException {
    return serve(db, WebSettings.loopback(port).withHost(host, token), spec.commandLine().getOut());
  }

  /**
   * Serves the store of {@code db}, opened read-only, with {@code settings} until the process is stopped; prints the
   * address on {@code out}.
   */
  static int serve(DbOption db, WebSettings settings, PrintWriter out) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    EventStore store = db.read(); // read-only: no job writes, and other commands may read beside the server
    AtomicReference<WebServer> server = new AtomicReference<>();
    Thread hook = new Thread(() -> {
      try {
        WebServer running = server.get();
        if (running != null) {
          running.close();
        }
      } finally {
        store.close();
        stopped.countDown();
      }
    }, "strait-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook); // before the server starts, so that Ctrl-C always releases the store
    try {
      server.set(WebServer.start(settings, store));
    } catch (RuntimeException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      store.close();
      throw e;
    }
    out.println("strait serve: " + server.get().url() + "  (store " + db.path() + "; Ctrl-C stops)");
    out.flush();
    stopped.await();
    return 0;
  }
}
