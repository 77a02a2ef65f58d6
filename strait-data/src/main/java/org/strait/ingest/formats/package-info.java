/**
 * The formats strait reads, assembled: {@link org.strait.ingest.formats.StandardReaders} lists one reader per
 * format sub-package of {@code org.strait.ingest}, so that the SPI package depends on none of its formats.
 */
package org.strait.ingest.formats;
