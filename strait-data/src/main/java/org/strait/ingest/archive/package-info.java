/**
 * The reader of the Parquet folders the Spark archive job writes, so that a cluster run ends in the same embedded
 * store as a local ingest. Read {@link org.strait.ingest.archive.ArchiveReader} first; the marker's checks live in
 * {@code ArchiveMarker}, the tables' folders and columns in {@code ArchiveTable}, the row-by-row checks in
 * {@code ArchiveRows} and {@code ParquetRow}, and {@code ArchiveProblems} gathers what is wrong into one error.
 */
package org.strait.ingest.archive;
