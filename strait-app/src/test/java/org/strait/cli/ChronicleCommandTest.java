package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ChronicleCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private List<String> lines() {
    return Arrays.stream(out.toString().split("\\R")).filter(s -> !s.isBlank()).toList();
  }

  @Test
  void chronicle_period_listsEntriesOnePerLineStartingWithIsoDate() {
    assertThat(run("chronicle", "--from", "2019-07-01", "--to", "2019-08-31")).isZero();
    List<String> lines = lines();
    assertThat(lines).isNotEmpty();
    // Entries known only to the year 2019 overlap the period too and sort first (they start on 1 January).
    assertThat(lines).allMatch(l -> l.matches("^2019(-0[78](-\\d{2})?)?\\s.*"));
    assertThat(lines).anyMatch(l -> l.startsWith("2019        future-consensus-dialogue-2019  "));
    assertThat(lines.stream().filter(l -> l.startsWith("2019-")).findFirst().orElseThrow())
        .startsWith("2019-07-01  export-controls-2019  ");
    assertThat(lines).anyMatch(l -> l.startsWith("2019-08-22  gsomia-termination-notice"));
  }

  @Test
  void chronicle_disputeAndActor_filterTogether() {
    assertThat(run("chronicle", "--dispute", "gsomia", "--actor", "kor")).isZero();
    assertThat(lines()).isNotEmpty().allMatch(l -> l.contains("gsomia") && l.contains("KOR"));
    assertThat(lines()).anyMatch(l -> l.startsWith("2016-11-23  gsomia-signed"));
  }

  @Test
  void chronicle_csv_hasHeaderAndOneRowPerEntry() {
    assertThat(run("chronicle", "--from", "1998-10-08", "--to", "1998-10-08", "--format", "csv")).isZero();
    assertThat(lines().get(0)).isEqualTo("date,precision,id,title,actors,kind,cameo,disputes,direction,source,"
        + "confidence");
    // The October 1998 month-precision entry overlaps the day; entries sort by first day, so it comes first.
    assertThat(lines()).hasSize(3);
    assertThat(lines().get(1)).startsWith("1998-10,month,japanese-culture-opening,");
    assertThat(lines().get(2)).startsWith("1998-10-08,day,joint-declaration-1998,");
    assertThat(lines().get(2)).endsWith(",declaration,057,,+1,"
        + "Japan-Republic of Korea Joint Declaration of 8 Oct 1998; seed:001; seed:003; seed:004,high");
  }

  @Test
  void csvField_cellWithCommaOrQuote_isQuoted() {
    assertThat(Csv.field("a, b")).isEqualTo("\"a, b\"");
    assertThat(Csv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(Csv.field("plain")).isEqualTo("plain");
  }

  @Test
  void chronicle_json_isAnArrayOfEntries() throws Exception {
    assertThat(run("chronicle", "--dispute", "export-controls", "--format", "json")).isZero();
    JsonNode array = new ObjectMapper().readTree(out.toString());
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isGreaterThan(5);
    for (JsonNode e : array) {
      assertThat(e.get("disputes").toString()).contains("export-controls");
      assertThat(e.get("date").asText()).matches("\\d{4}(-\\d{2}){0,2}");
    }
  }

  @Test
  void chronicle_badArguments_exitWithUsageCode() {
    assertThat(run("chronicle", "--from", "2019-02-30")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--from").contains("'2019-02-30' is not a date YYYY-MM-DD");
    assertThat(run("chronicle", "--dispute", "nope")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown dispute 'nope'");
    assertThat(run("chronicle", "--format", "xml")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("chronicle", "--from", "2020-01-01", "--to", "2019-01-01")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--from 2020-01-01 is after --to 2019-01-01");
  }

  @Test
  void chronicle_help_exitsZero() {
    assertThat(run("chronicle", "--help")).isZero();
    assertThat(out.toString()).contains("--dispute", "--actor", "--format");
  }
}
