/**
 * Readers of temporal-knowledge-graph quadruples built from ICEWS: named ({@code subject, relation, object, date})
 * and id form ({@code s r o t -1} with {@code entity2id.txt} and {@code relation2id.txt} beside the file).
 *
 * <p>Read {@link org.strait.ingest.quad.IdQuadReader} first, then {@link org.strait.ingest.quad.NamedQuadReader}.
 * {@link org.strait.ingest.quad.LineSource} streams lines as strict UTF-8 and is shared with the ICEWS reader.
 * Every row is valid or rejected with a stable reason code: {@code column-count}, {@code missing-actor},
 * {@code bad-date}, {@code bad-time}, {@code bad-id}, {@code bad-marker}, {@code unknown-entity},
 * {@code unknown-relation}, {@code unmatched-relation}, {@code bad-utf8}, {@code line-too-long}.
 */
package org.strait.ingest.quad;
