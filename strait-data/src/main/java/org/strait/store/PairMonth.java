package org.strait.store;

import java.time.YearMonth;

/**
 * The stored events of one month from one country to another (directed), summed.
 *
 * @param month the month
 * @param from the first actor's country code
 * @param to the second actor's country code
 * @param events events
 * @param goldstein the sum of their Goldstein scores
 * @param materialConflicts events of quad class 4
 * @param conflicts events of quad class 3 or 4
 */
public record PairMonth(YearMonth month, String from, String to, long events, double goldstein,
    long materialConflicts, long conflicts) {}
