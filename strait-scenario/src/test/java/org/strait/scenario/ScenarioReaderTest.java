package org.strait.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.model.Driver;
import org.strait.model.Issue;
import org.strait.model.LeverKind;
import org.strait.model.MechanismId;
import org.strait.model.RunSpec;
import org.strait.model.ShockKind;
import org.strait.model.scenario.Scenario;

class ScenarioReaderTest {
  static final String VALID = """
      # a test scenario
      id: test-case
      title: A test case
      follows:
        seeds: [seed 004]
        claim: "M7: linkage"
      start: 2023-04
      horizon: 24
      mechanisms: {M12: false, M3: true}
      parameters:
        M2.beta: -0.4
      initial:
        temperature: 1.5
        sentiment: -0.2
        issues: {wartime-labour: 0.5}
      governments:
        - {capital: seoul, month: 2022-05, orientation: conservative}
      shocks:
        - {month: 2023-06, kind: issue-flare, issue: gsomia, magnitude: 0.7}
        - {month: 2023-07, kind: nuclear-test}
      drivers:
        us-chn-conflict:
          - {month: 2023-04, value: 0.0}
          - {month: 2024-04, value: 2.0}
      levers:
        - {month: 2023-09, kind: gsomia-restored, strength: 2}
      thresholds:
        - {name: low-2019, below: -1.5, note: provisional}
      """;

  @Test
  void parse_validFile_buildsEveryField() {
    Scenario s = ScenarioReader.parse(VALID, "test.yaml");
    assertThat(s.id()).isEqualTo("test-case");
    assertThat(s.seeds()).containsExactly("seed 004");
    assertThat(s.start()).isEqualTo(YearMonth.of(2023, 4));
    assertThat(s.enabled()).doesNotContain(MechanismId.M12).contains(MechanismId.M3, MechanismId.M1);
    assertThat(s.parameterValues().get("M2.beta")).isEqualTo(-0.4);
    assertThat(s.initial().issues()).containsEntry(Issue.WARTIME_LABOUR, 0.5);
    assertThat(s.shocks()).hasSize(2);
    assertThat(s.shocks().get(1).kind()).isEqualTo(ShockKind.NUCLEAR_TEST);
    assertThat(s.shocks().get(1).magnitude()).isEqualTo(1.0);
    assertThat(s.levers().get(0).kind()).isEqualTo(LeverKind.GSOMIA_RESTORED);
    assertThat(s.levers().get(0).strength()).isEqualTo(2.0);
    assertThat(s.thresholds().get(0).below()).isTrue();
    RunSpec spec = s.toRunSpec();
    assertThat(spec.drivers().value(Driver.US_CHN_CONFLICT, YearMonth.of(2023, 10))).isEqualTo(1.0);
    assertThat(spec.drivers().value(Driver.SEOUL_ORIENTATION, YearMonth.of(2023, 10))).isEqualTo(1.0);
    assertThat(spec.drivers().value(Driver.MONTHS_SINCE_SEOUL_INAUGURATION, YearMonth.of(2023, 10))).isEqualTo(17);
    assertThat(spec.drivers().value(Driver.MONTHS_SINCE_TOKYO_INAUGURATION, YearMonth.of(2023, 10)))
        .isEqualTo(Driver.MONTHS_SINCE_TOKYO_INAUGURATION.neutral());
  }

  @Test
  void parse_manyProblems_reportsEveryOneWithItsPath() {
    String bad = VALID
        .replace("- {month: 2023-07, kind: nuclear-test}", "- {month: 2031-13, kind: nuclear-test}")
        .replace("horizon: 24", "horizon: 24\ncolour: blue")
        .replace("M2.beta: -0.4", "M2.beta: 7\n  M1.betta: 0.1")
        .replace("kind: gsomia-restored", "kind: gsomia-rescued")
        .replace("temperature: 1.5", "temperature: 12")
        .replace("{M12: false, M3: true}", "{M13: false, M3: yes-please}")
        .replace("issue: gsomia,", "issue: fishing,")
        .replace("below: -1.5", "below: -1.5, above: 2");
    ScenarioInvalidException e = catchThrowableOfType(ScenarioInvalidException.class,
        () -> ScenarioReader.parse(bad, "bad.yaml"));
    assertThat(e.violations()).extracting(Violation::toString).contains(
        "shocks[1].month: 2031-13 is not a month",
        "colour: unknown field (expected one of " + String.join(", ", topFields()) + ")",
        "parameters.M2.beta: 7.0 is outside -2.0..2.0",
        "parameters.M1.betta: unknown parameter",
        "levers[0].kind: unknown lever 'gsomia-rescued'",
        "initial.temperature: 12.0 is outside -9.99..9.99",
        "mechanisms.M13: unknown mechanism (M1 to M12)",
        "mechanisms.M3: must be true or false, was \"yes-please\"",
        "shocks[0].issue: unknown issue 'fishing'",
        "thresholds[0]: needs exactly one of below or above");
    assertThat(e.violations()).hasSize(10);
    assertThat(e.getMessage()).startsWith("bad.yaml: 10 problems");
  }

  private static java.util.List<String> topFields() {
    String message = catchThrowableOfType(ScenarioInvalidException.class,
        () -> ScenarioReader.parse(VALID + "zzz: 1\n", "x")).violations().get(0).message();
    return java.util.List.of(message.substring(message.indexOf("of ") + 3, message.length() - 1).split(", "));
  }

  @Test
  void parse_shockOutsideTheRun_named() {
    String late = VALID.replace("month: 2023-06, kind: issue-flare", "month: 2026-06, kind: issue-flare");
    assertThatThrownBy(() -> ScenarioReader.parse(late, "late.yaml"))
        .isInstanceOf(ScenarioInvalidException.class)
        .hasMessageContaining("shocks[0].month: 2026-06 is outside the run 2023-04..2025-03");
  }

  @Test
  void parse_missingRequiredFields_listed() {
    ScenarioInvalidException e = catchThrowableOfType(ScenarioInvalidException.class,
        () -> ScenarioReader.parse("id: x\n", "min.yaml"));
    assertThat(e.violations()).extracting(Violation::toString)
        .contains("title: is missing", "follows: is missing", "start: is missing", "horizon: is missing",
            "initial: is missing");
  }

  @Test
  void parse_brokenYaml_namesLine() {
    assertThatThrownBy(() -> ScenarioReader.parse("id: x\ntitle: [unclosed\n", "broken.yaml"))
        .isInstanceOf(ScenarioInvalidException.class)
        .hasMessageContaining("broken.yaml: 1 problem")
        .hasMessageContaining("line 3")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void parse_duplicateKey_rejected() {
    assertThatThrownBy(() -> ScenarioReader.parse(VALID + "horizon: 30\n", "dup.yaml"))
        .isInstanceOf(ScenarioInvalidException.class).hasMessageContaining("horizon");
  }

  @Test
  void read_missingFile_isUsageError(@TempDir Path dir) {
    assertThatThrownBy(() -> ScenarioReader.read(dir.resolve("none.yaml")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
  }

  @Test
  void read_realFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, VALID);
    assertThat(ScenarioReader.read(f).horizonMonths()).isEqualTo(24);
  }

  @Test
  void parse_badSeedName_rejected() {
    assertThatThrownBy(() -> ScenarioReader.parse(VALID.replace("[seed 004]", "[seed 007]"), "s.yaml"))
        .isInstanceOf(ScenarioInvalidException.class).hasMessageContaining("follows.seeds[0]");
  }
}
