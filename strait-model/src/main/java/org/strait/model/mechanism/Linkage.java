package org.strait.model.mechanism;

import java.util.List;
import org.strait.model.Issue;
import org.strait.model.Mechanism;
import org.strait.model.MechanismId;
import org.strait.model.ParameterSpec;
import org.strait.model.Parameters;
import org.strait.model.Step;

/**
 * M7, linkage politics: a dispute in one domain triggers retaliation in another (court ruling → asset seizure →
 * export controls → intelligence pact), and legal deadlines schedule the escalation.
 *
 * <p>Seed 004 (Okonogi) calls the seizure of Japanese companies' assets and Japan's export controls formally
 * separate but politically linked, with a legal deadline on the labour side; seed 001 dates the 2018 ruling, the
 * 2019 export restrictions and the 2019 threat to GSOMIA. Term: while issue {@code i} is inflamed it adds a flare
 * hazard {@code c · a_i} per month to each issue it is linked to: {@link #LINKS}. Deadlines are dated shocks in the
 * chronicle or a scenario. Confirmed when linked issues flare together more often than their own rates predict.
 *
 * <p>Parameter: {@code M7.contagion} flares/month per unit of the source issue's state, 0..2, prior N(0.2, 0.2).
 */
public final class Linkage implements Mechanism {
  /** Added hazard per unit of a linked issue's state. */
  public static final String CONTAGION = "M7.contagion";
  /** The specs of M7's parameter. */
  public static final List<ParameterSpec> SPECS = List.of(
      ParameterSpec.normal(CONTAGION, "flares/month per unit state", 0, 2, 0.2, 0.2,
          "hazard a linked issue's state adds to its partner's flares"));

  /** A directed link: an inflamed {@code from} raises the flare hazard of {@code to}. */
  public record Link(Issue from, Issue to) {}

  /** The links the seeds give: labour and export controls both ways (004, 001), export controls to GSOMIA (001). */
  public static final List<Link> LINKS = List.of(
      new Link(Issue.WARTIME_LABOUR, Issue.EXPORT_CONTROLS),
      new Link(Issue.EXPORT_CONTROLS, Issue.WARTIME_LABOUR),
      new Link(Issue.EXPORT_CONTROLS, Issue.GSOMIA));

  private final double contagion;

  /** Creates M7 from the parameters' values. */
  public Linkage(Parameters p) {
    contagion = p.get(CONTAGION);
  }

  @Override
  public MechanismId id() {
    return MechanismId.M7;
  }

  @Override
  public List<ParameterSpec> parameters() {
    return SPECS;
  }

  @Override
  public void hazards(Step s) {
    for (Link link : LINKS) {
      s.addFlareHazard(link.to(), contagion * s.issue(link.from()));
    }
  }

  @Override
  public void push(Step s) {
    // M7 acts on the issue states only; their effect on the relation is M6's.
  }
}
