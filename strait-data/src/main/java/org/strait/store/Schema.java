package org.strait.store;

import java.util.List;

/**
 * The tables of the embedded store. One row of {@code files} per ingested file (its SHA-256 and reading options
 * make ingest idempotent); {@code events} holds the kept events; {@code source_months} the monthly totals of all valid rows of
 * each file, kept or not, which indices use to normalise; {@code rejects} every rejected row with its reason.
 *
 * <p>Months are written {@code YYYY-MM}. Counts a source does not have are NULL, never 0.
 */
public final class Schema {
  private Schema() {}

  /** The version of this schema, stored in {@code meta}; a store of another version is refused. */
  public static final int VERSION = 1;

  /** The statements that create the schema in an empty store. */
  public static final List<String> DDL = List.of(
      "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS files ("
          + " file_id BIGINT PRIMARY KEY, path VARCHAR NOT NULL, sha256 VARCHAR NOT NULL UNIQUE,"
          + " size BIGINT NOT NULL, format VARCHAR NOT NULL, source VARCHAR NOT NULL,"
          + " ingested_at TIMESTAMP NOT NULL, rows_valid BIGINT NOT NULL, rows_kept BIGINT NOT NULL,"
          + " rows_rejected BIGINT NOT NULL)",
      // the options that change what the file holds (FileOptions); NULL in stores from before they were recorded
      "ALTER TABLE files ADD COLUMN IF NOT EXISTS options VARCHAR",
      // rows involving the followed countries, and of those with both actors resolved (ActorCoverage); NULL as above
      "ALTER TABLE files ADD COLUMN IF NOT EXISTS rows_involving BIGINT",
      "ALTER TABLE files ADD COLUMN IF NOT EXISTS rows_resolved BIGINT",
      "CREATE TABLE IF NOT EXISTS events ("
          + " file_id BIGINT NOT NULL, line BIGINT NOT NULL, source VARCHAR NOT NULL, source_event_id VARCHAR,"
          + " event_date DATE NOT NULL,"
          + " actor1_name VARCHAR NOT NULL, actor1_country VARCHAR NOT NULL, actor1_sector VARCHAR,"
          + " actor2_name VARCHAR NOT NULL, actor2_country VARCHAR NOT NULL, actor2_sector VARCHAR,"
          + " cameo VARCHAR NOT NULL, root_code TINYINT NOT NULL, quad_class TINYINT NOT NULL,"
          + " goldstein DOUBLE NOT NULL, mentions INTEGER, sources INTEGER, articles INTEGER, tone DOUBLE)",
      "CREATE TABLE IF NOT EXISTS source_months ("
          + " file_id BIGINT NOT NULL, source VARCHAR NOT NULL, month VARCHAR NOT NULL, events BIGINT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS rejects ("
          + " file_id BIGINT NOT NULL, line BIGINT NOT NULL, reason VARCHAR NOT NULL, detail VARCHAR NOT NULL)");
}
