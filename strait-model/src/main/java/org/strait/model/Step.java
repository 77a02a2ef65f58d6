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
  private final double[] hazard = new double[Issue.COUNT];
  double coopJk;
  double coopKj;
  double hostileJk;
  double hostileKj;
  double equilibriumShift;
  double cooperationFactor;

  Step(double reversion, double threatBaseline) {
    this.reversion = reversion;
    this.threatBaseline = threatBaseline;
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
    java.util.Arrays.fill(hazard, 0);
    coopJk = 0;
    coopKj = 0;
    hostileJk = 0;
    hostileKj = 0;
    equilibriumShift = 0;
    cooperationFactor = 1;
  }

  void threat(double threat) {
    this.threat = threat;
  }

  double hazard(int issue) {
    return hazard[issue];
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
    return threat;
  }

  /**
   * Returns the threat state minus its long-run mean under the base test rates, z units: 0 in an ordinary month,
   * positive after tests, negative when tests are rarer than usual (e.g. during talks).
   */
  public double threatAnomaly() {
    return threat - threatBaseline;
  }

  /** Returns the state of {@code issue} this month, 0 dormant to 1 inflamed. */
  public double issue(Issue issue) {
    return issues[issue.ordinal()];
  }

  /** Returns Korean public sentiment towards Japan, -1 hostile to +1 warm, at the start of the month. */
  public double sentiment() {
    return sentiment;
  }

  /** Returns the latent JPN→KOR temperature at the start of the month. */
  public double jpnToKor() {
    return jpnToKor;
  }

  /** Returns the latent KOR→JPN temperature at the start of the month. */
  public double korToJpn() {
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
    if (jpnToKorPush > 0) {
      coopJk += jpnToKorPush;
    } else {
      hostileJk += jpnToKorPush;
    }
    if (korToJpnPush > 0) {
      coopKj += korToJpnPush;
    } else {
      hostileKj += korToJpnPush;
    }
  }

  /** Moves this month's equilibrium by {@code indexPoints}; the temperature reverts towards the moved level. */
  public void shiftEquilibrium(double indexPoints) {
    equilibriumShift += indexPoints;
  }

  /** Multiplies this month's cooperative pushes by {@code factor}, 0 to 1. */
  public void scaleCooperation(double factor) {
    if (!(factor >= 0 && factor <= 1)) {
      throw new IllegalArgumentException("cooperation factor must be within 0..1, was " + factor);
    }
    cooperationFactor *= factor;
  }

  /** Adds {@code perMonth} to the flare hazard of {@code issue} this month. */
  public void addFlareHazard(Issue issue, double perMonth) {
    if (!(perMonth >= 0 && Double.isFinite(perMonth))) {
      throw new IllegalArgumentException("hazard must be non-negative, was " + perMonth);
    }
    hazard[issue.ordinal()] += perMonth;
  }
}
