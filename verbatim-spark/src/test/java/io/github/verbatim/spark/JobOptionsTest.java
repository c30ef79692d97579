package io.github.verbatim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void parsesOutputPartitionsAndInputsInAnyOrder() {
        JobOptions o = JobOptions.parse("s3a://bucket/cc-news/2024/01/", "--partitions", "64", "--output",
                "hdfs:///verbatim/out", "file:/data/extra.jsonl");
        assertEquals(List.of("s3a://bucket/cc-news/2024/01/", "file:/data/extra.jsonl"), o.inputs());
        assertEquals("hdfs:///verbatim/out", o.output());
        assertEquals(64, o.partitions());
        assertEquals(0, JobOptions.parse("-o", "out", "in").partitions(), "0 means automatic");
    }

    @Test
    void badCommandLinesFailNamingTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("in"))
                .getMessage().contains("--output is required"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--output", "out"))
                .getMessage().contains("at least one input"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--output", "out", "--partitions", "many", "in")).getMessage().contains("'many'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--output", "out", "--partitions", "-3", "in")).getMessage().contains("-3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--outptu", "out", "in"))
                .getMessage().contains("'--outptu'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("in", "--output"))
                .getMessage().contains("--output needs a value"));
    }
}
