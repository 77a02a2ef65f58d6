/**
 * Relationship indices and turning points: per-period event counts, Goldstein sums and QuadClass shares of every
 * pair of countries, the smoothed relation index with its interval, and the changes of level in it.
 *
 * <p>Read {@link org.strait.index.RelationIndex} first: {@code compute(StoreReader, IndexQuery)} is the one entry
 * point (the store path: this package and {@code org.strait.store} are the only ones that know the store's tables),
 * {@code estimate(IndexQuery, List<PeriodStats>)} the same estimator over sums made elsewhere. {@link org.strait.index.TurningPoints} finds changes of level in the result and annotates them through
 * {@link org.strait.index.Annotations}; {@link org.strait.index.IndexChart} draws both. The estimator, the
 * de-duplication rules and the choice of one source per month are in {@code docs/indices.md}.
 */
package org.strait.index;
