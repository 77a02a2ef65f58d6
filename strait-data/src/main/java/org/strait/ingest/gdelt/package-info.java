/**
 * Readers of the GDELT event files as GDELT publishes them: GDELT 1.0 daily files (58 columns) and historical
 * back-files (57 columns), and GDELT 2.0 exports (61 columns); tab-separated, no header.
 *
 * <p>Read {@link org.strait.ingest.gdelt.GdeltEventReader} first: it detects the format and streams a file through
 * {@code BlockScan}, which cuts the bytes into blocks at line ends and has {@code GdeltRowParser} parse them in
 * parallel, then hands the results to the sink in file order. The parser works on bytes: it finds field boundaries
 * eight bytes at a time, checks only the fields the store needs, and builds an {@link org.strait.core.Event} only
 * for kept rows.
 */
package org.strait.ingest.gdelt;
