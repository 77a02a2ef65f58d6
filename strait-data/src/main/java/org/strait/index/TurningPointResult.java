package org.strait.index;

import java.util.List;
import org.strait.core.Require;

/**
 * The turning points found in one index, with what is needed to reproduce them: the options (with the seed), the
 * calibrated threshold and the strait version. Immutable.
 *
 * @param series the index's series name, e.g. {@code JPN-KOR}
 * @param points the turning points in time order
 * @param threshold the auxiliary-residual threshold calibrated to the false-alarm rate (infinite when the series
 *     is too short to have a turning point)
 * @param years the years of observed data the rate is counted over
 * @param options the options used
 * @param version the strait version
 */
public record TurningPointResult(String series, List<TurningPoint> points, double threshold, double years,
                                 TurningPointOptions options, String version) {
  /** Checks and copies. */
  public TurningPointResult {
    Require.nonNull(series, "series");
    points = List.copyOf(points);
    Require.nonNull(options, "options");
    Require.nonNull(version, "version");
  }
}
