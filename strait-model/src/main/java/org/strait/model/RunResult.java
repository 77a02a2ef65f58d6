package org.strait.model;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.strait.core.Event;
import org.strait.core.Require;
import org.strait.core.Version;

/**
 * The immutable outcome of one run: the monthly paths of every latent state, the random events that happened, the
 * synthetic events if asked for, and the seed and version that reproduce it. Arrays are copied in and out.
 *
 * @param start the first simulated month
 * @param seed the seed of the run's random stream
 * @param temperature the JPN–KOR relation temperature per month, -10..+10
 * @param jpnToKor the JPN→KOR temperature per month
 * @param korToJpn the KOR→JPN temperature per month
 * @param sentiment Korean public sentiment per month, -1..+1
 * @param threat the North Korean threat state per month, z units
 * @param issues issue states, {@code issues[issue.ordinal()][month]}, 0..1
 * @param nuclearTests nuclear tests per month, scheduled and random
 * @param flares issue flares per month, scheduled and random
 * @param events synthetic CAMEO events, empty unless asked for
 * @param version the strait version that produced the run
 */
public record RunResult(
    YearMonth start,
    long seed,
    double[] temperature,
    double[] jpnToKor,
    double[] korToJpn,
    double[] sentiment,
    double[] threat,
    double[][] issues,
    int[] nuclearTests,
    int[] flares,
    List<Event> events,
    String version) {

  /** Checks that every path has the same length and copies the arrays. */
  public RunResult {
    Require.nonNull(start, "start");
    int h = temperature.length;
    Require.argument(jpnToKor.length == h && korToJpn.length == h && sentiment.length == h && threat.length == h
        && nuclearTests.length == h && flares.length == h && issues.length == Issue.COUNT,
        "paths of a run must all have %s months", h);
    temperature = temperature.clone();
    jpnToKor = jpnToKor.clone();
    korToJpn = korToJpn.clone();
    sentiment = sentiment.clone();
    threat = threat.clone();
    double[][] copy = new double[issues.length][];
    for (int i = 0; i < issues.length; i++) {
      Require.argument(issues[i].length == h, "issue path %s must have %s months", i, h);
      copy[i] = issues[i].clone();
    }
    issues = copy;
    nuclearTests = nuclearTests.clone();
    flares = flares.clone();
    events = List.copyOf(events);
    Require.nonNull(version, "version");
  }

  RunResult(YearMonth start, long seed, double[] temperature, double[] jpnToKor, double[] korToJpn,
      double[] sentiment, double[] threat, double[][] issues, int[] nuclearTests, int[] flares, List<Event> events) {
    this(start, seed, temperature, jpnToKor, korToJpn, sentiment, threat, issues, nuclearTests, flares, events,
        Version.current());
  }

  /** Returns the number of simulated months. */
  public int months() {
    return temperature.length;
  }

  /** Returns the month of index {@code t}. */
  public YearMonth month(int t) {
    return start.plusMonths(t);
  }

  /** Returns the temperature in month {@code t} without copying the path. */
  public double temperatureAt(int t) {
    return temperature[t];
  }

  /** Returns the state of {@code issue} in month {@code t}. */
  public double issueAt(Issue issue, int t) {
    return issues[issue.ordinal()][t];
  }

  @Override
  public double[] temperature() {
    return temperature.clone();
  }

  @Override
  public double[] jpnToKor() {
    return jpnToKor.clone();
  }

  @Override
  public double[] korToJpn() {
    return korToJpn.clone();
  }

  @Override
  public double[] sentiment() {
    return sentiment.clone();
  }

  @Override
  public double[] threat() {
    return threat.clone();
  }

  @Override
  public double[][] issues() {
    double[][] copy = new double[issues.length][];
    for (int i = 0; i < issues.length; i++) {
      copy[i] = issues[i].clone();
    }
    return copy;
  }

  @Override
  public int[] nuclearTests() {
    return nuclearTests.clone();
  }

  @Override
  public int[] flares() {
    return flares.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RunResult r && r.start.equals(start) && r.seed == seed
        && Arrays.equals(r.temperature, temperature) && Arrays.equals(r.jpnToKor, jpnToKor)
        && Arrays.equals(r.korToJpn, korToJpn) && Arrays.equals(r.sentiment, sentiment)
        && Arrays.equals(r.threat, threat) && Arrays.deepEquals(r.issues, issues)
        && Arrays.equals(r.nuclearTests, nuclearTests) && Arrays.equals(r.flares, flares)
        && r.events.equals(events) && r.version.equals(version);
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(seed) + Arrays.hashCode(temperature);
  }

  @Override
  public String toString() {
    return "RunResult[start=" + start + ", seed=" + seed + ", months=" + months() + ", version=" + version + "]";
  }
}
