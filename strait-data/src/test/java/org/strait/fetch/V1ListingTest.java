package org.strait.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDELT 1.0 listings ({@code events/md5sums}, {@code events/filesizes}) served on loopback: range selection. */
class V1ListingTest {
  /** Names as GDELT 1.0 publishes them: yearly, monthly and daily files, plus one that is not an event file. */
  private static final List<String> NAMES = List.of(
      "GDELT.MASTERREDUCEDV2.1979-2013.zip", "2004.zip", "2005.zip", "200601.zip", "200602.zip", "201302.zip",
      "201303.zip", "20130401.export.CSV.zip", "20130402.export.CSV.zip", "20130403.export.CSV.zip",
      "20130405.export.CSV.zip");

  @TempDir Path dir;
  private FixtureServer server;
  private final Map<String, byte[]> bodies = new LinkedHashMap<>();
  private final List<Duration> pauses = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new FixtureServer();
    long seed = 10;
    for (String name : NAMES) {
      byte[] body = Fixtures.zip(name.replace(".zip", ".csv"), 20, seed++);
      bodies.put(name, body);
      server.put("/events/" + name, body);
    }
    StringBuilder md5sums = new StringBuilder();
    StringBuilder sizes = new StringBuilder();
    bodies.forEach((name, body) -> {
      md5sums.append(Fixtures.md5(body)).append("  ").append(name).append('\n');
      sizes.append(body.length).append(' ').append(name).append('\n');
    });
    server.put("/events/md5sums", md5sums.toString());
    server.put("/events/filesizes", sizes.toString());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FetchOptions options(LocalDate from, LocalDate to) {
    return FetchOptions.builder().version(GdeltVersion.V1).range(from, to).outDir(dir).baseUrl(server.base())
        .maxAttempts(2).initialBackoff(Duration.ofMillis(5)).build();
  }

  private List<RemoteFile> list(LocalDate from, LocalDate to) {
    FetchOptions options = options(from, to);
    return V1Listing.list(new HttpSource(options, pauses::add), options);
  }

  private static List<String> names(List<RemoteFile> files) {
    return files.stream().map(RemoteFile::name).toList();
  }

  @Test
  void list_rangeAcrossApril2013_selectsTheMonthlyBackFileAndTheDailyFiles() {
    List<RemoteFile> files = list(LocalDate.of(2013, 3, 15), LocalDate.of(2013, 4, 2));

    assertThat(names(files)).containsExactly("201303.zip", "20130401.export.CSV.zip", "20130402.export.CSV.zip");
    RemoteFile march = files.get(0);
    assertThat(march.url()).isEqualTo(server.base().resolve("events/201303.zip"));
    assertThat(march.sizeBytes()).hasValue(bodies.get("201303.zip").length);
    assertThat(march.md5()).hasValue(Fixtures.md5(bodies.get("201303.zip")));
    assertThat(march.firstDay()).isEqualTo(LocalDate.of(2013, 3, 1));
    assertThat(march.lastDay()).isEqualTo(LocalDate.of(2013, 3, 31));
  }

  @Test
  void list_rangeAcrossNewYear2006_selectsTheYearlyAndMonthlyBackFiles() {
    assertThat(names(list(LocalDate.of(2005, 12, 31), LocalDate.of(2006, 1, 1))))
        .containsExactly("2005.zip", "200601.zip");
  }

  @Test
  void fetch_rangeWithAGap_downloadsWhatIsListedAndReportsTheUncoveredDays() throws IOException {
    FetchReport report = GdeltFetcher.run(options(LocalDate.of(2013, 4, 3), LocalDate.of(2013, 4, 6)),
        FetchListener.NONE, pauses::add);

    assertThat(report.outcomes()).extracting(o -> o.file().name())
        .containsExactly("20130403.export.CSV.zip", "20130405.export.CSV.zip");
    assertThat(Files.readAllBytes(dir.resolve("20130405.export.CSV.zip")))
        .isEqualTo(bodies.get("20130405.export.CSV.zip"));
    assertThat(report.uncoveredDays()).containsExactly(LocalDate.of(2013, 4, 4), LocalDate.of(2013, 4, 6));
  }

  @Test
  void fetch_onlySizesPublished_stillDetectsAWrongSize() {
    server.failNext("/events/md5sums", 404);
    server.put("/events/20130401.export.CSV.zip", new byte[] {1, 2, 3});
    LocalDate day = LocalDate.of(2013, 4, 1);

    FetchReport report = GdeltFetcher.run(options(day, day), FetchListener.NONE, pauses::add);

    assertThat(report.failures()).containsExactly(server.base() + "events/20130401.export.CSV.zip: size mismatch: "
        + "listed " + bodies.get("20130401.export.CSV.zip").length + " bytes, got 3; the download was deleted");
  }

  @Test
  void list_neitherListingPublished_failsNamingBothUrls() {
    server.failNext("/events/md5sums", 404);
    server.failNext("/events/filesizes", 404);

    assertThatThrownBy(() -> list(LocalDate.of(2013, 4, 1), LocalDate.of(2013, 4, 1)))
        .isInstanceOf(FetchException.class)
        .hasMessage("neither " + server.base() + "events/md5sums nor " + server.base()
            + "events/filesizes exists (HTTP 404): cannot list the GDELT 1.0 event files");
  }

  @Test
  void list_listingAnswers500_failsNamingItsUrlAfterTheRetries() {
    server.failNext("/events/md5sums", 500, 500);

    assertThatThrownBy(() -> list(LocalDate.of(2013, 4, 1), LocalDate.of(2013, 4, 1)))
        .isInstanceOf(FetchException.class)
        .hasMessage(server.base() + "events/md5sums: HTTP 500 (gave up after 2 attempts)");
    assertThat(pauses).containsExactly(Duration.ofMillis(5));
  }

  @Test
  void list_malformedLineNamingAWantedFile_failsWithUrlAndLine() {
    server.put("/events/filesizes", "100 2005.zip\n12x4 20130401.export.CSV.zip\n");

    assertThatThrownBy(() -> list(LocalDate.of(2013, 4, 1), LocalDate.of(2013, 4, 1)))
        .isInstanceOf(FetchException.class)
        .hasMessage(server.base() + "events/filesizes line 2: expected '<bytes> <name>', got '12x4 "
            + "20130401.export.CSV.zip'");
  }

  @Test
  void list_malformedLineNamingAnotherFile_isIgnored() {
    server.put("/events/filesizes", "12x4 2005.zip\n" + bodies.get("201303.zip").length + " 201303.zip\n");

    assertThat(names(list(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 3, 2)))).containsExactly("201303.zip");
  }

  @Test
  void span_eachKindOfName_coversItsPeriod() {
    assertThat(V1Listing.span("1979.zip"))
        .hasValue(new V1Listing.Span(LocalDate.of(1979, 1, 1), LocalDate.of(1979, 12, 31)));
    assertThat(V1Listing.span("201202.zip"))
        .hasValue(new V1Listing.Span(LocalDate.of(2012, 2, 1), LocalDate.of(2012, 2, 29)));
    assertThat(V1Listing.span("20130401.export.CSV.zip"))
        .hasValue(new V1Listing.Span(LocalDate.of(2013, 4, 1), LocalDate.of(2013, 4, 1)));
    assertThat(V1Listing.span("GDELT.MASTERREDUCEDV2.1979-2013.zip")).isEqualTo(Optional.empty());
    assertThat(V1Listing.span("20131340.export.CSV.zip")).isEmpty();
    assertThat(V1Listing.span("201313.zip")).isEmpty();
  }
}
