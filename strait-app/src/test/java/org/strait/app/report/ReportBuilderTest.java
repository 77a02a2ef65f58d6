package org.strait.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.core.Version;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.quad.NamedQuadReader;
import org.strait.knowledge.StandardActors;
import org.strait.model.SeedClaim;
import org.strait.model.mechanism.Mechanisms;
import org.strait.store.EventStore;

/**
 * The report on a small store written here: 48 months 2010-01..2013-12, month i with {@code 6 + i % 4}
 * Japan→South Korea events on days 1, 2, ...: "Consult" (Goldstein +1) except for {@code 5i mod 3} "Criticize or
 * denounce" (Goldstein −2), four more of those from 2012-08 on, so that the index falls in August 2012. The
 * forecast is left out here (two more fits); ReportCommandForecastTest covers it.
 */
class ReportBuilderTest {
  static final YearMonth FIRST = YearMonth.of(2010, 1);
  static final int MONTHS = 48;
  static final YearMonth FALL = YearMonth.of(2012, 8);
  static final long SEED = 7;
  static final Path REPO = Path.of(System.getProperty("user.dir")).getParent();
  static final Path SCENARIOS = REPO.resolve("scenarios");
  static final Path CASE = REPO.resolve("strait-app/src/main/resources/cases/wartime-labour.yaml");

  @TempDir static Path dir;
  static String html;

  @BeforeAll
  static void build() throws IOException {
    try (EventStore store = EventStore.open(dir.resolve("small.duckdb"))) {
      writeAndIngest(store, dir.resolve("small.txt"));
      ReportSettings settings = new ReportSettings("small <store> & \"co\"", SEED, 20, 0.10, 2, SCENARIOS, CASE,
          true, false);
      html = new ReportBuilder(settings).build(store.reader());
    }
  }

