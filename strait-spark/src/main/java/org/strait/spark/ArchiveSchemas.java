package org.strait.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the archive job writes, column for column those of the store (see
 * {@code org.strait.store.Schema}), with the input file's path instead of the store's file id.
 */
final class ArchiveSchemas {
  private ArchiveSchemas() {}

  /** Name of the marker file that makes an output folder an archive {@code strait ingest} recognises. */
  static final String MARKER = "_strait_archive.json";

  static final StructType EVENTS = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("line", DataTypes.LongType, false)
      .add("source", DataTypes.StringType, false)
      .add("source_event_id", DataTypes.StringType, true)
      .add("event_date", DataTypes.DateType, false)
      .add("actor1_name", DataTypes.StringType, false)
      .add("actor1_country", DataTypes.StringType, false)
      .add("actor1_sector", DataTypes.StringType, true)
      .add("actor2_name", DataTypes.StringType, false)
      .add("actor2_country", DataTypes.StringType, false)
      .add("actor2_sector", DataTypes.StringType, true)
      .add("cameo", DataTypes.StringType, false)
      .add("root_code", DataTypes.ByteType, false)
      .add("quad_class", DataTypes.ByteType, false)
      .add("goldstein", DataTypes.DoubleType, false)
      .add("mentions", DataTypes.IntegerType, true)
      .add("sources", DataTypes.IntegerType, true)
      .add("articles", DataTypes.IntegerType, true)
      .add("tone", DataTypes.DoubleType, true)
      .add("month", DataTypes.StringType, false);

  static final StructType MONTHS = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("month", DataTypes.StringType, false)
      .add("events", DataTypes.LongType, false);

  static final StructType REJECTS = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("line", DataTypes.LongType, false)
      .add("reason", DataTypes.StringType, false)
      .add("detail", DataTypes.StringType, false);

  static final StructType FILES = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("format", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, false)
      .add("rows_valid", DataTypes.LongType, false)
      .add("rows_kept", DataTypes.LongType, false)
      .add("rows_rejected", DataTypes.LongType, false)
      .add("error", DataTypes.StringType, true);
}
