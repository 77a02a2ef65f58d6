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
 * M3, narrowing power gap: as Korea's GDP approaches Japan's, competition grows and the relation's equilibrium
 * falls.
 *
 * <p>Seed 000 gives the gap (Korea's GDP 10% of Japan's in 1995, 37% in 2021) and names competition in industry and
 * status as its consequence; seed 004 dates the rekindled friction to Korea's industrialisation in the 2010s.
 * Term: an equilibrium shift {@code Δμ = beta · (GDP ratio - reference)}; the reference defaults to seed 000's 2021
 * ratio, so the term is zero at that gap. Confirmed by a negative {@code beta}.
 *
 * <p>Parameters: {@code M3.beta} index points per unit of GDP ratio, -20..20, prior N(-3, 3);
 * {@code M3.reference} KOR/JPN ratio, 0..2, default 0.37 (seed 000, 2021); fixed in fitting, it only moves the
 * equilibrium's meaning.
 *
 * <p>State-free ({@link Mechanism.StateFree}): its push reads only the month's GDP ratio, never the run's state.
 */
public final class PowerGap extends DeclaredMechanism implements Mechanism.StateFree {
  /** Equilibrium change per unit of GDP ratio. */
  public static final String BETA = "M3.beta";
  /** GDP ratio at which the term is zero. */
  public static final String REFERENCE = "M3.reference";
  /** What M3 declares: its parameters, its key parameter {@link #BETA} and the claims it tests. */
  public static final MechanismSpec SPEC = new MechanismSpec(MechanismId.M3,
      "Narrowing power gap", List.of("000", "004"),
      List.of(
          ParameterSpec.normal(BETA, "index points per unit ratio", -20, 20, -3, 3,
              "equilibrium change per unit of Korea/Japan GDP ratio; negative = competition grows as the gap narrows"),
          ParameterSpec.uniform(REFERENCE, "KOR/JPN ratio", 0, 2, 0.37,
              "GDP ratio at which the term is zero (seed 000: 0.37 in 2021)")),
      BETA,
      List.of(
          new SeedClaim(MechanismId.M3, "M3", "seeds 000, 004", -1,
              "a narrowing GDP gap lowers the equilibrium (M3.beta < 0)")));

  private final double beta;
  private final double reference;

  /** Creates M3 from the parameters' values. */
  public PowerGap(ParameterValues p) {
    super(SPEC);
    beta = p.get(BETA);
    reference = p.get(REFERENCE);
  }


  @Override
  public void push(Step s) {
    s.shiftEquilibrium(beta * (s.driver(Driver.GDP_RATIO) - reference));
  }
}
