/**
 * The embedded DuckDB store: one file holding ingested events, monthly source totals and rejected rows.
 *
 * <p>Read {@link org.strait.store.EventStore} first. Ingest is atomic per file (one transaction) and idempotent
 * (a file whose SHA-256 is stored already is skipped); the tables are described in {@link org.strait.store.Schema}.
 * Everything else reads through {@link org.strait.store.StoreReader}'s typed methods: only this package and
 * {@code org.strait.index} know the tables.
 */
package org.strait.store;
