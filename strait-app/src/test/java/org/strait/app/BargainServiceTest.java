package org.strait.app;

import org.strait.core.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strait.app.bargain.BargainCase;
import org.strait.app.bargain.BargainInputException;
import org.strait.app.bargain.DisputeReaders;
import org.strait.bargain.Dispute;
import org.strait.bargain.SmpOptions;
import org.strait.bargain.Stakeholder;
import org.strait.bargain.Uncertainty;

/** The bargaining use case on the shipped wartime-labour case. */
class BargainServiceTest {
  private static final BargainCase CASE = DisputeReaders.read(Path.of("src/main/resources/cases/wartime-labour.yaml"));

  @Test
  void model_unknownNameOrOption_isAUsageError() {
    assertThatThrownBy(() -> BargainService.model("nash", Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eu or smp, was nash");
    assertThatThrownBy(() -> BargainService.model("smp", Map.of("noSuchOption", "1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noSuchOption");
  }

  @Test
  void model_anyCase_recordsItsOptions() {
    BargainService.Chosen smp = BargainService.model("SMP", Map.of());
    assertThat(smp.options()).containsOnlyKeys("smp");
    assertThat(smp.options().get("smp")).isEqualTo(SmpOptions.defaults());
    assertThat(BargainService.model("eu", Map.of()).options()).containsOnlyKeys("eu");
  }

  @Test
  void run_withoutMonteCarlo_recordsNoUncertainty() {
    BargainService.Outcome o = BargainService.run(CASE, BargainService.model("smp", Map.of()), 0, null, 1, 1,
        Progress.NONE);
    assertThat(o.monteCarlo()).isNull();
    assertThat(o.options()).containsOnlyKeys("smp");
    assertThat(o.run().roundCount()).isGreaterThan(1);
  }

  @Test
  void run_spatialModelOnTwoThreads_givesTheSequentialRun() {
    // 90 actors: enough for the spatial model to spread its challenges when given more than one thread
    java.util.SplittableRandom rng = new java.util.SplittableRandom(12);
    List<Stakeholder> actors = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      actors.add(new Stakeholder("A" + i, "", rng.nextDouble(10, 200),
          List.of(Math.floor(rng.nextDouble() * 1000) / 10), List.of(rng.nextDouble(60, 100))));
    }
    BargainCase many = BargainCase.of(new Dispute("many", "", List.of("issue"), actors));
    BargainService.Outcome one = BargainService.run(many, BargainService.model("smp", Map.of()), 0, null, 1, 1,
        Progress.NONE);
    BargainService.Outcome two = BargainService.run(many, BargainService.model("smp", Map.of()), 0, null, 1, 2,
        Progress.NONE);
    assertThat(two.run().roundCount()).isEqualTo(one.run().roundCount()).isGreaterThan(3);
    for (int i = 0; i < actors.size(); i++) {
      assertThat(two.run().finalPosition(i, 0)).as(actors.get(i).name()).isEqualTo(one.run().finalPosition(i, 0));
    }
  }

  @Test
  void run_monteCarlo_sameSeed_sameOutcomesOnAnyThreadCount_andTwoSteps() {
    List<String> steps = new ArrayList<>();
    BargainService.Outcome one = BargainService.run(CASE, BargainService.model("smp", Map.of()), 40,
        Uncertainty.defaults(), 3, 1, (done, total, step) -> steps.add(done + "/" + total + " " + step));
    BargainService.Outcome two = BargainService.run(CASE, BargainService.model("smp", Map.of()), 40,
        Uncertainty.defaults(), 3, 2, Progress.NONE);
    assertThat(one.monteCarlo().draws()).hasSize(40);
    assertThat(two.monteCarlo().quantile(0, 0.5)).isEqualTo(one.monteCarlo().quantile(0, 0.5));
    assertThat(one.options()).containsKeys("smp", "uncertainty");
    assertThat(steps).containsExactly("0/2 bargaining", "1/2 Monte Carlo, 40 runs", "2/2 done");
  }

  @Test
  void read_shippedCase_readsIt_andADisputeOverTheActorLimit_isAnInputErrorNamingTheFile(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    assertThat(BargainService.read(Path.of("src/main/resources/cases/wartime-labour.yaml")).dispute().size())
        .isEqualTo(CASE.dispute().size());
    // KTAB's 40-actor example grown past the limit: its header states the number of actors
    Path example = SharedPaths.data("ktab-examples").resolve("dummyData-a040.csv");
    List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(example));
    String template = lines.get(lines.size() - 1);
    int second = template.indexOf(',', template.indexOf(',') + 1);
    int extra = BargainService.MAX_ACTORS + 1;
    for (int i = 0; i < extra; i++) {
      lines.add("Extra" + i + ",Extra actor " + i + template.substring(second));
    }
    String[] head = lines.get(0).split(",", -1);
    head[2] = " " + (Integer.parseInt(head[2].trim()) + extra);
    lines.set(0, String.join(",", head));
    Path many = dir.resolve("many.csv");
    java.nio.file.Files.write(many, lines);
    assertThatThrownBy(() -> BargainService.read(many)).isInstanceOf(BargainInputException.class)
        .hasMessageContaining("many.csv").hasMessageContaining("at most 320 actors");
  }
}
