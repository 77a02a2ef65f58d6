/**
 * The GDELT ingest benchmark: a generator of synthetic GDELT 2.0 exports with realistic distributions, and a
 * harness that times strait's ingest side by side with DuckDB's own {@code read_csv} of the same file.
 *
 * <p>Read {@link org.strait.bench.gdelt.IngestBenchmark} first, then
 * {@link org.strait.bench.gdelt.WholeProcessBenchmark} (the CLI as a separate process against DuckDB's Python
 * client); {@code bench/README.md} has the commands and the figures.
 */
package org.strait.bench.gdelt;
