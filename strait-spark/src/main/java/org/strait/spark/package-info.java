/**
 * The archive-scale job on Apache Spark: reads event files from any path Spark reads, parses each with the same
 * {@link org.strait.ingest.EventReader} as {@code strait ingest}, and writes the kept events, the monthly source
 * totals, the rejected rows and the dyad-month aggregates as Parquet that {@code strait ingest} accepts.
 *
 * <p>Read {@link org.strait.spark.ArchiveJob} first.
 */
package org.strait.spark;
