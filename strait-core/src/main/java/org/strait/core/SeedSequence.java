package org.strait.core;

import java.util.SplittableRandom;

/**
 * A base seed from which independent streams are derived, one per replicate, so that replicate {@code i} draws the
 * same numbers whatever thread runs it and however many threads there are.
 *
 * <p>Stream {@code i} is seeded with SplitMix64's finaliser applied to {@code base + i × golden gamma}, the
 * construction of {@link SplittableRandom} itself (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014).
 *
 * @param base the seed the user gave
 */
public record SeedSequence(long base) {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  /** Returns the seed of stream {@code index}. */
  public long seed(long index) {
    Require.argument(index >= 0, "stream index must be non-negative, was %s", index);
    return mix64(base + (index + 1) * GOLDEN_GAMMA);
  }

  /** Returns a fresh generator for stream {@code index}. */
  public SplittableRandom stream(long index) {
    return new SplittableRandom(seed(index));
  }

  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
