package io.github.verbatim.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes Spark {@link Row}s straight to one Parquet file with parquet-hadoop (the Parquet library Spark ships),
 * without Spark SQL: no query planning, no generated code, no row encoders. The file reads back in Spark as the
 * given {@link StructType} exactly: the Parquet schema is the one Spark itself derives (strings as UTF-8
 * binaries, lists in the standard three-level {@code list}/{@code element} form, required where the field is
 * not nullable), and the Spark schema is stored in the footer under the key Spark's own writer uses.
 *
 * <p>Values: strings, ints, longs, booleans, doubles, structs as {@link Row}s, arrays as Java arrays or
 * {@link List}s; null where the field is nullable. Columns named in {@code uniqueColumns} (dotted Parquet paths,
 * e.g. {@code variants.list.element.text}) are written without a dictionary: their values rarely repeat, and
 * Parquet would otherwise hash and compare every value, then fall back to plain encoding once the dictionary
 * page is full. Other columns keep theirs. Snappy compression, Spark's default. Stateless.
 */
final class ParquetRows {

    /** The footer key under which Spark's Parquet writer stores the Spark schema (as JSON). */
    static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";

    /**
     * Bytes of encoded pages a writer holds before writing a row group out. Parquet's default (128 MB) would keep
     * a whole task's attribution pages in the heap until the file is closed, where the collector copies them
     * from generation to generation; 16 MB row groups still hold tens of thousands of rows.
     */
    static final long ROW_GROUP_BYTES = 16L << 20;

    private ParquetRows() {
    }

    /**
     * A writer of {@code schema}'s rows to a new file at {@code path}; fails if the file exists. Writers are built
     * one at a time in a JVM: parquet-hadoop 1.17 lets per-column settings of writers built concurrently leak
     * into each other ({@code ParquetRowsTest} catches it), which the job's writers, built in parallel tasks and
     * on the driver's threads with different column settings, would otherwise hit.
     */
    static synchronized ParquetWriter<Row> open(Path path, Configuration conf, StructType schema, List<String> uniqueColumns)
            throws IOException {
        Builder builder = new Builder(HadoopOutputFile.fromPath(path, conf), schema)
                .withConf(conf)
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .withDictionaryEncoding(true);
        for (String column : uniqueColumns) {
            builder = builder.withDictionaryEncoding(column, false);
        }
        return builder.build();
    }

    /** Writes every row of {@code rows} to a new file at {@code path}. */
    static void write(Path path, Configuration conf, StructType schema, List<String> uniqueColumns, Iterable<Row> rows)
            throws IOException {
        try (ParquetWriter<Row> writer = open(path, conf, schema, uniqueColumns)) {
            for (Row r : rows) {
                writer.write(r);
            }
        }
    }

    /** The Parquet schema Spark derives for {@code schema}. */
    static MessageType messageType(StructType schema) {
        List<Type> fields = new ArrayList<>();
        for (StructField f : schema.fields()) {
            fields.add(type(f.name(), f.dataType(), f.nullable()));
        }
        return new MessageType("spark_schema", fields);
    }

    private static Type type(String name, DataType type, boolean nullable) {
        Type.Repetition repetition = nullable ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
        if (type.equals(DataTypes.StringType)) {
            return Types.primitive(PrimitiveTypeName.BINARY, repetition).as(LogicalTypeAnnotation.stringType())
                    .named(name);
        } else if (type.equals(DataTypes.IntegerType)) {
            return Types.primitive(PrimitiveTypeName.INT32, repetition).named(name);
        } else if (type.equals(DataTypes.LongType)) {
            return Types.primitive(PrimitiveTypeName.INT64, repetition).named(name);
        } else if (type.equals(DataTypes.BooleanType)) {
            return Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(name);
        } else if (type.equals(DataTypes.DoubleType)) {
            return Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(name);
        } else if (type instanceof ArrayType array) {
            return Types.buildGroup(repetition).as(LogicalTypeAnnotation.listType())
                    .addField(Types.repeatedGroup()
                            .addField(type("element", array.elementType(), array.containsNull()))
                            .named("list"))
                    .named(name);
        } else if (type instanceof StructType struct) {
            List<Type> fields = new ArrayList<>();
            for (StructField f : struct.fields()) {
                fields.add(type(f.name(), f.dataType(), f.nullable()));
            }
            return Types.buildGroup(repetition).addFields(fields.toArray(new Type[0])).named(name);
        }
        throw new IllegalArgumentException("ParquetRows does not write " + type.simpleString() + " (field " + name + ")");
    }

    private static final class Builder extends ParquetWriter.Builder<Row, Builder> {

        private final StructType schema;

        Builder(org.apache.parquet.io.OutputFile file, StructType schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(Configuration conf) {
            return new RowWriteSupport(schema);
        }
    }

    /** Hands one row at a time to Parquet's record consumer, walking the schema. */
    private static final class RowWriteSupport extends WriteSupport<Row> {

        private final StructType schema;
        private RecordConsumer consumer;

        RowWriteSupport(StructType schema) {
            this.schema = schema;
        }

        @Override
        public WriteContext init(Configuration configuration) {
            Map<String, String> meta = new HashMap<>();
            meta.put(SPARK_SCHEMA_KEY, schema.json());
            return new WriteContext(messageType(schema), meta);
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
        }

        @Override
        public void write(Row row) {
            consumer.startMessage();
            fields(row, schema);
            consumer.endMessage();
        }

        private void fields(Row row, StructType struct) {
            StructField[] fields = struct.fields();
            if (row.length() != fields.length) {
                throw new IllegalArgumentException("row of " + row.length() + " values for a schema of "
                        + fields.length + " fields: " + struct.simpleString());
            }
            for (int i = 0; i < fields.length; i++) {
                Object value = row.get(i);
                if (value == null) {
                    if (!fields[i].nullable()) {
                        throw new IllegalArgumentException("null in the non-nullable field " + fields[i].name());
                    }
                    continue;
                }
                consumer.startField(fields[i].name(), i);
                value(value, fields[i].dataType());
                consumer.endField(fields[i].name(), i);
            }
        }

        private void value(Object value, DataType type) {
            if (type.equals(DataTypes.StringType)) {
                consumer.addBinary(Binary.fromString((String) value));
            } else if (type.equals(DataTypes.IntegerType)) {
                consumer.addInteger((Integer) value);
            } else if (type.equals(DataTypes.LongType)) {
                consumer.addLong((Long) value);
            } else if (type.equals(DataTypes.BooleanType)) {
                consumer.addBoolean((Boolean) value);
            } else if (type.equals(DataTypes.DoubleType)) {
                consumer.addDouble((Double) value);
            } else if (type instanceof ArrayType array) {
                consumer.startGroup();
                int n = value instanceof Object[] a ? a.length : ((List<?>) value).size();
                if (n > 0) {
                    consumer.startField("list", 0);
                    for (int i = 0; i < n; i++) {
                        Object e = value instanceof Object[] a ? a[i] : ((List<?>) value).get(i);
                        consumer.startGroup();
                        if (e != null) {
                            consumer.startField("element", 0);
                            value(e, array.elementType());
                            consumer.endField("element", 0);
                        } else if (!array.containsNull()) {
                            throw new IllegalArgumentException("null element in an array without nulls");
                        }
                        consumer.endGroup();
                    }
                    consumer.endField("list", 0);
                }
                consumer.endGroup();
            } else if (type instanceof StructType struct) {
                consumer.startGroup();
                fields((Row) value, struct);
                consumer.endGroup();
            } else {
                throw new IllegalArgumentException("ParquetRows does not write " + type.simpleString());
            }
        }
    }
}
