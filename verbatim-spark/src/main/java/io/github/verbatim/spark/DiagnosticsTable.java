package io.github.verbatim.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code diagnostics} table: one row per document that produced no attributions because it could not be
 * read (stage {@code read}, the readers' skip reasons: {@code malformed-record}, {@code io-error},
 * {@code not-html}, {@code bad-json}, ...) or because the pipeline failed on it (stage {@code extract},
 * reason {@code internal-error}). Count by reason with {@code GROUP BY reason}, by file with
 * {@code GROUP BY file}.
 */
final class DiagnosticsTable {

    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("file", DataTypes.StringType, false),
        DataTypes.createStructField("location", DataTypes.StringType, false),
        DataTypes.createStructField("stage", DataTypes.StringType, false),
        DataTypes.createStructField("reason", DataTypes.StringType, false),
        DataTypes.createStructField("detail", DataTypes.StringType, false)});

    private DiagnosticsTable() {
    }

    /** The row of one skipped document. */
    static Row row(SkipRecord s) {
        return RowFactory.create(s.file(), s.location(), s.stage(), s.reason(), s.detail());
    }
}
