package org.strait.index;

import java.util.List;
import org.strait.core.Require;

/**
 * The turning points found in one index, with what is needed to reproduce them: the options (with the seed), the
 * calibrated penalty, the period noise assumed and the strait version. Immutable.
 *
 * @param series the index's series name, e.g. {@code JPN-KOR}
 * @param points the turning points in time order
 * @param penalty the penalty per change, calibrated to the false-alarm rate
 * @param omega2 the between-period excess variance estimated from successive differences
 * @param options the options used
 * @param version the strait version
 */
public record TurningPointResult(String series, List<TurningPoint> points, double penalty, double omega2,
                                 TurningPointOptions options, String version) {
  /** Checks and copies. */
  public TurningPointResult {
    Require.nonNull(series, "series");
    points = List.copyOf(points);
    Require.nonNull(options, "options");
    Require.nonNull(version, "version");
  }
}
