package org.strait.app.bargain;

import java.util.List;
import org.strait.bargain.Dispute;
import org.strait.core.Require;

/**
 * A dispute as read from a file, with what the file says about it beyond the model's inputs: the meaning of the two
 * ends of each dimension and, for a case file, the observed outcome to compare the forecast with.
 *
 * @param dispute the model's input
 * @param lowEnds what 0 means on each dimension ("" when the file does not say)
 * @param highEnds what 100 means on each dimension
 * @param observed the observed outcome on the first dimension, or {@code null}
 * @param observedNote where the observed outcome comes from and how it was placed on the scale
 */
public record BargainCase(
    Dispute dispute, List<String> lowEnds, List<String> highEnds, Double observed, String observedNote) {

  /** Validates and copies. */
  public BargainCase {
    Require.nonNull(dispute, "dispute");
    lowEnds = List.copyOf(lowEnds);
    highEnds = List.copyOf(highEnds);
    Require.argument(lowEnds.size() == dispute.dimensionCount() && highEnds.size() == dispute.dimensionCount(),
        "one low and one high end per dimension");
    observedNote = observedNote == null ? "" : observedNote;
  }

  /** Returns a case with no description of the scale's ends and no observed outcome. */
  public static BargainCase of(Dispute dispute) {
    List<String> blank = dispute.dimensions().stream().map(d -> "").toList();
    return new BargainCase(dispute, blank, blank, null, "");
  }
}
