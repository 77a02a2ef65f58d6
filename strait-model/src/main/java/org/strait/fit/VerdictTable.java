package org.strait.fit;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.strait.model.MechanismId;
import org.strait.model.SeedClaim;
import org.strait.model.mechanism.Mechanisms;

/**
 * The verdict table and everything behind it: the full fit, its backtest against the baselines, one refit and
 * backtest per removed mechanism, and one verdict per claim.
 *
 * @param trainStart first month of the training window
 * @param trainEnd last month of the training window
 * @param testEnd last month of the test window (the test window starts the month after {@code trainEnd})
 * @param full the fit with every mechanism on
 * @param backtest the full model's backtest (conditional, unconditional, baselines)
 * @param ablated per mechanism, the fit without it
 * @param ablatedBacktests per mechanism, the backtest of the fit without it (same seeds as the full one)
 * @param verdicts one per claim, in {@link Mechanisms#claims()} order
 * @param seed the base seed
 * @param version the strait version
 */
public record VerdictTable(YearMonth trainStart, YearMonth trainEnd, YearMonth testEnd, FitResult full,
    BacktestResult backtest, Map<MechanismId, FitResult> ablated, Map<MechanismId, BacktestResult> ablatedBacktests,
    List<Verdict> verdicts, long seed, String version) {
  /** Copies. */
  public VerdictTable {
    ablated = Map.copyOf(ablated);
    ablatedBacktests = Map.copyOf(ablatedBacktests);
    verdicts = List.copyOf(verdicts);
  }
}
