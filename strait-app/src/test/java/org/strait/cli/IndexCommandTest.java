package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.app.HandWrittenStores;
import picocli.CommandLine;

/** {@code strait index} and {@code strait turning-points} on a store written by hand. */
class IndexCommandTest {
  @TempDir Path dir;
  private Path db;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void store() throws Exception {
    db = dir.resolve("store.duckdb");
    HandWrittenStores.threeMonths(db);
  }

  @Test
  void index_csv_headerAndTheHandCountedMonths() {
    assertThat(run("index", "--db", db.toString(), "--dyad", "JPN-KOR")).isZero();
    String[] lines = out.toString().split("\n");
    assertThat(lines[0]).isEqualTo("dyad,month,source,events,goldstein_sum,goldstein_mean,verbal_cooperation,"
        + "material_cooperation,verbal_conflict,material_conflict,share_verbal_cooperation,"
        + "share_material_cooperation,share_verbal_conflict,share_material_conflict,effective_events,raw,"
        + "raw_lower,raw_upper,net_cooperation,net_lower,net_upper,index,sd,lower,upper,level,level_sd,level_lower,"
        + "level_upper");
    assertThat(lines).hasSize(4);
    List<String> january = Arrays.asList(lines[1].split(",", -1));
    assertThat(january.subList(0, 11)).containsExactly("JPN-KOR", "2014-01", "icews14", "2", "2.0", "1.0", "1", "0",
        "1", "0", "0.5");
    // one cooperative and one conflictual event: a net cooperation share of 0 inside its interval
    assertThat(january.get(18)).isEqualTo("0.0");
    assertThat(Double.parseDouble(january.get(19))).isLessThan(0);
    assertThat(Double.parseDouble(january.get(20))).isGreaterThan(0);
    assertThat(Double.parseDouble(january.get(16))).isLessThan(Double.parseDouble(january.get(15)));
    assertThat(Double.parseDouble(january.get(17))).isGreaterThan(Double.parseDouble(january.get(15)));
    List<String> february = Arrays.asList(lines[2].split(",", -1));
    assertThat(february.get(3)).isEqualTo("0");
    assertThat(february.subList(15, 21)).as("raw measures of an empty month").containsOnly("");
    double index = Double.parseDouble(february.get(21));
    assertThat(index).isBetween(Double.parseDouble(february.get(23)), Double.parseDouble(february.get(24)));
  }

  @Test
  void index_directedJson_oneDirectionWithNullForEmptyMonths() throws Exception {
    assertThat(run("index", "--db", db.toString(), "--dyad", "KOR-JPN", "--directed", "--format", "json",
        "--from", "2014-01", "--to", "2014-02")).isZero();
    JsonNode series = new ObjectMapper().readTree(out.toString()).get(0);
    assertThat(series.get("dyad").asText()).isEqualTo("KOR->JPN");
    assertThat(series.get("points")).hasSize(2);
    assertThat(series.get("points").get(0).get("events").asLong()).isEqualTo(1);
    assertThat(series.get("points").get(0).get("raw").asDouble()).isEqualTo(-2.0);
    assertThat(series.get("points").get(1).get("raw").isNull()).isTrue();
    assertThat(series.get("version").asText()).isNotBlank();
  }

  @Test
  void index_parquetAndChart_writeFilesThatReadBack() throws Exception {
    Path parquet = dir.resolve("jk.parquet");
    Path png = dir.resolve("jk.png");
    assertThat(run("index", "--db", db.toString(), "--dyad", "JPN-KOR", "--format", "parquet", "--out",
        parquet.toString(), "--chart", png.toString())).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         PreparedStatement s = c.prepareStatement("SELECT month, events FROM read_parquet(?) ORDER BY month")) {
      s.setString(1, parquet.toString());
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("2014-01");
        assertThat(r.getLong(2)).isEqualTo(2);
      }
    }
    byte[] head = Arrays.copyOf(Files.readAllBytes(png), 4);
    assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
  }

  @Test
  void index_allPairs_givesEveryOrderedAndUnorderedPair() {
    assertThat(run("index", "--db", db.toString(), "--dyad", "all", "--countries", "JPN,KOR,CHN")).isZero();
    List<String> dyads = out.toString().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().toList();
    assertThat(dyads).containsExactlyInAnyOrder("JPN->KOR", "KOR->JPN", "JPN->CHN", "CHN->JPN", "KOR->CHN",
        "CHN->KOR", "JPN-KOR", "CHN-JPN", "CHN-KOR");
  }

  @Test
  void index_badArguments_exitTwoWithTheReason() {
    assertThat(run("index", "--db", db.toString(), "--dyad", "JPN-KOR", "--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("--format must be csv, json or parquet, was 'xml'");
    assertThat(run("index", "--db", db.toString(), "--dyad", "JPN-KOR", "--from", "2014-13")).isEqualTo(2);
    assertThat(err.toString()).contains("--from must be a month YYYY-MM, was '2014-13'");
    assertThat(run("index", "--db", dir.resolve("none.duckdb").toString(), "--dyad", "JPN-KOR")).isEqualTo(2);
    assertThat(err.toString()).contains("no store at");
    assertThat(run("index", "--db", db.toString(), "--dyad", "JPN-KOR", "--source", "gdelt2")).isEqualTo(2);
    assertThat(err.toString()).contains("no source 'gdelt2' in the store; it holds: icews14");
  }

  @Test
  void turningPoints_clearFall_oneDownRowWithSeedAndVersion() throws Exception {
    Path fall = dir.resolve("fall.duckdb");
    HandWrittenStores.fall(fall);
    assertThat(run("turning-points", "--db", fall.toString(), "--dyad", "JPN-KOR", "--replicates", "200")).isZero();
    String[] lines = out.toString().split("\n");
    assertThat(lines[0]).isEqualTo("dyad,month,kind,periods,direction,measure,confidence,statistic,events,before,"
        + "after,notes,false_alarm,seed,version");
    assertThat(lines).hasSize(2);
    List<String> row = Arrays.asList(lines[1].split(",", -1));
    // the fall is as clear in the mean Goldstein score as in the net cooperation share (+1 to -1): one turn, found
    // in the index's own measure first
    assertThat(row.subList(0, 6)).containsExactly("JPN-KOR", "2011-01", "level", "1", "down", "goldstein");
    assertThat(Double.parseDouble(row.get(6))).isGreaterThan(0.95);
    assertThat(row.get(8)).isEqualTo("20");
    // offsets i % 3 - 1 over i = 0..19 are seven -1, seven 0 and six +1: a mean of -0.05 every month, so the
    // smoothed level either side of the fall is 3.95 and -3.05
    assertThat(Double.parseDouble(row.get(9))).isCloseTo(3.95, within(0.05));
    assertThat(Double.parseDouble(row.get(10))).isCloseTo(-3.05, within(0.05));
    assertThat(row.get(13)).isEqualTo("1");

    out.getBuffer().setLength(0);
    assertThat(run("turning-points", "--db", fall.toString(), "--dyad", "JPN-KOR", "--format", "json",
        "--replicates", "200", "--seed", "7")).isZero();
    JsonNode result = new ObjectMapper().readTree(out.toString()).get(0);
    assertThat(result.get("seed").asLong()).isEqualTo(7);
    assertThat(result.get("turning_points").get(0).get("month").asText()).isEqualTo("2011-01");
    assertThat(result.get("turning_points").get(0).get("direction").asText()).isEqualTo("down");
    assertThat(result.get("turning_points").get(0).get("kind").asText()).isEqualTo("level");
  }

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }
}
