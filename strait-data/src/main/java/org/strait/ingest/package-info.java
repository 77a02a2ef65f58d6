/**
 * Streaming readers of event files, one per format, found through one registry.
 *
 * <p>Read {@link org.strait.ingest.EventReader} first, then {@link org.strait.ingest.ReaderRegistry}. Readers parse;
 * they never touch the store. Every row of a file ends in exactly one of three places: counted as valid (and kept
 * when both actors pass the country filter) or rejected with its line and reason. Every file is opened through
 * {@link org.strait.ingest.InputFile}, which refuses special files and bounds decompression
 * ({@link org.strait.ingest.InputLimits}); every event date lies in {@link org.strait.ingest.EventDates}' range.
 *
 * <p>One sub-package per format ({@code gdelt}, {@code icews}, {@code quad}, {@code archive}) implements the SPI;
 * {@code cameo} maps relation labels to CAMEO codes; {@code formats} assembles the standard registry. This package
 * depends on none of them.
 */
package org.strait.ingest;
