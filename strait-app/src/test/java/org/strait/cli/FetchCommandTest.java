package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code strait fetch gdelt} against a loopback server: summary, exit codes, errors naming the URL. */
class FetchCommandTest {
  private static final String EXPORT = "20150301000000.export.CSV.zip";
  private static final byte[] BODY = "GDELT 2.0 export fixture\tnot a real zip\n".repeat(50)
      .getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  private HttpServer server;
  private final Map<String, byte[]> served = new ConcurrentHashMap<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        byte[] body = served.get(exchange.getRequestURI().getPath());
        if (body == null) {
          exchange.sendResponseHeaders(404, -1);
        } else {
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
        }
      }
    });
    server.start();
    served.put("/gdeltv2/masterfilelist.txt", (BODY.length + " " + md5(BODY) + " http://127.0.0.1:1/gdeltv2/"
        + EXPORT + "\n").getBytes(StandardCharsets.UTF_8));
    served.put("/gdeltv2/" + EXPORT, BODY);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private int fetchMarch1(String... extra) {
    List<String> args = new ArrayList<>(List.of("fetch", "gdelt", "--v2", "--from", "2015-03-01",
        "--to", "2015-03-02", "--out", dir.toString(), "--base-url", base(), "--attempts", "1"));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  @Test
  void fetchGdelt_v2Range_downloadsTheFileAndPrintsTheSummary() throws IOException {
    int code = fetchMarch1();

    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readAllBytes(dir.resolve(EXPORT))).isEqualTo(BODY);
    assertThat(out.toString()).isEqualTo(String.format(
        "gdelt v2 2015-03-01..2015-03-02: 1 files in %s (1 downloaded, 0 resumed, 0 already present, 0 failed),"
            + " %d bytes received%nno file listed for 1 of the days: 2015-03-02%n", dir, BODY.length));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void fetchGdelt_rerun_reportsTheFileAlreadyPresent() {
    fetchMarch1();
    out.getBuffer().setLength(0);

    assertThat(fetchMarch1()).isZero();
    assertThat(out.toString()).contains("(0 downloaded, 0 resumed, 1 already present, 0 failed), 0 bytes received");
  }

  @Test
  void fetchGdelt_fileMissingOnServer_exitsOneAndNamesTheUrl() {
    served.remove("/gdeltv2/" + EXPORT);

    assertThat(fetchMarch1()).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).isEqualTo(
        String.format("failed: %sgdeltv2/%s: HTTP 404%n", base(), EXPORT));
    assertThat(dir.resolve(EXPORT)).doesNotExist();
  }

  @Test
  void fetchGdelt_listingMissing_exitsOneAndNamesTheListingUrl() {
    served.remove("/gdeltv2/masterfilelist.txt");

    assertThat(fetchMarch1()).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).isEqualTo(String.format(
        "strait fetch gdelt: %sgdeltv2/masterfilelist.txt: HTTP 404, no GDELT 2.0 master file list there%n", base()));
  }

  @Test
  void fetchGdelt_bothVersions_isAUsageError() {
    assertThat(fetchMarch1("--v1")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("mutually exclusive");
  }

  @Test
  void fetchGdelt_toBeforeFrom_isAUsageError() {
    int code = run("fetch", "gdelt", "--from", "2015-03-02", "--to", "2015-03-01", "--out", dir.toString(),
        "--base-url", base());

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--to 2015-03-01 is before --from 2015-03-02");
  }

  @Test
  void fetchGdelt_badDate_isAUsageError() {
    assertThat(run("fetch", "gdelt", "--from", "2015-02-30", "--to", "2015-03-01")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--from");
  }

  @Test
  void fetch_withoutSource_isAUsageError() {
    assertThat(run("fetch")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Missing required subcommand");
  }

  @Test
  void fetchGdelt_help_listsTheOptions() {
    assertThat(run("fetch", "gdelt", "--help")).isZero();
    assertThat(out.toString()).contains("--from=YYYY-MM-DD", "--to=YYYY-MM-DD", "--v1", "--v2", "--out=DIR",
        "--base-url=URL", "https://data.gdeltproject.org/");
  }

  @Test
  void spans_daysWithGaps_areWrittenAsRuns() {
    LocalDate d = LocalDate.of(2014, 1, 1);
    assertThat(FetchCommand.spans(List.of(d, d.plusDays(1), d.plusDays(2), d.plusDays(5))))
        .isEqualTo("2014-01-01..2014-01-03, 2014-01-06");
  }
}
