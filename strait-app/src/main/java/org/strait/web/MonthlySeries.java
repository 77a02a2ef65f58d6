package org.strait.web;

import java.util.List;
import org.strait.core.Require;

/**
 * Stored events of one pair per calendar month, both directions, months without events included as 0.
 *
 * @param dyad the pair, e.g. {@code JPN-KOR}
 * @param strict true when only the two country entities themselves count as actors
 * @param source the source label, or null for all sources
 * @param months the months {@code YYYY-MM}, consecutive, oldest first
 * @param counts events per month, parallel to {@code months}
 * @param total the sum of {@code counts}
 */
record MonthlySeries(String dyad, boolean strict, String source, List<String> months, List<Long> counts,
    long total) {
  /** Checks that the two lists are parallel and the total adds up. */
  MonthlySeries {
    months = List.copyOf(months);
    counts = List.copyOf(counts);
    Require.argument(months.size() == counts.size(), "%s months but %s counts", months.size(), counts.size());
    Require.argument(counts.stream().mapToLong(Long::longValue).sum() == total, "counts do not add up to %s",
        total);
  }
}
