package org.strait.store;

/**
 * One stored file with its counts and the months and days its rows cover.
 *
 * @param id the store's file id
 * @param path the path the file was ingested from
 * @param format the reader's format
 * @param source the source label
 * @param bytes the file size
 * @param ingestedAt when it was ingested (store time, as text)
 * @param valid rows that parsed
 * @param kept rows stored as events
 * @param rejected rows rejected
 * @param firstMonth first month with a valid row ({@code YYYY-MM}), or null
 * @param lastMonth last month with a valid row, or null
 * @param firstEvent date of the first kept event ({@code YYYY-MM-DD}), or null
 * @param lastEvent date of the last kept event, or null
 */
public record FileSummary(long id, String path, String format, String source, long bytes, String ingestedAt,
    long valid, long kept, long rejected, String firstMonth, String lastMonth, String firstEvent, String lastEvent) {}
