package org.strait.ingest;

import org.strait.core.Require;

/**
 * How far strait decompresses one input file before it refuses it: a {@code .gz} or {@code .zip} whose content
 * grows past {@code maxBytes}, or past {@code maxRatio} times its compressed size (plus {@link #RATIO_FLOOR}
 * bytes, so that tiny files are never refused), is refused as a likely decompression bomb. Real event files
 * compress by 5 to 10 times (the GDELT 1.0 daily zip in {@code shared/data/gdelt}: 10,504,572 bytes from 1,729,307).
 *
 * @param maxBytes the most decompressed bytes read from one file
 * @param maxRatio the most decompressed bytes per compressed byte
 */
public record InputLimits(long maxBytes, long maxRatio) {
  /** The decompressed bytes a file may always reach, whatever its ratio. */
  public static final long RATIO_FLOOR = 1 << 20;

  /** The limits of {@code strait ingest}: 64 GiB and a ratio of 100. */
  public static final InputLimits DEFAULT = new InputLimits(64L << 30, 100);

  /** Checks the limits. */
  public InputLimits {
    Require.argument(maxBytes > 0, "the most decompressed bytes must be positive, was %s", maxBytes);
    Require.argument(maxRatio >= 1, "the decompression ratio must be at least 1, was %s", maxRatio);
  }
}
