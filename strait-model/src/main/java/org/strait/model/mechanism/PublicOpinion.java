package org.strait.model.mechanism;

import java.util.List;
import org.strait.model.MechanismId;
import org.strait.model.MechanismSpec;
import org.strait.model.ParameterSpec;
import org.strait.model.ParameterValues;
import org.strait.model.SeedClaim;
import org.strait.model.Step;

/**
 * M9, public-opinion constraint (a two-level game): leaders' conciliation is capped by a hostile public.
 *
 * <p>Seeds: 000 (Yoon's approval fell to 30% in a Gallup poll at the end of March 2023 after his Japan policy),
 * 001 (nearly 60% opposed the 2023 compensation plan; anti-Japanese sentiment in surveys), 004 (history frictions
 * politicised at home). Korean public sentiment {@code S ∈ (-1, 1)} is an auxiliary state of the model (it reverts,
 * follows the relation slowly and falls when a history dispute flares); M9 is its effect: every cooperative push of
 * the month is multiplied by {@code g = 1 - d · (1 - S) / 2}, so a hostile public ({@code S → -1}) damps cooperation
 * by up to {@code d} and a warm one not at all. Hostile pushes are not damped. Confirmed when cooperative shocks move
 * the index less while sentiment is low. Approval ratings are not modelled separately.
 *
 * <p>Parameter: {@code M9.damping} dimensionless, 0..1, prior U(0, 1), default 0.5.
 */
public final class PublicOpinion extends DeclaredMechanism {
  /** The largest share of a cooperative push a hostile public removes. */
  public static final String DAMPING = "M9.damping";
  /** What M9 declares: its parameters, its key parameter {@link #DAMPING} and the claims it tests. */
  public static final MechanismSpec SPEC = new MechanismSpec(MechanismId.M9,
      "Public-opinion constraint", List.of("000", "001", "004"),
      List.of(
          ParameterSpec.uniform(DAMPING, "dimensionless", 0, 1, 0.5,
              "share of cooperative pushes removed when sentiment is fully hostile")),
      DAMPING,
      List.of(
          new SeedClaim(MechanismId.M9, "M9", "seeds 000, 001, 004", 1,
              "a hostile public damps cooperative moves (M9.damping > 0)")));

  private final double damping;

  /** Creates M9 from the parameters' values. */
  public PublicOpinion(ParameterValues p) {
    super(SPEC);
    damping = p.get(DAMPING);
  }

  @Override
  public void push(Step s) {
    s.scaleCooperation(1 - damping * (1 - s.sentiment()) / 2);
  }
}
