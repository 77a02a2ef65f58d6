package org.strait.model.mechanism;

import java.util.List;
import org.strait.model.Driver;
import org.strait.model.Mechanism;
import org.strait.model.MechanismId;
import org.strait.model.MechanismSpec;
import org.strait.model.ParameterSpec;
import org.strait.model.ParameterValues;
import org.strait.model.SeedClaim;
import org.strait.model.Step;

/**
 * M2 and M2' in one: US–China rivalry either drags Japan–Korea cooperation down (M2, divergent threat perception)
 * or draws the two middle powers together (M2'), in proportion to Korea's economic dependence on China.
 *
 * <p>M2 follows seed 000 (Walt's balance of threat: Japan ranks China first, Korea hedges) and seed 003 (Seoul avoids
 * anti-China rhetoric, Tokyo does not); M2' follows seed 004 (Okonogi: two industrialised nations between the US and
 * China have a shared interest). The seeds disagree, so one parameter of free sign carries both: the data decide.
 * Term, both directions: {@code push = beta · (US–CHN conflict, z) · (Korea's China dependence, ratio)}.
 *
 * <p>Parameter: {@code M2.beta} index points/month per z, -2..2, prior N(0, 0.5). Negative = M2, positive = M2'.
 *
 * <p>State-free ({@link Mechanism.StateFree}): its push reads only the month's drivers and a baseline, never the run's
 * state.
 */
public final class DivergentThreat extends SlopeMechanism implements Mechanism.StateFree {
  /** The signed effect of rivalry × dependence. */
  public static final String BETA = "M2.beta";
  /** What M2 declares: its parameters, its key parameter {@link #BETA} and the claims it tests. */
  public static final MechanismSpec SPEC = new MechanismSpec(MechanismId.M2,
      "Divergent threat perception / middle-power convergence", List.of("000", "003", "004"),
      List.of(
          ParameterSpec.normal(BETA, "index points/month per z", -2, 2, 0, 0.5,
              "effect of US-China conflict scaled by Korea's China dependence; <0 M2 (seeds 000, 003), >0 M2' (004)")),
      BETA,
      List.of(
          new SeedClaim(MechanismId.M2, "M2", "seeds 000, 003", -1,
              "US-China rivalry, scaled by Korea's China dependence, lowers the index (M2.beta < 0)"),
          new SeedClaim(MechanismId.M2, "M2'", "seed 004", 1,
              "the same rivalry draws the two middle powers together (M2.beta > 0)")));

  /** Creates M2 from the parameters' values. */
  public DivergentThreat(ParameterValues p) {
    super(SPEC, p);
  }


  @Override
  public void push(Step s) {
    s.push(beta * s.deviation(Driver.US_CHN_CONFLICT) * s.driver(Driver.KOR_CHINA_DEPENDENCE));
  }
}
