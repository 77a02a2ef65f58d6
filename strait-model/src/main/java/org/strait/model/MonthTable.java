package org.strait.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/*
 * Why a table, and why it changes no number. A state-free mechanism's terms in month t are a function of t's
 * drivers, their baselines and the year, the same for every run of a plan; an ensemble recomputed them for each of
 * its runs (five exp a run-month for M4, M8 and M10 alone). Here each state-free mechanism is called once per month on
 * a recording Step, which logs every term it adds as (index, value); a run's MonthTerms replays the log at the
 * mechanism's place in the id order, between the calls of the live mechanisms. Replaying adds the same double to the
 * same accumulator in the same order (or multiplies the cooperation factor by it) as the call did, and a push's
 * sign was decided on the same value, so a run's terms are the same doubles, bit for bit, as if the mechanism had
 * been called (EnsembleDigest in bench compares whole ensembles before and after; MonthTableTest compares a run's
 * terms). A mechanism that declares itself state-free but reads the state is caught when the table is built.
 */

/**
 * The terms of a compiled run's state-free mechanisms ({@link Mechanism#stateFree}), month by month, recorded once
 * for all its runs, and the mechanisms that each run calls itself. Immutable and shared by every thread.
 */
final class MonthTable {
  /** The mechanisms on, in id order. */
  final Mechanism[] mechanisms;
  /** The sum of their cross-lags, in id order. */
  final double crossLag;
  /** The hazards phase. */
  final Phase hazards;
  /** The pushes phase. */
  final Phase pushes;

  /**
   * One phase of the month ({@link Mechanism#hazards} or {@link Mechanism#push}): the mechanisms called on every run
   * and, when tabulated, every month's recorded terms. Month {@code t}'s terms are {@code index[k], value[k]} for
   * {@code k} from {@code start[t]} to {@code start[t + 1]}; those before {@code before[t·live.length + j]} come before
   * live mechanism {@code j}'s call.
   *
   * @param live the mechanisms called on every run, in id order
   * @param start where each month's terms begin, one more entry than months; null when nothing is tabulated
   * @param index the terms' indices into {@link Step#terms}
   * @param value the terms' values
   * @param before per month and live mechanism, the end of the terms replayed before its call
   */
  record Phase(Mechanism[] live, int[] start, int[] index, double[] value, int[] before) {}

  private MonthTable(Mechanism[] mechanisms, Phase hazards, Phase pushes) {
    this.mechanisms = mechanisms;
    this.hazards = hazards;
    this.pushes = pushes;
    double lag = 0;
    for (Mechanism m : mechanisms) {
      lag += m.crossLag();
    }
    this.crossLag = lag;
  }

  /**
   * Returns a table without recorded terms: every mechanism of {@code sorted} that has a term in a phase is called
   * on every run (the fit, whose months are not a plan's).
   */
  static MonthTable live(Mechanism[] sorted) {
    return new MonthTable(sorted, new Phase(having(sorted, false, false), null, null, null, null),
        new Phase(having(sorted, true, false), null, null, null, null));
  }

  /**
   * Records the terms of the state-free mechanisms of {@code sorted} in every month of a plan.
   *
   * @param sorted the mechanisms on, in id order
   * @param reversion the model's reversion rate
   * @param threatBaseline the threat state's long-run mean
   * @param start the plan's first month, for error messages
   * @param years each month as a decimal year
   * @param drivers each month's drivers
   * @param baselines each month's driver baselines, before the month
   * @throws IllegalArgumentException naming the mechanism and the month when a recorded term is invalid
   * @throws IllegalStateException when a mechanism that declares itself state-free reads the run's state
   */
  static MonthTable of(Mechanism[] sorted, double reversion, double threatBaseline, YearMonth start, double[] years,
      double[][] drivers, double[][] baselines) {
    return new MonthTable(sorted, record(sorted, false, reversion, threatBaseline, start, years, drivers, baselines),
        record(sorted, true, reversion, threatBaseline, start, years, drivers, baselines));
  }

  private static Phase record(Mechanism[] sorted, boolean push, double reversion, double threatBaseline,
      YearMonth start, double[] years, double[][] drivers, double[][] baselines) {
    Mechanism[] live = having(sorted, push, true);
    int months = years.length;
    TermLog log = new TermLog();
    Step step = new Step(reversion, threatBaseline, log);
    int[] starts = new int[months + 1];
    int[] before = new int[months * live.length];
    for (int t = 0; t < months; t++) {
      step.begin(t, years[t], drivers[t], baselines[t], Double.NaN, Double.NaN, Double.NaN, null);
      starts[t] = log.size();
      int j = 0;
      for (Mechanism m : sorted) {
        if (m.stateFree()) {
          call(m, push, step, start.plusMonths(t));
        } else if (j < live.length && live[j] == m) {
          before[t * live.length + j++] = log.size();
        }
      }
    }
    starts[months] = log.size();
    return new Phase(live, starts, log.indices(), log.values(), before);
  }

  private static void call(Mechanism m, boolean push, Step step, YearMonth month) {
    try {
      if (push) {
        m.push(step);
      } else {
        m.hazards(step);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(m.id() + " in " + month + ": " + e.getMessage(), e);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(m.id() + " in " + month + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the mechanisms of {@code sorted} whose {@link Mechanism#push} ({@code push}) or {@link Mechanism#hazards}
   * is their own, not the interface's default that adds nothing, leaving out the state-free ones when
   * {@code withoutStateFree}: the mechanisms a run must call in that phase.
   */
  private static Mechanism[] having(Mechanism[] sorted, boolean push, boolean withoutStateFree) {
    List<Mechanism> out = new ArrayList<>();
    for (Mechanism m : sorted) {
      if (!(withoutStateFree && m.stateFree()) && ownsPhase(m, push)) {
        out.add(m);
      }
    }
    return out.toArray(new Mechanism[0]);
  }

  private static boolean ownsPhase(Mechanism m, boolean push) {
    try {
      return m.getClass().getMethod(push ? "push" : "hazards", Step.class).getDeclaringClass() != Mechanism.class;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Mechanism." + (push ? "push" : "hazards") + " not found", e);
    }
  }
}
