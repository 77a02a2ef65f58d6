package org.strait.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A monthly measure turning points are sought in: the mean Goldstein score (the index's own measure) or the net
 * cooperation share. A crisis often shows more clearly in the share of conflictual events than in the mean score,
 * whose heavy tails (one "use conventional military force" row) make thin months noisy; each event counts there
 * as +1 or −1 whatever its code (docs/indices.md, turning points).
 */
public enum Measure {
  /** The mean Goldstein score of the period's events, in Goldstein points. */
  GOLDSTEIN(1.0),
  /**
   * The net cooperation share (QuadClass 1 + 2 − 3 − 4) / events, −1…1. It is detected on a scale of ±5 points
   * an event, so that the level model's priors and grids, set for the Goldstein scale, fit it too; turning points
   * report it in −1…1. Unweighted.
   */
  NET_COOPERATION(5.0);

  private final double scale;

  Measure(double scale) {
    this.scale = scale;
  }

  /** Returns the factor from this measure's units to the scale it is detected on. */
  double scale() {
    return scale;
  }

  /** Returns the periods as sums of this measure's per-event values (the Goldstein periods unchanged). */
  List<PeriodStats> periods(List<PeriodStats> periods) {
    if (this == GOLDSTEIN) {
      return periods;
    }
    List<PeriodStats> out = new ArrayList<>(periods.size());
    for (PeriodStats p : periods) {
      long cooperative = p.verbalCooperation() + p.materialCooperation();
      long conflictual = p.verbalConflict() + p.materialConflict();
      double sum = scale * (cooperative - conflictual);
      out.add(new PeriodStats(p.start(), p.source(), p.events(), sum, p.verbalCooperation(),
          p.materialCooperation(), p.verbalConflict(), p.materialConflict(), p.events(), p.events(), sum,
          scale * scale * p.events()));
    }
    return out;
  }

  /**
   * Returns the distribution of per-event values simulations draw from, as counts per value in tenths: the
   * Goldstein scores as given, or +scale for each cooperative and −scale for each conflictual event of
   * {@code periods}.
   */
  SortedMap<Integer, Long> scores(Map<Integer, Long> goldstein, List<PeriodStats> periods) {
    if (this == GOLDSTEIN) {
      return new TreeMap<>(goldstein);
    }
    long[] signs = signs(periods);
    long cooperative = signs[0];
    long conflictual = signs[1];
    SortedMap<Integer, Long> scores = new TreeMap<>();
    int tenths = (int) Math.round(scale * 10);
    if (conflictual > 0) {
      scores.put(-tenths, conflictual);
    }
    if (cooperative > 0) {
      scores.put(tenths, cooperative);
    }
    return scores;
  }

  /** Tells whether {@code periods} hold events of both signs, without which this measure cannot move. */
  boolean informative(List<PeriodStats> periods) {
    if (this == GOLDSTEIN) {
      return true;
    }
    long[] signs = signs(periods);
    return signs[0] > 0 && signs[1] > 0;
  }

  /** Returns the cooperative (QuadClass 1, 2) and conflictual (3, 4) events of {@code periods}. */
  private static long[] signs(List<PeriodStats> periods) {
    long[] signs = new long[2];
    for (PeriodStats p : periods) {
      signs[0] += p.verbalCooperation() + p.materialCooperation();
      signs[1] += p.verbalConflict() + p.materialConflict();
    }
    return signs;
  }
}