  static void writeAndIngest(EventStore store, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      YearMonth m = FIRST.plusMonths(i);
      int cooperative = cooperativeIn(i);
      for (int k = 0; k < eventsIn(i); k++) {
        lines.add("Japan\t" + (k < cooperative ? "Consult" : "Criticize or denounce") + "\tSouth Korea\t"
            + m.atDay(1 + k));
      }
    }
    Files.write(file, lines);
    store.ingest(file, new NamedQuadReader(), new ReadOptions("test-quads", Set.copyOf(Country.DEFAULT_SET),
        StandardActors.resolver(), null, 0));
  }

  /** Returns the events of month {@code i} (0 = 2010-01): 6 to 9. */
  static int eventsIn(int month) {
    return 6 + month % 4;
  }

  /** Returns the "Consult" events of month {@code i}; the others are "Criticize or denounce". */
  static int cooperativeIn(int month) {
    int criticisms = FIRST.plusMonths(month).isBefore(FALL) ? month * 5 % 3 : 4 + month * 5 % 3;
    return eventsIn(month) - criticisms;
  }

  @Test
  void build_smallStore_statesTheSpanMonthsAndEventsInserted() {
    int total = 0;
    for (int i = 0; i < MONTHS; i++) {
      total += eventsIn(i);
    }
    assertThat(html).contains("Data span 2010-01..2013-12: 48 months, 48 of them with events; " + total
        + " distinct");
    for (int year = 2010; year <= 2013; year++) {
      int events = 0;
      for (int i = 0; i < MONTHS; i++) {
        events += FIRST.plusMonths(i).getYear() == year ? eventsIn(i) : 0;
      }
      assertThat(html).contains("<tr><td>" + year + "</td><td>12</td><td>" + events + "</td>");
    }
  }

  @Test
  void build_smallStore_tablesTheFallOfAugust2012WithTheChronicleAndItsSource() {
    // August 2012 is month 31: 6 + 31 % 4 = 9 events
    Matcher row = Pattern.compile("<tr><td>2012-08</td><td>(?:level|shock)</td><td>down</td><td>[a-zA-Z ]+</td>"
        + "<td>[0-9.]+</td>"
        + "<td>9</td><td>[0-9.]+</td><td>-?[0-9.]+</td><td>([^<]*)</td></tr>").matcher(html);
    assertThat(row.find()).as("turning-point row of 2012-08").isTrue();
    assertThat(row.group(1)).contains("2012-08-10 Lee Myung-bak visits Dokdo")
        .contains("(Lee Myung-bak visit to Dokdo of 10 Aug 2012)");
    assertThat(html).contains("false-alarm rate of 0.10").contains("with seed " + SEED);
    // the list under the chart explains the numbered marks with the chronicle's entries and their sources
    assertThat(html).containsPattern("<ol class=\"annotations\">\n(<li>[^\n]*\n)*<li>2012-08 "
        + "\\((?:level|shock), down\\): <br>[^\n]*2012-08-10 Lee Myung-bak visits Dokdo[^\n]* — source: "
        + "Lee Myung-bak visit to Dokdo of 10 Aug 2012");
  }

  @Test
  void build_smallStore_judgesEveryClaimAndSaysWhereTheModelLoses() {
    for (SeedClaim claim : Mechanisms.claims()) {
      assertThat(html).containsPattern("<tr><td>" + Pattern.quote(Html.escape(claim.label() + " "
          + Mechanisms.spec(claim.mechanism()).title())) + "</td><td>" + Pattern.quote(Html.escape(claim.source())) + "</td>");
    }
    // 48 months: trained on the first 24 and tested on the last 24; origins 2011-12..2013-11, all months observed
    assertThat(html).contains("fitted on 2010-01..2011-12 and judged on 2012-01..2013-12");
    for (String f : List.of("model (conditional)", "model (unconditional)", "climatology", "persistence", "ar1")) {
      assertThat(html).contains("<tr><td>1</td><td>" + f + "</td><td>24</td>")
          .contains("<tr><td>12</td><td>" + f + "</td><td>13</td>");
    }
    Matcher skill = Pattern.compile("<tr><td>(\\d+)</td><td>(model \\((?:un)?conditional\\))</td><td>([^<]+)</td>"
        + "<td>([^<]+)</td><td>([^<]+)</td></tr>").matcher(html);
    List<String> baselines = List.of("climatology", "persistence", "ar1");
    int rows = 0;
    while (skill.find()) {
      rows++;
      for (int k = 0; k < 3; k++) {
        String value = skill.group(3 + k);
        if (value.startsWith("-")) {
          assertThat(html).containsPattern(Pattern.quote("The " + skill.group(2) + " against " + baselines.get(k)
              + ": loses at ") + "[^<]*" + Pattern.quote(skill.group(1) + " (" + value));
        }
      }
    }
    assertThat(rows).isEqualTo(8);
  }

  @Test
  void build_shippedScenarios_drawsAFanChartAndThresholdsForEach() throws IOException {
    List<String> ids;
    try (Stream<Path> s = Files.list(SCENARIOS)) {
      ids = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5)).toList();
    }
    assertThat(ids).isNotEmpty();
    for (String id : ids) {
      assertThat(html).contains("<h3 id=\"scenario-" + id + "\">")
          .contains("Fan chart of scenario " + id + ", 20 runs");
    }
    assertThat(count(html, "<figure>")).isEqualTo(1 + ids.size() + 1);
    assertThat(html).contains("P(crossed by");
  }

  @Test
  void build_wartimeLabourCase_putsTheForecastNextToTheBaselineComputedFromTheFile() throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(CASE.toFile());
    double num = 0;
    double den = 0;
    for (JsonNode a : root.get("stakeholders")) {
      double w = a.get("capability").asDouble() * a.get("saliences").get(0).asDouble();
      num += w * a.get("positions").get(0).asDouble();
      den += w;
    }
    String baseline = String.format(Locale.ROOT, "%.1f", num / den);
    String observed = String.format(Locale.ROOT, "%.1f", root.get("observed").get("position").asDouble());
    assertThat(html).containsPattern("<tr><td>payer</td><td>[^<]*</td><td>[0-9.]+</td><td>" + Pattern.quote(baseline)
        + "</td><td>[0-9.]+ to [0-9.]+</td><td>" + Pattern.quote(observed) + "</td></tr>");
    assertThat(html).contains("Monte Carlo: 20 runs, seed " + SEED);
  }

  @Test
  void build_figures_areEmbeddedPngsWithSpanSeedAndVersion() throws IOException {
    Matcher m = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
    assertThat(m.find()).isTrue();
    BufferedImage index = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
    assertThat(index.getWidth()).isEqualTo(1000);
    assertThat(index.getHeight()).isEqualTo(500);
    Matcher captions = Pattern.compile("<figcaption>([^<]*)</figcaption>").matcher(html);
    int n = 0;
    while (captions.find()) {
      assertThat(captions.group(1)).contains("Data span ").contains("seed " + SEED)
          .contains("strait " + Version.current());
      n++;
    }
    assertThat(n).isEqualTo(count(html, "<figure>")).isGreaterThan(2);
  }

  @Test
  void build_anyStore_referencesNothingOutsideThePageAndEscapesText() {
    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"?\\s*(https?:|//)")
        .doesNotContainPattern("(?i)<script|<link|@import|url\\(");
    Matcher refs = Pattern.compile("(?i)(src|href)=\"([^\"]*)\"").matcher(html);
    while (refs.find()) {
      assertThat(refs.group(2)).matches("#[a-z-]+|data:image/png;base64,.*");
    }
    assertThat(html).contains("Store small &lt;store&gt; &amp; &quot;co&quot;;").doesNotContain("small <store>");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
