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
 * M4, US pressure and mediation: Washington pushes its two allies together, and their cooperation runs through it.
 *
 * <p>Seeds: 000 (US pressure on Seoul behind the 2023 detente), 001 (the US-brokered 1965 normalisation, the 2022
 * Phnom Penh trilateral statement), 003 (interaction possible only with Washington's direct participation). Terms:
 * a linear push {@code beta · u} with {@code u} the US engagement driver (z), and 003's stronger form as a gate on
 * all cooperative pushes, {@code g = 1 - eta + eta · logistic(u)}: with {@code eta = 1}, cooperation at low US
 * engagement is damped towards zero (the interaction MODEL.md asks for).
 *
 * <p>Parameters: {@code M4.beta} index points/month per z, -1..1, prior N(0.1, 0.1); {@code M4.eta} 0..1,
 * prior U(0, 1), default 0.3: weight of the gate.
 *
 * <p>State-free ({@link Mechanism.StateFree}): its push reads only the month's US engagement and its baseline, never
 * the run's state.
 */
public final class UsMediation extends DeclaredMechanism implements Mechanism.StateFree {
  /** Linear effect of US engagement. */
  public static final String BETA = "M4.beta";
  /** Weight of the engagement gate on cooperation. */
  public static final String ETA = "M4.eta";
  /** What M4 declares: its parameters, its key parameter {@link #BETA} and the claims it tests. */
  public static final MechanismSpec SPEC = new MechanismSpec(MechanismId.M4,
      "US pressure and mediation", List.of("000", "001", "003"),
      List.of(
          ParameterSpec.normal(BETA, "index points/month per z", -1, 1, 0.1, 0.1,
              "push towards cooperation per z of US engagement"),
          ParameterSpec.uniform(ETA, "dimensionless", 0, 1, 0.3,
              "weight of the gate that lets cooperation through only when US engagement is high (seed 003)")),
      BETA,
      List.of(
          new SeedClaim(MechanismId.M4, "M4", "seeds 000, 001, 003", 1,
              "US engagement raises the index (M4.beta > 0)")));

  private final double beta;
  private final double eta;

  /** Creates M4 from the parameters' values. */
  public UsMediation(ParameterValues p) {
    super(SPEC);
    beta = p.get(BETA);
    eta = p.get(ETA);
  }


  @Override
  public void push(Step s) {
    double u = s.driver(Driver.US_ENGAGEMENT);
    s.push(beta * s.deviation(Driver.US_ENGAGEMENT));
    s.scaleCooperation(1 - eta + eta / (1 + Math.exp(-u)));
  }
}
