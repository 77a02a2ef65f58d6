package org.strait.model.mechanism;

import java.util.List;
import org.strait.model.MechanismId;
import org.strait.model.MechanismSpec;
import org.strait.model.ParameterSpec;
import org.strait.model.ParameterValues;
import org.strait.model.SeedClaim;

/**
 * M11, reciprocity: each side answers the other's last moves.
 *
 * <p>Not from the seeds: the tit-for-tat regularity of the event-data literature (e.g. J. S. Goldstein and
 * J. R. Freeman, "Three-Way Street", 1990), which MODEL.md adds as a baseline mechanism. Term, per direction,
 * ungated: {@code push_JK = rho · (x_KJ - x_JK)}, {@code push_KJ = rho · (x_JK - x_KJ)}, last month's latent values:
 * each series is pulled towards the other, a positive cross-lag ({@link #crossLag}; linear in the state, so the fit's
 * Kalman filter carries it in its transition matrix). Confirmed by a positive {@code rho}.
 *
 * <p>Parameter: {@code M11.rho} 1/month, 0..1, prior N(0.2, 0.2).
 */
public final class Reciprocity extends DeclaredMechanism {
  /** Share of last month's gap to the other side closed this month. */
  public static final String RHO = "M11.rho";
  /** What M11 declares: its parameters, its key parameter {@link #RHO} and the claims it tests. */
  public static final MechanismSpec SPEC = new MechanismSpec(MechanismId.M11, "Reciprocity", List.of(),
      List.of(
          ParameterSpec.normal(RHO, "1/month", 0, 1, 0.2, 0.2,
              "share of last month's gap between the two directions that each side closes")),
      RHO,
      List.of(
          new SeedClaim(MechanismId.M11, "M11", "event-data literature (Goldstein and Freeman 1990)", 1,
              "each side answers the other's last moves (M11.rho > 0)")));

  private final double rho;

  /** Creates M11 from the parameters' values. */
  public Reciprocity(ParameterValues p) {
    super(SPEC);
    rho = p.get(RHO);
  }

  @Override
  public double crossLag() {
    return rho;
  }
}
