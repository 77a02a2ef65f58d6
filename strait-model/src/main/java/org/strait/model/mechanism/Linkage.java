package org.strait.model.mechanism;

import java.util.List;
import org.strait.model.Issue;
import org.strait.model.MechanismId;
import org.strait.model.MechanismSpec;
import org.strait.model.ParameterSpec;
import org.strait.model.ParameterValues;
import org.strait.model.SeedClaim;
import org.strait.model.Step;

/**
 * M7, linkage politics: a dispute in one domain triggers retaliation in another (court ruling → asset seizure →
 * export controls → intelligence pact), and legal deadlines schedule the escalation.
 *
 * <p>Seed 004 (Okonogi) calls the seizure of Japanese companies' assets and Japan's export controls formally
 * separate but politically linked, with a legal deadline on the labour side; seed 001 dates the 2018 ruling, the
 * 2019 export restrictions and the 2019 threat to GSOMIA. Term: while issue {@code i} is inflamed it adds a flare
 * hazard {@code c · a_i} per month to each issue it is linked to: {@link #LINKS}; it pushes nothing itself (the
 * issues' effect on the relation is M6's). Deadlines are dated shocks in the chronicle or a scenario. Confirmed when linked issues flare together more often than their own rates predict.
 *
 * <p>Parameter: {@code M7.contagion} flares/month per unit of the source issue's state, 0..2, prior N(0.2, 0.2).
 */
public final class Linkage extends DeclaredMechanism {
  /** Added hazard per unit of a linked issue's state. */
  public static final String CONTAGION = "M7.contagion";
  /** What M7 declares: its parameters, its key parameter {@link #CONTAGION} and the claims it tests. */
  public static final MechanismSpec SPEC = new MechanismSpec(MechanismId.M7, "Linkage politics", List.of("004", "001"),
      List.of(
          ParameterSpec.normal(CONTAGION, "flares/month per unit state", 0, 2, 0.2, 0.2,
              "hazard a linked issue's state adds to its partner's flares")),
      CONTAGION,
      List.of(
          new SeedClaim(MechanismId.M7, "M7", "seeds 004, 001", 1,
              "an inflamed issue raises its linked issues' flare hazard (M7.contagion > 0)")));

  /** A directed link: an inflamed {@code from} raises the flare hazard of {@code to}. */
  public record Link(Issue from, Issue to) {}

  /** The links the seeds give: labour and export controls both ways (004, 001), export controls to GSOMIA (001). */
  public static final List<Link> LINKS = List.of(
      new Link(Issue.WARTIME_LABOUR, Issue.EXPORT_CONTROLS),
      new Link(Issue.EXPORT_CONTROLS, Issue.WARTIME_LABOUR),
      new Link(Issue.EXPORT_CONTROLS, Issue.GSOMIA));

  private final double contagion;

  /** Creates M7 from the parameters' values. */
  public Linkage(ParameterValues p) {
    super(SPEC);
    contagion = p.get(CONTAGION);
  }

  @Override
  public void hazards(Step s) {
    for (Link link : LINKS) {
      s.addFlareHazard(link.to(), contagion * s.issue(link.from()));
    }
  }
}
