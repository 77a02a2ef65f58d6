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
 * M12, quasi-alliance: fear of US abandonment brings Tokyo and Seoul together; a firm US commitment lets them
 * quarrel.
 *
 * <p>Beyond the seeds: V. D. Cha, "Alignment Despite Antagonism: The United States-Korea-Japan Security Triangle"
 * (Stanford University Press, 1999). Term, both directions: {@code push = -beta · (US commitment, z)}. Confirmed by
 * a positive {@code beta} (a negative effect of commitment).
 *
 * <p>Parameter: {@code M12.beta} index points/month per z, -1..1, prior N(0.1, 0.15).
 *
 * <p>State-free ({@link Mechanism.StateFree}): its push reads only the month's US commitment and its baseline, never
 * the run's state.
 */
public final class QuasiAlliance extends SlopeMechanism implements Mechanism.StateFree {
  /** Cooling per z of US commitment. */
  public static final String BETA = "M12.beta";
  /** What M12 declares: its parameters, its key parameter {@link #BETA} and the claims it tests. */
  public static final MechanismSpec SPEC = new MechanismSpec(MechanismId.M12, "Quasi-alliance", List.of(),
      List.of(
          ParameterSpec.normal(BETA, "index points/month per z", -1, 1, 0.1, 0.15,
              "cooling per z of US commitment; abandonment fear (commitment < 0) warms")),
      BETA,
      List.of(
          new SeedClaim(MechanismId.M12, "M12", "Cha 1999", 1,
              "firm US commitment lets the two quarrel (M12.beta > 0)")));

  /** Creates M12 from the parameters' values. */
  public QuasiAlliance(ParameterValues p) {
    super(SPEC, p);
  }


  @Override
  public void push(Step s) {
    s.push(-beta * s.deviation(Driver.US_COMMITMENT));
  }
}
