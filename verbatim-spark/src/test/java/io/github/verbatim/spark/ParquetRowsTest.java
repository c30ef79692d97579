package io.github.verbatim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ParquetRows}: files read back by Spark as the schema they were written with, value for value. */
class ParquetRowsTest {

    private static final StructType SPAN = new StructType(new StructField[] {
        DataTypes.createStructField("start", DataTypes.IntegerType, false),
        DataTypes.createStructField("end", DataTypes.IntegerType, false)});

    private static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("maybe", DataTypes.StringType, true),
        DataTypes.createStructField("n", DataTypes.IntegerType, false),
        DataTypes.createStructField("order", DataTypes.LongType, false),
        DataTypes.createStructField("flag", DataTypes.BooleanType, false),
        DataTypes.createStructField("score", DataTypes.DoubleType, false),
        DataTypes.createStructField("names", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("spans", DataTypes.createArrayType(SPAN, false), true)});

    @TempDir
    static Path dir;

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[1]").appName("parquet-rows-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void seededRandomRowsReadBackInSparkEqualAndWithTheSchema() throws IOException {
        Random random = new Random(7);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String[] names = new String[random.nextInt(3)];
            for (int k = 0; k < names.length; k++) {
                names[k] = text(random);
            }
            Row[] spans = new Row[random.nextInt(3)];
            for (int k = 0; k < spans.length; k++) {
                spans[k] = RowFactory.create(random.nextInt(1000), random.nextInt(1000));
            }
            rows.add(RowFactory.create("id-" + i, random.nextBoolean() ? "direct" : "indirect",
                    random.nextBoolean() ? null : text(random), random.nextInt(), random.nextLong(),
                    random.nextBoolean(), random.nextDouble(), names, random.nextInt(5) == 0 ? null : spans));
        }
        Path file = dir.resolve("random/part-00000.parquet");
        ParquetRows.write(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration(), SCHEMA, List.of("id"), rows);

        var read = spark.read().parquet(dir.resolve("random").toString());
        // Spark reads every file-based column as nullable; names and types are the written schema's
        assertEquals(SCHEMA.simpleString(), read.schema().simpleString());
        List<String> actual = new ArrayList<>();
        for (Row r : read.collectAsList()) {
            actual.add(canonical(r));
        }
        List<String> expected = new ArrayList<>();
        for (Row r : rows) {
            expected.add(canonical(r));
        }
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual);
    }

    @Test
    void uniqueColumnsHaveNoDictionaryOthersDo() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(RowFactory.create("id-" + i, i % 2 == 0 ? "direct" : "indirect", "same", i, (long) i, true, 0.5,
                    new String[] {"a-" + i}, new Row[] {RowFactory.create(i, i + 1)}));
        }
        Path file = dir.resolve("dictionaries/part-00000.parquet");
        ParquetRows.write(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration(), SCHEMA,
                List.of("id", "names.list.element"), rows);
        Map<String, Boolean> dictionary = new TreeMap<>();
        try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
            for (var block : r.getFooter().getBlocks()) {
                for (var column : block.getColumns()) {
                    dictionary.put(column.getPath().toDotString(), column.hasDictionaryPage());
                }
            }
        }
        assertEquals(Boolean.FALSE, dictionary.get("id"), dictionary::toString);
        assertEquals(Boolean.FALSE, dictionary.get("names.list.element"), dictionary::toString);
        assertEquals(Boolean.TRUE, dictionary.get("kind"), dictionary::toString);
        assertEquals(Boolean.TRUE, dictionary.get("maybe"), dictionary::toString);
    }

    @Test
    void theAggregateTablesUniqueColumnsHaveNoDictionary() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(RowFactory.create("s-" + i / 3, i % 3, "r-" + i, "k-" + i / 2, "outlet", "2024-01-01", null,
                    "direct", "text " + i));
        }
        Path file = dir.resolve("reports/part-00000.parquet");
        ParquetRows.write(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration(), AggregateTables.REPORTS,
                AggregateTables.REPORTS_UNIQUE, rows);
        Map<String, Boolean> dictionary = dictionaries(file);
        for (String c : AggregateTables.REPORTS_UNIQUE) {
            assertEquals(Boolean.FALSE, dictionary.get(c), c + " in " + dictionary);
        }
    }

    /** Writers of different column settings built on three threads at once: each keeps its own. */
    @Test
    void concurrentWritersKeepTheirOwnColumnSettings() throws Exception {
        List<Row> reports = new ArrayList<>();
        List<Row> plain = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            reports.add(RowFactory.create("s-" + i / 3, i % 3, "r-" + i, "k-" + i / 2, "outlet", "2024-01-01", null,
                    "direct", "text " + i));
            plain.add(RowFactory.create("id-" + i, "direct", "x", i, (long) i, true, 0.5, new String[0], null));
        }
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<?>> writes = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int n = t;
                writes.add(threads.submit(() -> {
                    Path file = dir.resolve("concurrent/" + n + "/part-00000.parquet");
                    ParquetRows.write(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration(),
                            n % 2 == 0 ? AggregateTables.REPORTS : SCHEMA,
                            n % 2 == 0 ? AggregateTables.REPORTS_UNIQUE : List.of(), n % 2 == 0 ? reports : plain);
                    return null;
                }));
            }
            for (var w : writes) {
                w.get();
            }
        } finally {
            threads.shutdown();
        }
        for (int t = 0; t < 6; t += 2) {
            Map<String, Boolean> dictionary = dictionaries(dir.resolve("concurrent/" + t + "/part-00000.parquet"));
            for (String c : AggregateTables.REPORTS_UNIQUE) {
                assertEquals(Boolean.FALSE, dictionary.get(c), t + ": " + c + " in " + dictionary);
            }
        }
    }

    private static Map<String, Boolean> dictionaries(Path file) throws IOException {
        Map<String, Boolean> dictionary = new TreeMap<>();
        try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
            for (var block : r.getFooter().getBlocks()) {
                for (var column : block.getColumns()) {
                    dictionary.put(column.getPath().toDotString(), column.hasDictionaryPage());
                }
            }
        }
        return dictionary;
    }

    @Test
    void aNullInANonNullableFieldFailsNamingIt() {
        Path file = dir.resolve("bad/part-00000.parquet");
        List<Row> rows = List.of(RowFactory.create(null, "direct", null, 1, 1L, true, 0.5, new String[0], null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParquetRows.write(
                new org.apache.hadoop.fs.Path(file.toUri()), new Configuration(), SCHEMA, List.of(), rows));
        assertEquals("null in the non-nullable field id", e.getMessage());
    }

    private static String canonical(Row r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            Object v = r.get(i);
            if (v instanceof Object[] a) {
                v = Arrays.asList(a);
            } else if (v instanceof scala.collection.Seq<?> s) {
                v = scala.jdk.javaapi.CollectionConverters.asJava(s);
            }
            b.append(v instanceof List<?> l ? l.stream().map(x -> x instanceof Row row ? canonical(row) : String.valueOf(x))
                    .toList() : String.valueOf(v)).append('|');
        }
        return b.toString();
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            b.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 0x4e00 + random.nextInt(200)));
        }
        return b.toString();
    }
}
