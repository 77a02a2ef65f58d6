package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.app.fit.StoreFixture;
import org.strait.core.Version;

class BacktestCommandTest {
  @TempDir Path dir;

  @Test
  void backtest_json_recordsSpanSeedVersionAndScoresEveryForecaster() throws Exception {
    String db = StoreFixture.synthetic(dir.resolve("s.duckdb"), YearMonth.of(2005, 1), 48, 4).toString();
    CliRun run = CliRun.of("backtest", "--db", db, "--train", "2005-01..2007-06", "--test", "2007-07..2008-12",
        "--seed", "9", "--samples", "100", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.at("/meta/dataStart").asText()).isEqualTo("2005-01");
    assertThat(root.at("/meta/dataEnd").asText()).isEqualTo("2008-12");
    assertThat(root.at("/meta/trainEnd").asText()).isEqualTo("2007-06");
    assertThat(root.at("/meta/seed").asLong()).isEqualTo(9);
    assertThat(root.at("/meta/version").asText()).isEqualTo(Version.current());
    // 48 months x 12 events between JPN and KOR
    assertThat(root.at("/meta/events").asLong()).isEqualTo(48 * 12);
    // 5 forecasters x 4 horizons; origins 2007-06..2008-11, so h=1 scores 18 targets and h=12 scores 7
    assertThat(root.get("backtest")).hasSize(20);
    for (JsonNode s : root.get("backtest")) {
      if (s.get("horizon").asInt() == 1) {
        assertThat(s.get("n").asInt()).isEqualTo(18);
      }
      if (s.get("horizon").asInt() == 12) {
        assertThat(s.get("n").asInt()).isEqualTo(7);
      }
    }
    assertThat(root.at("/fit/estimates/M1.beta/lower").asDouble())
        .isLessThanOrEqualTo(root.at("/fit/estimates/M1.beta/estimate").asDouble());
    assertThat(root.at("/summary").fieldNames()).toIterable().containsExactly("model (conditional)",
        "model (unconditional)");
  }

  @Test
  void backtest_sameSeed_sameReport() throws Exception {
    String db = StoreFixture.synthetic(dir.resolve("s.duckdb"), YearMonth.of(2005, 1), 36, 5).toString();
    String[] args = {"backtest", "--db", db, "--train", "2005-01..2006-12", "--test", "2007-01..2007-12",
        "--samples", "50"};
    CliRun a = CliRun.of(args);
    CliRun b = CliRun.of(args);
    assertThat(a.code()).as(a.err()).isZero();
    assertThat(a.out()).isEqualTo(b.out()).contains("Conditional forecasts").contains("Unconditional forecasts")
        .contains("skill vs persistence");
  }

  @Test
  void backtest_testNotRightAfterTraining_isAUsageError() throws Exception {
    String db = StoreFixture.synthetic(dir.resolve("s.duckdb"), YearMonth.of(2005, 1), 12, 6).toString();
    CliRun run = CliRun.of("backtest", "--db", db, "--train", "2005-01..2006-12", "--test", "2007-03..2007-12");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--test must start the month after --train ends (2007-01)");
    CliRun bad = CliRun.of("backtest", "--db", db, "--train", "2005-01-2006-12");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--train must be YYYY-MM..YYYY-MM");
    CliRun missing = CliRun.of("backtest", "--db", dir.resolve("none.duckdb").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no store at");
  }
}
