package org.strait.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobParamsTest {
  private static final List<ParamSpec> SPECS = List.of(
      ParamSpec.dyad("dyad", "the pair"),
      ParamSpec.integer("runs", 100, 1, 10_000, "replicates"),
      ParamSpec.integer("horizon", 24, 1, 120, "months ahead"),
      ParamSpec.month("from", "first month"),
      ParamSpec.bool("strict", false, "entities only"));

  private static JobParams check(String json) throws Exception {
    return JobParams.check(new ObjectMapper().readTree(json), SPECS);
  }

  @Test
  void check_valid_typedValuesAndDefaults() throws Exception {
    JobParams p = check("{\"dyad\":\"kor-jpn\",\"runs\":10000,\"from\":\"2014-02\"}");
    assertThat(p.dyad("dyad").toString()).isEqualTo("KOR-JPN");
    assertThat(p.integer("runs")).isEqualTo(10_000);
    assertThat(p.integer("horizon")).isEqualTo(24);
    assertThat(p.month("from")).isEqualTo(YearMonth.of(2014, 2));
    assertThat(p.bool("strict")).isFalse();
    assertThat(p.asMap()).containsEntry("runs", 10_000L).containsEntry("strict", false)
        .containsEntry("dyad", "KOR-JPN");
  }

  @Test
  void check_limitsAndKinds_everyProblemAtOnce() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> check("{\"runs\":10001,\"horizon\":1.5,\"from\":\"2014-2\",\"strict\":1,\"seed\":3}"));
    assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("params.seed",
        "params.dyad", "params.runs", "params.horizon", "params.from", "params.strict");
    assertThat(e.problems()).filteredOn(p -> p.field().equals("params.runs")).singleElement()
        .extracting(FieldProblem::message).asString().contains("1..10000").contains("10001");
  }

  @Test
  void check_notAnObject_problemOnParams() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> check("[1]"));
    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("params");
  }
}
