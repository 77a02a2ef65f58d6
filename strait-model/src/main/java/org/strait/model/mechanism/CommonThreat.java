package org.strait.model.mechanism;

import java.util.List;
import org.strait.model.Driver;
import org.strait.model.MechanismId;
import org.strait.model.MechanismSpec;
import org.strait.model.ParameterSpec;
import org.strait.model.ParameterValues;
import org.strait.model.SeedClaim;
import org.strait.model.Step;

/**
 * M1, common threat: North Korean provocations push Tokyo and Seoul together, and more so when Seoul has a
 * conservative government.
 *
 * <p>Seeds: 001 (Yoon's government, less obliging towards Pyongyang, ties tests to deeper ties with Japan), 002
 * (the Korean Peninsula as the shared Cold War front), 003 (the North as Seoul's main threat), 004 (cooperation on
 * the North Korean issue). Term, both directions, cooperative when positive:
 * {@code push = beta · (PRK material conflict + threat anomaly) · (1 + gamma · Seoul orientation)}; the threat state
 * jumps after nuclear and missile tests and decays (see {@code Model}), and its anomaly is its excess over the
 * long-run mean of the base test rates, so that an ordinary month counts 0 as the standardised driver does.
 * Confirmed by a positive effect after tests.
 *
 * <p>Parameters: {@code M1.beta} index points/month per z, -1..1, prior N(0.15, 0.15);
 * {@code M1.gamma} dimensionless, 0..1, prior U(0, 1): extra effect under a conservative (+1) Seoul government.
 */
public final class CommonThreat extends DeclaredMechanism {
  /** Effect of one z of threat. */
  public static final String BETA = "M1.beta";
  /** Amplification under a conservative Seoul government. */
  public static final String GAMMA = "M1.gamma";
  /** What M1 declares: its parameters, its key parameter {@link #BETA} and the claims it tests. */
  public static final MechanismSpec SPEC = new MechanismSpec(MechanismId.M1,
      "Common threat", List.of("001", "002", "003", "004"),
      List.of(
          ParameterSpec.normal(BETA, "index points/month per z", -1, 1, 0.15, 0.15,
              "push towards cooperation per z of North Korean threat"),
          ParameterSpec.uniform(GAMMA, "dimensionless", 0, 1, 0.5,
              "relative extra effect under a conservative Seoul government")),
      BETA,
      List.of(
          new SeedClaim(MechanismId.M1, "M1", "seeds 001, 002, 003, 004", 1,
              "North Korean threat raises the index (M1.beta > 0)")));

  private final double beta;
  private final double gamma;

  /** Creates M1 from the parameters' values. */
  public CommonThreat(ParameterValues p) {
    super(SPEC);
    beta = p.get(BETA);
    gamma = p.get(GAMMA);
  }

  @Override
  public void push(Step s) {
    double threat = s.deviation(Driver.PRK_MATERIAL_CONFLICT) + s.threatAnomaly();
    s.push(beta * threat * (1 + gamma * s.driver(Driver.SEOUL_ORIENTATION)));
  }
}
