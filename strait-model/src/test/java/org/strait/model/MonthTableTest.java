package org.strait.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.strait.model.mechanism.AdministrationCycle;
import org.strait.model.mechanism.Mechanisms;
import org.strait.model.mechanism.PublicOpinion;
import org.strait.model.mechanism.UsMediation;

/**
 * The state-free mechanisms' table: a run's terms replayed from it are the very doubles that calling every mechanism
 * gives (the fit's way, {@link MonthTerms}'s public constructor), and a mechanism that misdeclares itself or records an
 * invalid term fails when the plan is compiled, naming itself and the month.
 */
class MonthTableTest {
  private static final int MONTHS = 240;
  private static final YearMonth START = YearMonth.of(2005, 1);

  /** Drivers that move every month (seeded), inaugurations that reset, so every mechanism's term changes. */
  private static double[][] drivers(SplittableRandom rng) {
    double[][] d = new double[MONTHS][Driver.values().length];
    for (int t = 0; t < MONTHS; t++) {
      for (Driver x : Driver.values()) {
        d[t][x.ordinal()] = x.neutral() + rng.nextDouble(-2, 2);
      }
      d[t][Driver.MONTHS_SINCE_SEOUL_INAUGURATION.ordinal()] = t % 60;
      d[t][Driver.MONTHS_SINCE_TOKYO_INAUGURATION.ordinal()] = (t + 17) % 40;
      d[t][Driver.SEOUL_ORIENTATION.ordinal()] = t < 120 ? -1 : 1;
    }
    return d;
  }

  @Test
  void replayedTerms_allTwelveMechanisms_equalCalledTermsBitForBit() {
    Parameters p = Mechanisms.defaults().with(Map.of(UsMediation.ETA, 0.7, AdministrationCycle.TOKYO_WEIGHT, 0.6,
        PublicOpinion.DAMPING, 0.8));
    List<Mechanism> all = Mechanisms.all(p);
    Mechanism[] sorted = all.toArray(new Mechanism[0]);
    SplittableRandom rng = new SplittableRandom(5);
    double[][] drivers = drivers(rng);
    double[][] baselines = new double[MONTHS][];
    double[] years = new double[MONTHS];
    double[] b = DriverBaseline.start();
    for (int t = 0; t < MONTHS; t++) {
      baselines[t] = b.clone();
      DriverBaseline.update(b, drivers[t]);
      years[t] = START.getYear() + t / 12.0;
    }
    double reversion = 0.12;
    double threatBaseline = 0.3;
    MonthTable table = MonthTable.of(sorted, reversion, threatBaseline, START, years, drivers, baselines);
    assertThat(table.pushes.index()).as("the state-free mechanisms' recorded pushes").hasSizeGreaterThan(MONTHS * 7);
    assertThat(table.pushes.live()).extracting(Mechanism::id)
        .containsExactly(MechanismId.M1, MechanismId.M6, MechanismId.M9);
    assertThat(table.hazards.live()).extracting(Mechanism::id).containsExactly(MechanismId.M7);

    MonthTerms called = new MonthTerms(all, reversion, threatBaseline);
    MonthTerms replayed = new MonthTerms(table, reversion, threatBaseline);
    assertThat(replayed.crossLag()).isEqualTo(called.crossLag());
    for (int t = 0; t < MONTHS; t++) {
      double[] issues = new double[Issue.COUNT];
      for (int i = 0; i < Issue.COUNT; i++) {
        issues[i] = rng.nextDouble() < 0.3 ? 0 : rng.nextDouble();
      }
      double jk = rng.nextDouble(-8, 8);
      double kj = rng.nextDouble(-8, 8);
      double sentiment = rng.nextDouble(-1, 1);
      double threat = rng.nextDouble(0, 3);
      double push = rng.nextDouble(-1, 1);
      double[] expected = terms(called, t, years[t], drivers[t], baselines[t], jk, kj, sentiment, issues, threat, push);
      double[] got = terms(replayed, t, years[t], drivers[t], baselines[t], jk, kj, sentiment, issues, threat, push);
      for (int k = 0; k < expected.length; k++) {
        assertThat(Double.doubleToRawLongBits(got[k])).as("month %s, term %s", t, k)
            .isEqualTo(Double.doubleToRawLongBits(expected[k]));
      }
    }
  }

  /** Runs one month of {@code terms} the way the model does and returns every term it reports. */
  private static double[] terms(MonthTerms terms, int t, double year, double[] drivers, double[] baseline, double jk,
      double kj, double sentiment, double[] issues, double threat, double push) {
    terms.begin(t, year, drivers, baseline, jk, kj, sentiment, issues);
    terms.step().push(push);
    terms.hazards(threat);
    double[] out = new double[6 + Issue.COUNT];
    for (int i = 0; i < Issue.COUNT; i++) {
      out[6 + i] = terms.hazard(i);
    }
    terms.push(threat);
    out[0] = terms.cooperativeJk();
    out[1] = terms.cooperativeKj();
    out[2] = terms.hostileJk();
    out[3] = terms.hostileKj();
    out[4] = terms.equilibriumShift();
    out[5] = terms.cooperationFactor();
    return out;
  }

  @Test
  void compile_stateFreeMechanismReadingState_failsNamingItAndTheMonth() {
    Mechanism liar = stateFree(PublicOpinion.SPEC, s -> s.scaleCooperation(1 - 0.5 * (1 - s.sentiment()) / 2));
    RunSpec spec = TestSpecs.quiet(12, EnumSet.of(MechanismId.M9), Drivers.neutral(), List.of(), Map.of());
    assertThatThrownBy(() -> Simulation.compile(spec, List.of(liar)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("M9 in 2023-04: a state-free mechanism (Mechanism.stateFree) read the run's sentiment");
  }

  @Test
  void compile_stateFreeMechanismWithInvalidTerm_failsNamingItAndTheMonth() {
    Mechanism bad = stateFree(UsMediation.SPEC, s -> s.scaleCooperation(s.t() == 3 ? 1.5 : 0.5));
    RunSpec spec = TestSpecs.quiet(12, EnumSet.of(MechanismId.M4), Drivers.neutral(), List.of(), Map.of());
    assertThatThrownBy(() -> Simulation.compile(spec, List.of(bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("M4 in 2023-07: cooperation factor must be within 0..1, was 1.5");
  }

  /** Returns a mechanism declared by {@code spec} that calls itself state-free and pushes by {@code push}. */
  private static Mechanism stateFree(MechanismSpec spec, Consumer<Step> push) {
    return new Mechanism() {
      @Override
      public MechanismSpec spec() {
        return spec;
      }

      @Override
      public boolean stateFree() {
        return true;
      }

      @Override
      public void push(Step s) {
        push.accept(s);
      }
    };
  }
}
