package io.github.verbatim.spark;

import java.util.List;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes the job's Parquet tables with dictionary encoding switched off for the columns whose values rarely
 * repeat (texts, ids, keys, URLs). Parquet tries a dictionary for every column and falls back to plain
 * encoding only once the dictionary page is full, so on such columns the dictionary is pure cost: hashing and
 * comparing every value, then re-encoding them all. Low-cardinality columns (kind, outlet, dates, languages)
 * keep their dictionaries. Stateless.
 */
final class ParquetTables {

    private ParquetTables() {
    }

    /** Writes {@code table} to {@code path}; {@code uniqueColumns} are dotted Parquet column paths. */
    static void write(Dataset<Row> table, String path, List<String> uniqueColumns) {
        DataFrameWriter<Row> writer = table.write();
        for (String column : uniqueColumns) {
            // parquet-hadoop's per-column setting; the writer's options reach its Hadoop configuration
            writer = writer.option("parquet.enable.dictionary#" + column, "false");
        }
        writer.parquet(path);
    }
}
