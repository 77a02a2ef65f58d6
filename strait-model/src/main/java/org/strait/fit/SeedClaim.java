package org.strait.fit;

import java.util.ArrayList;
import java.util.List;
import org.strait.core.Require;
import org.strait.model.MechanismId;

/**
 * One claim about a mechanism and the sign it predicts for the mechanism's key parameter ({@link FitSpace#key}), as
 * MODEL.md's table gives it.
 *
 * @param mechanism the mechanism
 * @param label the claim's label, e.g. {@code M2} or {@code M2'}
 * @param source the seeds it comes from (e.g. {@code "seeds 000, 003"}) or the literature
 * @param sign +1 when the claim predicts a positive key parameter, -1 a negative one
 * @param prediction what the claim predicts, in words
 */
public record SeedClaim(MechanismId mechanism, String label, String source, int sign, String prediction) {
  /** Checks the sign. */
  public SeedClaim {
    Require.nonNull(mechanism, "mechanism");
    Require.argument(sign == 1 || sign == -1, "a predicted sign is +1 or -1, was %s", sign);
  }

  /** Returns every claim, in mechanism order: one per mechanism, two for M2 (M2 and M2'). */
  public static List<SeedClaim> all() {
    List<SeedClaim> c = new ArrayList<>();
    c.add(new SeedClaim(MechanismId.M1, "M1", "seeds 001, 002, 003, 004", 1,
        "North Korean threat raises the index (M1.beta > 0)"));
    c.add(new SeedClaim(MechanismId.M2, "M2", "seeds 000, 003", -1,
        "US-China rivalry, scaled by Korea's China dependence, lowers the index (M2.beta < 0)"));
    c.add(new SeedClaim(MechanismId.M2, "M2'", "seed 004", 1,
        "the same rivalry draws the two middle powers together (M2.beta > 0)"));
    c.add(new SeedClaim(MechanismId.M3, "M3", "seeds 000, 004", -1,
        "a narrowing GDP gap lowers the equilibrium (M3.beta < 0)"));
    c.add(new SeedClaim(MechanismId.M4, "M4", "seeds 000, 001, 003", 1,
        "US engagement raises the index (M4.beta > 0)"));
    c.add(new SeedClaim(MechanismId.M5, "M5", "seed 002", 1,
        "Seoul's standing in Washington over Tokyo's cools KOR->JPN (M5.beta > 0)"));
    c.add(new SeedClaim(MechanismId.M6, "M6", "seeds 000, 001, 003, 004", 1,
        "active history disputes cool the relation (M6.beta > 0)"));
    c.add(new SeedClaim(MechanismId.M7, "M7", "seeds 004, 001", 1,
        "an inflamed issue raises its linked issues' flare hazard (M7.contagion > 0)"));
    c.add(new SeedClaim(MechanismId.M8, "M8", "seed 001", 1,
        "governments start cordial and sour by mid-term (M8.beta > 0)"));
    c.add(new SeedClaim(MechanismId.M9, "M9", "seeds 000, 001, 004", 1,
        "a hostile public damps cooperative moves (M9.damping > 0)"));
    c.add(new SeedClaim(MechanismId.M10, "M10", "seeds 002, 004", -1,
        "the equilibrium fell in the early 2010s (M10.shift2010s < 0)"));
    c.add(new SeedClaim(MechanismId.M11, "M11", "event-data literature (Goldstein and Freeman 1990)", 1,
        "each side answers the other's last moves (M11.rho > 0)"));
    c.add(new SeedClaim(MechanismId.M12, "M12", "Cha 1999", 1,
        "firm US commitment lets the two quarrel (M12.beta > 0)"));
    return List.copyOf(c);
  }
}
