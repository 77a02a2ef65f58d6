package org.strait.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.strait.core.Actor;
import org.strait.core.CameoCode;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.core.numeric.Draws;

/*
 * Synthetic CAMEO events from a simulated temperature, so that the index code can read a simulation as it reads
 * GDELT or ICEWS.
 *
 * Per direction and month: N ~ Poisson(events.perMonth); each event's target score is g* = τ_dir + s·ε,
 * ε ~ N(0, 1), s = events.spread, and the event takes the code of the table below whose published Goldstein score
 * is nearest g*. The mean score of a month's events therefore rises with the temperature. Scores are those of the
 * CAMEO Goldstein table (CAMEO.goldsteinscale.txt, Goldstein 1992) for the codes listed.
 */

/** Emits synthetic CAMEO events for one run, from a random stream of its own. */
final class EventSynthesizer {
  /** Codes with their published Goldstein scores, from the CAMEO Goldstein table. */
  private static final String[] CODES = {
    "163", "164", "172", "130", "161", "111", "010", "042", "043", "051", "036", "046", "061", "057"};
  private static final double[] SCORES = {
    -8.0, -7.0, -5.0, -4.4, -4.0, -2.0, 0.0, 1.9, 2.8, 3.4, 4.0, 7.0, 6.4, 8.0};
  private static final CameoCode[] CAMEO = new CameoCode[CODES.length];

  static {
    for (int i = 0; i < CODES.length; i++) {
      CAMEO[i] = new CameoCode(CODES[i]);
    }
  }

  private static final Actor JAPAN = Actor.country("Japan", Country.JPN);
  private static final Actor KOREA = Actor.country("South Korea", Country.KOR);

  private final Plan plan;
  private final SplittableRandom rng;
  /** {@code e^-λ} of the monthly count, once per run rather than once per direction and month. */
  private final double expMinusLambda;

  EventSynthesizer(Plan plan, SplittableRandom rng) {
    this.plan = plan;
    this.rng = rng;
    this.expMinusLambda = Math.exp(-plan.eventsPerMonth);
  }

  /** Returns the published Goldstein score of synthetic code {@code code}. */
  static double score(String code) {
    for (int i = 0; i < CODES.length; i++) {
      if (CODES[i].equals(code)) {
        return SCORES[i];
      }
    }
    throw new IllegalArgumentException("not a synthetic code: " + code);
  }

  void emit(int t, double jpnToKor, double korToJpn, List<Event> out) {
    YearMonth month = plan.spec.start().plusMonths(t);
    direction(month, JAPAN, KOREA, jpnToKor, out);
    direction(month, KOREA, JAPAN, korToJpn, out);
  }

  private void direction(YearMonth month, Actor from, Actor to, double temperature, List<Event> out) {
    double lambda = plan.eventsPerMonth;
    int n = lambda > 200 ? (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * Draws.normal(rng)))
        : Draws.poisson(lambda, expMinusLambda, rng.nextDouble());
    for (int k = 0; k < n; k++) {
      double target = temperature + plan.eventsSpread * Draws.normal(rng);
      int best = 0;
      for (int i = 1; i < SCORES.length; i++) {
        if (Math.abs(SCORES[i] - target) < Math.abs(SCORES[best] - target)) {
          best = i;
        }
      }
      LocalDate day = month.atDay(1 + rng.nextInt(month.lengthOfMonth()));
      out.add(new Event("strait-sim", null, day, from, to, CAMEO[best], CAMEO[best].quadClass(), SCORES[best],
          -1, -1, -1, Double.NaN));
    }
  }
}
