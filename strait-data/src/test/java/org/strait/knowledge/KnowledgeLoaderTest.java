package org.strait.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads edited copies of the shipped files from a folder and checks that each kind of error is reported. */
class KnowledgeLoaderTest {
  private static final List<String> FILES = List.of(KnowledgeFiles.CHRONICLE, KnowledgeFiles.LEADERS,
      KnowledgeFiles.ELECTIONS, KnowledgeFiles.DISPUTES, KnowledgeFiles.LINKS, KnowledgeFiles.FIGURES,
      KnowledgeFiles.ACTORS);

  @TempDir
  Path dir;

  @BeforeEach
  void copyShippedFiles() throws IOException {
    for (String f : FILES) {
      try (InputStream in = KnowledgeFiles.class.getResourceAsStream(f)) {
        Files.copy(in, dir.resolve(f));
      }
    }
  }

  private void append(String file, String... lines) throws IOException {
    Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
  }

  private long lineCount(String file) throws IOException {
    return Files.readAllLines(dir.resolve(file)).size();
  }

  private List<Violation> violations() {
    try {
      Knowledge.load(dir);
    } catch (KnowledgeException e) {
      return e.violations();
    }
    throw new AssertionError("expected the load to fail");
  }

  @Test
  void load_unchangedCopy_succeeds() {
    assertThat(Knowledge.load(dir).chronicle().size()).isEqualTo(Knowledge.standard().chronicle().size());
  }

  @Test
  void load_unknownDisputeId_reportedWithFileAndLine() throws IOException {
    long line = lineCount(KnowledgeFiles.CHRONICLE) + 1;
    append(KnowledgeFiles.CHRONICLE,
        "test-entry,2019-07-01,A test entry,JPN;KOR,policy,,no-such-dispute,0,seed:001,high");
    assertThat(violations()).containsExactly(new Violation(KnowledgeFiles.CHRONICLE, line,
        "field 'disputes': unknown dispute id 'no-such-dispute'"));
  }

  @Test
  void load_impossibleAndMalformedDates_reported() throws IOException {
    long line = lineCount(KnowledgeFiles.CHRONICLE) + 1;
    append(KnowledgeFiles.CHRONICLE,
        "feb-30,2019-02-30,Impossible day,JPN,policy,,,0,seed:001,high",
        "bad-form,19-7-1,Bad form,JPN,policy,,,0,seed:001,high",
        "too-late,2031-01-01,After the span,JPN,policy,,,0,seed:001,high");
    List<Violation> v = violations();
    assertThat(v).hasSize(3);
    assertThat(v.get(0).line()).isEqualTo(line);
    assertThat(v.get(0).message()).contains("field 'date'", "2019-02-30", "does not exist");
    assertThat(v.get(1).line()).isEqualTo(line + 1);
    assertThat(v.get(1).message()).contains("is not YYYY, YYYY-MM or YYYY-MM-DD");
    assertThat(v.get(2).message()).contains("outside");
  }

  @Test
  void load_missingSourceAndUnknownSeed_reported() throws IOException {
    long line = lineCount(KnowledgeFiles.CHRONICLE) + 1;
    append(KnowledgeFiles.CHRONICLE,
        "no-source,2019-07-01,No source,JPN,policy,,,0,,high",
        "bad-seed,2019-07-01,Bad seed,JPN,policy,,,0,seed:009,high");
    assertThat(violations()).containsExactly(
        new Violation(KnowledgeFiles.CHRONICLE, line, "field 'source' is missing"),
        new Violation(KnowledgeFiles.CHRONICLE, line + 1,
            "field 'source': 'seed:009' names no seed (seed:000 to seed:004)"));
  }

