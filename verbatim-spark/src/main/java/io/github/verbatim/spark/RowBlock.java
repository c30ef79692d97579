package io.github.verbatim.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Rows built on the driver, packed into one byte array to travel to the executors: Spark ships a parallelized
 * collection inside its tasks with Java serialisation, which costs a class descriptor walk per object (a
 * statement row is a dozen objects); a byte array costs one copy. Supports the types the aggregation tables use:
 * strings, ints, and arrays of strings or of such structs, each nullable. Stateless.
 */
final class RowBlock {

    private RowBlock() {
    }

    /** {@code rows} packed by {@code schema}; fails fast on a field type this class does not pack. */
    static byte[] pack(List<Row> rows, StructType schema) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * rows.size() + 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(rows.size());
            for (Row row : rows) {
                writeStruct(out, row, schema);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The rows {@link #pack} packed with the same {@code schema}. */
    static List<Row> unpack(byte[] block, StructType schema) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(block))) {
            int n = in.readInt();
            List<Row> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                rows.add(readStruct(in, schema));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeStruct(DataOutputStream out, Row row, StructType schema) throws IOException {
        StructField[] fields = schema.fields();
        if (row.length() != fields.length) {
            throw new IllegalArgumentException("row of " + row.length() + " values for a schema of " + fields.length
                    + " fields: " + schema.simpleString());
        }
        for (int i = 0; i < fields.length; i++) {
            write(out, row.get(i), fields[i].dataType());
        }
    }

    private static Row readStruct(DataInputStream in, StructType schema) throws IOException {
        StructField[] fields = schema.fields();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = read(in, fields[i].dataType());
        }
        return RowFactory.create(values);
    }

    private static void write(DataOutputStream out, Object value, DataType type) throws IOException {
        out.writeBoolean(value != null);
        if (value == null) {
            return;
        }
        if (type.equals(DataTypes.StringType)) {
            byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        } else if (type.equals(DataTypes.IntegerType)) {
            out.writeInt((Integer) value);
        } else if (type instanceof ArrayType array) {
            Object[] elements = (Object[]) value;
            out.writeInt(elements.length);
            for (Object e : elements) {
                write(out, e, array.elementType());
            }
        } else if (type instanceof StructType struct) {
            writeStruct(out, (Row) value, struct);
        } else {
            throw new IllegalArgumentException("RowBlock does not pack " + type.simpleString());
        }
    }

    private static Object read(DataInputStream in, DataType type) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        if (type.equals(DataTypes.StringType)) {
            byte[] utf8 = new byte[in.readInt()];
            in.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        } else if (type.equals(DataTypes.IntegerType)) {
            return in.readInt();
        } else if (type instanceof ArrayType array) {
            DataType element = array.elementType();
            Object[] elements = element instanceof StructType ? new Row[in.readInt()]
                    : element.equals(DataTypes.StringType) ? new String[in.readInt()] : new Object[in.readInt()];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = read(in, element);
            }
            return elements;
        } else if (type instanceof StructType struct) {
            return readStruct(in, struct);
        }
        throw new IllegalArgumentException("RowBlock does not unpack " + type.simpleString());
    }
}
