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

class VerdictsCommandTest {
  @TempDir Path dir;

  @Test
  void verdicts_json_isKeyedByMechanismWithOneVerdictPerClaim() throws Exception {
    String db = StoreFixture.synthetic(dir.resolve("s.duckdb"), YearMonth.of(2005, 1), 36, 7).toString();
    CliRun run = CliRun.of("verdicts", "--db", db, "--train", "2005-01..2006-12", "--test", "2007-01..2007-12",
        "--samples", "30", "--seed", "3", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("refitting without M12");
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.at("/meta/seed").asLong()).isEqualTo(3);
    assertThat(root.at("/meta/version").asText()).isEqualTo(Version.current());
    assertThat(root.at("/meta/dataEnd").asText()).isEqualTo("2007-12");
    assertThat(root.at("/meta/rule").asText()).contains("contradicted").contains("leave-future-out")
        .contains("√(SE² + MCSE²)");
    assertThat(root.at("/meta/sampling/method").asText()).isEqualTo("mcmc");
    assertThat(root.at("/meta/sampling/chains").asInt()).isEqualTo(4);
    assertThat(root.at("/meta/sampling/maxRhat").asDouble()).isGreaterThanOrEqualTo(1.0);
    assertThat(root.at("/meta/intervals").asText()).contains("posterior intervals").contains("R-hat");
    JsonNode m = root.get("mechanisms");
    assertThat(m.fieldNames()).toIterable().containsExactly("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9",
        "M10", "M11", "M12");
    assertThat(m.at("/M2/claims")).hasSize(2);
    assertThat(m.at("/M2/claims/0/predictedSign").asInt()).isEqualTo(-1);
    assertThat(m.at("/M2/claims/1/predictedSign").asInt()).isEqualTo(1);
    for (JsonNode mech : m) {
      for (JsonNode claim : mech.get("claims")) {
        assertThat(claim.get("verdict").asText()).isIn("supported", "contradicted", "not distinguishable from noise");
        assertThat(claim.at("/skillChangeWhenRemoved/conditional").fieldNames()).toIterable()
            .containsExactly("h1", "h3", "h6", "h12");
      }
      assertThat(mech.get("lower").asDouble()).isLessThanOrEqualTo(mech.get("upper").asDouble());
      assertThat(mech.get("elpdDiff").isNumber()).as(mech.toString()).isTrue();
      assertThat(mech.get("elpdSe").asDouble()).isNotNegative();
      // both refits sample their posteriors: the difference of their densities carries Monte Carlo error
      assertThat(mech.get("elpdMcse").asDouble()).as(mech.toString()).isPositive();
      assertThat(mech.has("detectable")).isTrue();
    }
    // M2's parameter is signed: its two claims' sign probabilities add up to one; M6's starts at zero: none
    assertThat(m.at("/M2/claims/0/signProbability").asDouble() + m.at("/M2/claims/1/signProbability").asDouble())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(m.at("/M6/signProbability").isNull()).isTrue();
    // Twelve test months of a synthetic store: no mechanism helps by two standard errors, and each reason says how
    // large an effect would have shown
    for (JsonNode mech : m) {
      for (JsonNode claim : mech.get("claims")) {
        assertThat(claim.get("verdict").asText()).isEqualTo("not distinguishable from noise");
        assertThat(claim.get("reason").asText()).contains("show in these months").contains("Monte Carlo SE");
      }
    }
    // the table is kept in the store as printed, with its provenance
    try (org.strait.store.EventStore store = org.strait.store.EventStore.open(Path.of(db))) {
      org.strait.store.SavedVerdicts kept = store.reader().latestVerdicts().orElseThrow();
      assertThat(new ObjectMapper().readTree(kept.json())).isEqualTo(root);
      assertThat(kept.computedBy()).isEqualTo("strait verdicts");
      assertThat(kept.trainStart()).isEqualTo(YearMonth.of(2005, 1));
      assertThat(kept.trainEnd()).isEqualTo(YearMonth.of(2006, 12));
      assertThat(kept.testEnd()).isEqualTo(YearMonth.of(2007, 12));
      assertThat(kept.seed()).isEqualTo(3);
      assertThat(kept.samples()).isEqualTo(30);
      assertThat(kept.dataEnd()).isEqualTo(YearMonth.of(2007, 12));
    }
  }

  @Test
  void verdicts_unknownFormat_isAUsageError() throws Exception {
    String db = StoreFixture.synthetic(dir.resolve("s.duckdb"), YearMonth.of(2005, 1), 12, 8).toString();
    CliRun run = CliRun.of("verdicts", "--db", db, "--format", "pdf");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--format must be md, html or json");
  }
}
