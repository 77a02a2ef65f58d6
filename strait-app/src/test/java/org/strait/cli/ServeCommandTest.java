package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.strait.store.EventStore;
import picocli.CommandLine;

/** {@code strait serve}: its usage errors, and a real process that serves, answers and stops on SIGINT. */
class ServeCommandTest {
  @TempDir Path dir;

  private int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void serve_help_exactText() {
    StringWriter out = new StringWriter();
    assertThat(run(out, new StringWriter(), "serve", "--help")).isZero();
    assertThat(out.toString().replace("\r\n", "\n")).isEqualTo(String.join("\n",
        "Usage: strait serve [-hV] [--db=FILE] [--host=H] [--port=N] [--token=T]",
        "Serves the HTTP API (/api) and the dashboard (/) on the store until Ctrl-C.",
        "Binds 127.0.0.1 unless --host says otherwise. Any other address needs --token,",
        "which every write request must then send as 'Authorization: Bearer <token>'.",
        "      --db=FILE   The store file (DuckDB). Default: ~/.strait/strait.duckdb.",
        "  -h, --help      Show this help message and exit.",
        "      --host=H    Address to bind. Default: 127.0.0.1.",
        "      --port=N    Port to listen on, 0 for any free port. Default: 7070.",
        "      --token=T   Bearer token that write requests must send (at least 16",
        "                    characters); required with a --host other than loopback.",
        "                    Default: the environment variable STRAIT_TOKEN, if set.",
        "  -V, --version   Print version information and exit.", ""));
  }

  @Test
  void serve_otherHostWithoutToken_usageErrorNamingTheRule() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(out, err, "serve", "--db", dir.resolve("s.duckdb").toString(), "--host", "0.0.0.0");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--host 0.0.0.0 is not a loopback address").contains("--token");
  }

  @Test
  void serve_shortTokenOrMissingStore_usageErrors() {
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "serve", "--db", dir.resolve("s.duckdb").toString(), "--token", "short"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--token must have at least 16 characters");
    StringWriter err2 = new StringWriter();
    assertThat(run(new StringWriter(), err2, "serve", "--db", dir.resolve("none.duckdb").toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err2.toString()).contains("no store at").contains("none.duckdb");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void serve_process_printsUrl_answers_andExitsCleanlyOnSigint() throws Exception {
    Path db = dir.resolve("s.duckdb");
    EventStore.open(db).close();
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--db", db.toString(),
        "--port", "0").redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      String first = out.readLine();
      Matcher url = Pattern.compile("^strait serve: (http://127\\.0\\.0\\.1:\\d+/) ").matcher(String.valueOf(first));
      assertThat(url.find()).as("the first line of output is the URL: %s", first).isTrue();
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url.group(1) + "api/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      long sent = System.nanoTime();
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start();
      assertThat(kill.waitFor(5, TimeUnit.SECONDS)).isTrue();
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("exited within 10 s of SIGINT").isTrue();
      long millis = (System.nanoTime() - sent) / 1_000_000;
      StringBuilder rest = new StringBuilder();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        rest.append(line).append('\n');
      }
      assertThat(rest.toString()).as("output after the URL").isEmpty();
      assertThat(child.exitValue()).isEqualTo(130); // 128 + SIGINT, after the shutdown hook ran
      assertThat(millis).as("stop time, ms").isLessThan(10_000);
    } finally {
      child.destroyForcibly();
    }
    try (EventStore again = EventStore.open(db)) {
      assertThat(again.path()).isEqualTo(db); // the lock was released
    }
  }
}
