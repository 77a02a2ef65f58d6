package org.strait.store;

/**
 * One unordered pair of countries and its stored events in both directions.
 *
 * @param first the pair's alphabetically first country code
 * @param second the other code
 * @param events events stored
 * @param firstDay the date of the first event ({@code YYYY-MM-DD})
 * @param lastDay the date of the last event
 */
public record PairEvents(String first, String second, long events, String firstDay, String lastDay) {}
