package org.strait.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One month's mechanism terms: the mechanisms that are on, evaluated in id order on one {@link Step}. The
 * simulation ({@link Model}) and the fit ({@code org.strait.fit}) both get a month's hazards, pushes, equilibrium
 * shift, cooperation factor and cross-lag from here, so that there is one piece of code per mechanism. In a
 * simulation the state-free mechanisms' terms ({@link Mechanism#stateFree}) come from its plan's {@link MonthTable},
 * recorded once a month for all runs and replayed in their place, the same doubles as a call would give.
 *
 * <p>Lifecycle per month: {@link #begin} (the month's drivers, states and start-of-month temperatures), dated relation
 * pushes through {@link #step()}, {@link #hazards}, then {@link #push}; then read the terms. Mutable: one per model
 * or path, not thread-safe; the mechanisms themselves are immutable and shared.
 */
public final class MonthTerms {
  private final MonthTable table;
  private final Step step;
  private int t;

  /**
   * Creates the terms of the mechanisms {@code on}, every one called each month.
   *
   * @param on the mechanisms switched on, in any order (they are evaluated in id order)
   * @param reversion the model's reversion rate per month, for mechanisms that read it
   * @param threatBaseline the long-run mean of the threat state under the base test rates ({@link ThreatProcess#baseline})
   */
  public MonthTerms(List<Mechanism> on, double reversion, double threatBaseline) {
    List<Mechanism> sorted = new ArrayList<>(on);
    sorted.sort(Comparator.comparing(Mechanism::id));
    this.table = MonthTable.live(sorted.toArray(new Mechanism[0]));
    this.step = new Step(reversion, threatBaseline);
  }

  /**
   * Creates the terms of a plan's mechanisms: the state-free ones replayed from {@code table} (month {@code t} of
   * {@link #begin} is the plan's month), the others called.
   */
  MonthTerms(MonthTable table, double reversion, double threatBaseline) {
    this.table = table;
    this.step = new Step(reversion, threatBaseline);
  }

  /** Returns the ids of the mechanisms evaluated, in order. */
  public List<MechanismId> ids() {
    return java.util.Arrays.stream(table.mechanisms).map(Mechanism::id).toList();
  }

  /**
   * Starts month {@code t}: clears the terms and shows the mechanisms this month's values.
   *
   * @param year the month as a decimal year (January = whole year)
   * @param drivers this month's drivers by {@link Driver#ordinal()}
   * @param baseline the drivers' slow baselines ({@link DriverBaseline}) before this month
   * @param jpnToKor latent JPN→KOR temperature at the start of the month
   * @param korToJpn latent KOR→JPN temperature at the start of the month
   * @param sentiment Korean public sentiment, -1..+1, at the start of the month
   * @param issues the issue states by {@link Issue#ordinal()}, read live (the mechanisms see later changes)
   */
  public void begin(int t, double year, double[] drivers, double[] baseline, double jpnToKor, double korToJpn,
      double sentiment, double[] issues) {
    this.t = t;
    step.begin(t, year, drivers, baseline, jpnToKor, korToJpn, sentiment, issues);
  }

  /** Returns the month's step, e.g. to add a dated relation push. */
  public Step step() {
    return step;
  }

  /** Lets every mechanism add its event hazards, with the threat state {@code threat}. */
  public void hazards(double threat) {
    step.threat(threat);
    run(table.hazards, false);
  }

  /** Returns the flare hazard the mechanisms added to issue {@code issue} (by ordinal) this month. */
  public double hazard(int issue) {
    return step.hazard(issue);
  }

  /** Lets every mechanism add its pushes, shifts and cooperation factors, with the threat state {@code threat}. */
  public void push(double threat) {
    step.threat(threat);
    run(table.pushes, true);
  }

  /** Calls the phase's live mechanisms in id order, replaying the month's recorded terms at their places. */
  private void run(MonthTable.Phase phase, boolean push) {
    Mechanism[] live = phase.live();
    int[] start = phase.start();
    if (start == null) {
      for (Mechanism m : live) {
        call(m, push);
      }
      return;
    }
    int[] index = phase.index();
    double[] value = phase.value();
    int[] before = phase.before();
    int k = start[t];
    int cut = t * live.length;
    for (int j = 0; j < live.length; j++) {
      for (int end = before[cut + j]; k < end; k++) {
        step.apply(index[k], value[k]);
      }
      call(live[j], push);
    }
    for (int end = start[t + 1]; k < end; k++) {
      step.apply(index[k], value[k]);
    }
  }

  private void call(Mechanism m, boolean push) {
    if (push) {
      m.push(step);
    } else {
      m.hazards(step);
    }
  }

  /** Returns the sum of the mechanisms' cross-lags ({@link Mechanism#crossLag}): constant over the months. */
  public double crossLag() {
    return table.crossLag;
  }

  /** Returns the month's cooperative push on JPN→KOR, before the cooperation factor. */
  public double cooperativeJk() {
    return step.terms[Step.COOP_JK];
  }

  /** Returns the month's cooperative push on KOR→JPN, before the cooperation factor. */
  public double cooperativeKj() {
    return step.terms[Step.COOP_KJ];
  }

  /** Returns the month's hostile push on JPN→KOR. */
  public double hostileJk() {
    return step.terms[Step.HOSTILE_JK];
  }

  /** Returns the month's hostile push on KOR→JPN. */
  public double hostileKj() {
    return step.terms[Step.HOSTILE_KJ];
  }

  /** Returns the month's shift of the equilibrium. */
  public double equilibriumShift() {
    return step.terms[Step.SHIFT];
  }

  /** Returns the month's cooperation factor, 0..1. */
  public double cooperationFactor() {
    return step.terms[Step.FACTOR];
  }
}
