package org.strait.ingest.cameo;

import org.strait.core.CameoCode;
import org.strait.core.Event;
import org.strait.core.QuadClass;
import org.strait.core.Require;

/**
 * One row of strait's CAMEO reference table: a code, its codebook description, its Goldstein score and its quad
 * class.
 *
 * @param code the CAMEO code
 * @param description the codebook's description of the code
 * @param goldstein the code's score on the CAMEO-Goldstein scale, -10 to +10
 * @param quadClass the quad class of the code's root
 */
public record CameoEntry(CameoCode code, String description, double goldstein, QuadClass quadClass) {
  /** Checks every field, and that the quad class is the one of the code's root. */
  public CameoEntry {
    Require.nonNull(code, "CAMEO code");
    Require.argument(description != null && !description.isBlank(), "description of %s must not be blank", code);
    Require.argument(goldstein >= Event.GOLDSTEIN_MIN && goldstein <= Event.GOLDSTEIN_MAX,
        "Goldstein score of %s must be within -10 and 10, was %s", code, goldstein);
    Require.argument(quadClass == code.quadClass(),
        "quad class of %s must be %s (from its root), was %s", code, code.quadClass(), quadClass);
  }
}
