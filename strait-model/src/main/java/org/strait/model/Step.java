package org.strait.model;

/**
 * The model's month as a mechanism sees it: this month's drivers and auxiliary states to read, and the terms a
 * mechanism may add.
 *
 * <p>Units: temperatures and pushes are latent index points (close to index points near the middle of the scale,
 * see {@link Model}); sentiment is on -1..+1; issue states on 0..1; threat in z units. A step is owned by one
 * {@link MonthTerms} (of a simulation's model or of the fit) and valid only during the {@link Mechanism#hazards} or
 * {@link Mechanism#push} call it is given to.
 */
public final class Step {
  private final double reversion;
  private final double threatBaseline;
  private int t;
  private double year;
  private double[] drivers;
  private double[] baseline;
  private double jpnToKor;
  private double korToJpn;
  private double sentiment;
  private double threat;
  private double[] issues;
  /** The month's terms, by the indices below; every term a mechanism adds goes through {@link #add} or {@link #apply}. */
  final double[] terms = new double[HAZARD + Issue.COUNT];
  /** While recording ({@link MonthTable}): the terms added, in order, as (index, value); null otherwise. */
  private TermLog log;

  /** Index of the cooperative push on JPN→KOR in {@link #terms}. */
  static final int COOP_JK = 0;
  /** Index of the cooperative push on KOR→JPN. */
  static final int COOP_KJ = 1;
  /** Index of the hostile push on JPN→KOR. */
  static final int HOSTILE_JK = 2;
  /** Index of the hostile push on KOR→JPN. */
  static final int HOSTILE_KJ = 3;
  /** Index of the equilibrium shift. */
  static final int SHIFT = 4;
  /** Index of the cooperation factor, the one term that is multiplied rather than added to. */
  static final int FACTOR = 5;
  /** Index of issue 0's flare hazard; issue {@code i}'s is at {@code HAZARD + i}. */
  static final int HAZARD = 6;

  Step(double reversion, double threatBaseline) {
    this.reversion = reversion;
    this.threatBaseline = threatBaseline;
  }

  /** Creates a step that records the terms added to it into {@code log} and refuses to show the run's state. */
  Step(double reversion, double threatBaseline, TermLog log) {
    this(reversion, threatBaseline);
    this.log = log;
  }

  void begin(int t, double year, double[] drivers, double[] baseline, double jpnToKor, double korToJpn, double sentiment, double[] issues) {
    this.t = t;
    this.year = year;
    this.drivers = drivers;
    this.baseline = baseline;
    this.jpnToKor = jpnToKor;
    this.korToJpn = korToJpn;
    this.sentiment = sentiment;
    this.issues = issues;
    java.util.Arrays.fill(terms, 0);
    terms[FACTOR] = 1;
  }

  void threat(double threat) {
    this.threat = threat;
  }

  double hazard(int issue) {
    return terms[HAZARD + issue];
  }

  /**
   * Adds {@code value} to term {@code index} (multiplies the cooperation factor by it): what a mechanism's call did
   * when it was recorded, replayed with the same arithmetic.
   */
  void apply(int index, double value) {
    if (index == FACTOR) {
      terms[FACTOR] *= value;
    } else {
      terms[index] += value;
    }
  }

  /** Applies a mechanism's term, logging it first while recording. */
  private void add(int index, double value) {
    if (log != null) {
      log.add(index, value);
    }
    apply(index, value);
  }

  private void state(String what) {
    if (log != null) {
      throw new IllegalStateException("a state-free mechanism (Mechanism.stateFree) read the run's " + what);
    }
  }

  /** Returns the month's index from the start of the run, 0-based. */
  public int t() {
    return t;
  }

  /** Returns the month as a decimal year, e.g. 2012.0 for January 2012 and 2012.5 for July. */
  public double year() {
    return year;
  }

  /** Returns this month's value of {@code driver}, in its unit. */
  public double driver(Driver driver) {
    return drivers[driver.ordinal()];
  }

  /**
   * Returns this month's deviation of {@code driver} from its slow baseline ({@link DriverBaseline}): what a
   * mechanism pushes the temperature by, so that a driver that trends or sits at a new level cannot drift it.
   */
  public double deviation(Driver driver) {
    return drivers[driver.ordinal()] - baseline[driver.ordinal()];
  }

  /** Returns the North Korean threat state from tests this month and earlier, z units, non-negative. */
  public double threat() {
    state("threat");
    return threat;
  }

  /**
   * Returns the threat state minus its long-run mean under the base test rates, z units: 0 in an ordinary month,
   * positive after tests, negative when tests are rarer than usual (e.g. during talks).
   */
  public double threatAnomaly() {
    state("threat");
    return threat - threatBaseline;
  }

  /** Returns the state of {@code issue} this month, 0 dormant to 1 inflamed. */
  public double issue(Issue issue) {
    state("issue states");
    return issues[issue.ordinal()];
  }

  /** Returns Korean public sentiment towards Japan, -1 hostile to +1 warm, at the start of the month. */
  public double sentiment() {
    state("sentiment");
    return sentiment;
  }

  /** Returns the latent JPN→KOR temperature at the start of the month. */
  public double jpnToKor() {
    state("temperature");
    return jpnToKor;
  }

  /** Returns the latent KOR→JPN temperature at the start of the month. */
  public double korToJpn() {
    state("temperature");
    return korToJpn;
  }

  /** Returns the model's reversion rate, per month. */
  public double reversion() {
    return reversion;
  }

  /** Adds the same push to both directions; a positive push is cooperative and goes through the cooperation factor. */
  public void push(double indexPoints) {
    pushDirected(indexPoints, indexPoints);
  }

  /** Adds pushes to JPN→KOR and KOR→JPN; positive parts are cooperative and go through the cooperation factor. */
  public void pushDirected(double jpnToKorPush, double korToJpnPush) {
    add(jpnToKorPush > 0 ? COOP_JK : HOSTILE_JK, jpnToKorPush);
    add(korToJpnPush > 0 ? COOP_KJ : HOSTILE_KJ, korToJpnPush);
  }

  /** Moves this month's equilibrium by {@code indexPoints}; the temperature reverts towards the moved level. */
  public void shiftEquilibrium(double indexPoints) {
    add(SHIFT, indexPoints);
  }

  /** Multiplies this month's cooperative pushes by {@code factor}, 0 to 1. */
  public void scaleCooperation(double factor) {
    if (!(factor >= 0 && factor <= 1)) {
      throw new IllegalArgumentException("cooperation factor must be within 0..1, was " + factor);
    }
    add(FACTOR, factor);
  }

  /** Adds {@code perMonth} to the flare hazard of {@code issue} this month. */
  public void addFlareHazard(Issue issue, double perMonth) {
    if (!(perMonth >= 0 && Double.isFinite(perMonth))) {
      throw new IllegalArgumentException("hazard must be non-negative, was " + perMonth);
    }
    add(HAZARD + issue.ordinal(), perMonth);
  }
}
