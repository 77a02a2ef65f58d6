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
 * M5, rivalry for the ally's favour: each capital courts Washington alone; when Seoul believes it has its own
 * leverage there, it disregards Tokyo, and disappointment turns it back.
 *
 * <p>Seed 002 (Kimura): after the 2015 comfort-women settlement, seen as Japan's win in Washington, the Moon
 * government took its own line in Washington and brought Trump to talks with Pyongyang; after the failed Hanoi
 * summit Seoul found its influence smaller than it thought. Term, Korea's side only (KOR→JPN):
 * {@code push = -beta · (Seoul's standing in Washington minus Tokyo's, z)}. A failed US–DPRK summit enters as a fall
 * of the standing driver. Confirmed by a positive {@code beta} (a negative effect of relative standing).
 *
 * <p>Parameter: {@code M5.beta} index points/month per z, -1..1, prior N(0.2, 0.2).
 *
 * <p>State-free ({@link Mechanism.StateFree}): its push reads only the month's standing gap and its baseline, never the
 * run's state.
 */
public final class AllyRivalry extends SlopeMechanism implements Mechanism.StateFree {
  /** Effect of Seoul's relative standing in Washington, as a cooling. */
  public static final String BETA = "M5.beta";
  /** What M5 declares: its parameters, its key parameter {@link #BETA} and the claims it tests. */
  public static final MechanismSpec SPEC = new MechanismSpec(MechanismId.M5,
      "Rivalry for the ally's favour", List.of("002"),
      List.of(
          ParameterSpec.normal(BETA, "index points/month per z", -1, 1, 0.2, 0.2,
              "cooling of KOR->JPN per z of Seoul's standing in Washington over Tokyo's (seed 002)")),
      BETA,
      List.of(
          new SeedClaim(MechanismId.M5, "M5", "seed 002", 1,
              "Seoul's standing in Washington over Tokyo's cools KOR->JPN (M5.beta > 0)")));

  /** Creates M5 from the parameters' values. */
  public AllyRivalry(ParameterValues p) {
    super(SPEC, p);
  }


  @Override
  public void push(Step s) {
    s.pushDirected(0, -beta * s.deviation(Driver.US_STANDING_GAP));
  }
}
