package org.strait.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One month's mechanism terms: the mechanisms that are on, evaluated in id order on one {@link Step}. The
 * simulation ({@link Model}) and the fit ({@code org.strait.fit}) both get a month's hazards, pushes, equilibrium
 * shift, cooperation factor and cross-lag from here, so that there is one piece of code per mechanism.
 *
 * <p>Lifecycle per month: {@link #begin} (the month's drivers, states and start-of-month temperatures), dated relation
 * pushes through {@link #step()}, {@link #hazards}, then {@link #push}; then read the terms. Mutable: one per model
 * or path, not thread-safe; the mechanisms themselves are immutable and shared.
 */
public final class MonthTerms {
  private final Mechanism[] mechanisms;
  private final Step step;
  private final double crossLag;

  /**
   * Creates the terms of the mechanisms {@code on}.
   *
   * @param on the mechanisms switched on, in any order (they are evaluated in id order)
   * @param reversion the model's reversion rate per month, for mechanisms that read it
   * @param threatBaseline the long-run mean of the threat state under the base test rates ({@link ThreatProcess#baseline})
   */
  public MonthTerms(List<Mechanism> on, double reversion, double threatBaseline) {
    List<Mechanism> sorted = new ArrayList<>(on);
    sorted.sort(Comparator.comparing(Mechanism::id));
    this.mechanisms = sorted.toArray(new Mechanism[0]);
    this.step = new Step(reversion, threatBaseline);
    double lag = 0;
    for (Mechanism m : mechanisms) {
      lag += m.crossLag();
    }
    this.crossLag = lag;
  }

  /** Returns the ids of the mechanisms evaluated, in order. */
  public List<MechanismId> ids() {
    return java.util.Arrays.stream(mechanisms).map(Mechanism::id).toList();
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
    step.begin(t, year, drivers, baseline, jpnToKor, korToJpn, sentiment, issues);
  }

  /** Returns the month's step, e.g. to add a dated relation push. */
  public Step step() {
    return step;
  }

  /** Lets every mechanism add its event hazards, with the threat state {@code threat}. */
  public void hazards(double threat) {
    step.threat(threat);
    for (Mechanism m : mechanisms) {
      m.hazards(step);
    }
  }

  /** Returns the flare hazard the mechanisms added to issue {@code issue} (by ordinal) this month. */
  public double hazard(int issue) {
    return step.hazard(issue);
  }

  /** Lets every mechanism add its pushes, shifts and cooperation factors, with the threat state {@code threat}. */
  public void push(double threat) {
    step.threat(threat);
    for (Mechanism m : mechanisms) {
      m.push(step);
    }
  }

  /** Returns the sum of the mechanisms' cross-lags ({@link Mechanism#crossLag}): constant over the months. */
  public double crossLag() {
    return crossLag;
  }

  /** Returns the month's cooperative push on JPN→KOR, before the cooperation factor. */
  public double cooperativeJk() {
    return step.coopJk;
  }

  /** Returns the month's cooperative push on KOR→JPN, before the cooperation factor. */
  public double cooperativeKj() {
    return step.coopKj;
  }

  /** Returns the month's hostile push on JPN→KOR. */
  public double hostileJk() {
    return step.hostileJk;
  }

  /** Returns the month's hostile push on KOR→JPN. */
  public double hostileKj() {
    return step.hostileKj;
  }

  /** Returns the month's shift of the equilibrium. */
  public double equilibriumShift() {
    return step.equilibriumShift;
  }

  /** Returns the month's cooperation factor, 0..1. */
  public double cooperationFactor() {
    return step.cooperationFactor;
  }
}