  @Test
  void load_overlappingTerm_reported() throws IOException {
    long line = lineCount(KnowledgeFiles.LEADERS) + 1;
    append(KnowledgeFiles.LEADERS,
        "USA-president,Test Person,1975-01-01,1976-01-01,no,Republican,,,Test source,high");
    List<Violation> v = violations();
    assertThat(v).extracting(Violation::file).containsOnly(KnowledgeFiles.LEADERS);
    assertThat(v).anySatisfy(x -> {
      assertThat(x.line()).isEqualTo(line);
      assertThat(x.message()).contains("overlaps", "Gerald Ford");
    });
  }

  @Test
  void load_undeclaredGap_reportedAndDeclaredGapAccepted() throws IOException {
    String text = Files.readString(dir.resolve(KnowledgeFiles.LEADERS));
    Files.writeString(dir.resolve(KnowledgeFiles.LEADERS),
        text.replace("Hua Guofeng,1976-10-07,1981-06-29,no,Chinese Communist Party,,yes,",
            "Hua Guofeng,1976-10-07,1981-06-29,no,Chinese Communist Party,,,"));
    assertThat(violations()).singleElement().satisfies(x ->
        assertThat(x.message()).contains("gap from 1976-09-09 to 1976-10-07", "Hua Guofeng"));
  }

  @Test
  void load_missingOrientationForSeoul_reported() throws IOException {
    String text = Files.readString(dir.resolve(KnowledgeFiles.LEADERS));
    Files.writeString(dir.resolve(KnowledgeFiles.LEADERS),
        text.replace("Democratic Party of Korea,progressive,,National Election Commission; seed:002",
            "Democratic Party of Korea,,,National Election Commission; seed:002"));
    assertThat(violations()).singleElement().satisfies(x ->
        assertThat(x.message()).isEqualTo("a KOR-president term needs its party and orientation"));
  }

  @Test
  void load_badLinkReferences_reported() throws IOException {
    long line = lineCount(KnowledgeFiles.LINKS) + 1;
    append(KnowledgeFiles.LINKS, "gsomia,no-such,retaliation,no-such-entry,seed:001,high");
    assertThat(violations()).containsExactly(
        new Violation(KnowledgeFiles.LINKS, line, "field 'to': unknown dispute id 'no-such'"),
        new Violation(KnowledgeFiles.LINKS, line, "field 'evidence': unknown chronicle entry 'no-such-entry'"));
  }

  @Test
  void load_errorsInSeveralFiles_allReportedAtOnce() throws IOException {
    append(KnowledgeFiles.CHRONICLE, "x,2019-13-01,Bad month,JPN,policy,,,0,seed:001,high");
    append(KnowledgeFiles.ACTORS, "Someone,jpn,person,Government,,,,Test");
    append(KnowledgeFiles.FIGURES, "f,2020,m,KOR,not-a-number,ratio,seed:000,high,");
    append(KnowledgeFiles.DISPUTES, "comfort-women,Duplicate,JPN;KOR,history,Again.,seed:001");
    append(KnowledgeFiles.ELECTIONS, "KOR,2020-04-15,referendum,Nobody,Test,high");
    assertThat(violations()).extracting(Violation::file).containsExactlyInAnyOrder(KnowledgeFiles.ACTORS,
        KnowledgeFiles.CHRONICLE, KnowledgeFiles.DISPUTES, KnowledgeFiles.ELECTIONS, KnowledgeFiles.FIGURES);
  }

  @Test
  void load_wrongFieldCount_reportedNotPadded() throws IOException {
    long line = lineCount(KnowledgeFiles.CHRONICLE) + 1;
    append(KnowledgeFiles.CHRONICLE, "short,2019-01-01,Too few fields");
    assertThat(violations()).containsExactly(
        new Violation(KnowledgeFiles.CHRONICLE, line, "expected 10 fields, found 3"));
  }

  @Test
  void load_duplicateActorName_reported() throws IOException {
    append(KnowledgeFiles.ACTORS, "Shinzo Abe,KOR,person,Government,,,,Wrong country");
    assertThatThrownBy(() -> Knowledge.load(dir)).isInstanceOf(KnowledgeException.class)
        .hasMessageContaining("name 'shinzo abe' already resolves to JPN");
  }
}
