package org.strait.store;

/**
 * The rejected rows of one source for one reason.
 *
 * @param source the source label
 * @param reason the reader's reason code
 * @param rows rows rejected
 */
public record RejectCount(String source, String reason, long rows) {}
