package io.github.verbatim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class RowBlockTest {

    private static final StructType INNER = new StructType(new StructField[] {
        DataTypes.createStructField("text", DataTypes.StringType, true),
        DataTypes.createStructField("n", DataTypes.IntegerType, false),
        DataTypes.createStructField("ids", DataTypes.createArrayType(DataTypes.StringType, false), false)});

    private static final StructType OUTER = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("maybe", DataTypes.StringType, true),
        DataTypes.createStructField("count", DataTypes.IntegerType, false),
        DataTypes.createStructField("names", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("inner", DataTypes.createArrayType(INNER, false), false)});

    @Test
    void seededRandomRowsComeBackEqual() {
        Random random = new Random(42);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Row[] inner = new Row[random.nextInt(3)];
            for (int k = 0; k < inner.length; k++) {
                inner[k] = RowFactory.create(random.nextBoolean() ? null : text(random), random.nextInt(),
                        new String[] {text(random), text(random)});
            }
            String[] names = new String[random.nextInt(4)];
            for (int k = 0; k < names.length; k++) {
                names[k] = text(random);
            }
            rows.add(RowFactory.create(text(random), random.nextBoolean() ? null : text(random), random.nextInt(),
                    names, inner));
        }
        List<Row> back = RowBlock.unpack(RowBlock.pack(rows, OUTER), OUTER);
        assertEquals(rows.size(), back.size());
        for (int i = 0; i < rows.size(); i++) {
            Row a = rows.get(i);
            Row b = back.get(i);
            assertEquals(a.getString(0), b.getString(0));
            assertEquals(a.get(1), b.get(1));
            assertEquals(a.getInt(2), b.getInt(2));
            assertArrayEquals((Object[]) a.get(3), (Object[]) b.get(3));
            Row[] ai = (Row[]) a.get(4);
            Row[] bi = (Row[]) b.get(4);
            assertEquals(ai.length, bi.length);
            for (int k = 0; k < ai.length; k++) {
                assertEquals(ai[k].get(0), bi[k].get(0));
                assertEquals(ai[k].getInt(1), bi[k].getInt(1));
                assertArrayEquals((Object[]) ai[k].get(2), (Object[]) bi[k].get(2));
            }
        }
    }

    @Test
    void emptyBlockAndUnsupportedTypes() {
        assertEquals(List.of(), RowBlock.unpack(RowBlock.pack(List.of(), OUTER), OUTER));
        StructType doubles = new StructType(new StructField[] {
            DataTypes.createStructField("x", DataTypes.DoubleType, false)});
        assertThrows(IllegalArgumentException.class, () -> RowBlock.pack(List.of(RowFactory.create(1.0)), doubles));
        assertThrows(IllegalArgumentException.class, () -> RowBlock.pack(List.of(RowFactory.create("a", "b")), doubles));
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(20);
        for (int i = 0; i < n; i++) {
            s.append((char) (random.nextInt(4) == 0 ? 0x80 + random.nextInt(0x2000) : 'a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
