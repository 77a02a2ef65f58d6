/**
 * The reader of the Parquet folders the Spark archive job writes, so that a cluster run ends in the same embedded
 * store as a local ingest. Read {@link org.strait.ingest.archive.ArchiveReader}.
 */
package org.strait.ingest.archive;
