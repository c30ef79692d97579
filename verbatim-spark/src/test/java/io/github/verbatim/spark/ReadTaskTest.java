package io.github.verbatim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadTaskTest {

    @Test
    void aLoneFileIsStripedOverTheTasksAndManyFilesAreReadWhole() {
        List<ReadTask> lone = ReadTask.plan(List.of("file:/a.jsonl.gz"), 4);
        assertEquals(List.of(new ReadTask(0, "file:/a.jsonl.gz", 0, 4), new ReadTask(0, "file:/a.jsonl.gz", 1, 4),
                new ReadTask(0, "file:/a.jsonl.gz", 2, 4), new ReadTask(0, "file:/a.jsonl.gz", 3, 4)), lone);
        List<ReadTask> many = ReadTask.plan(List.of("a", "b", "c", "d", "e"), 4);
        assertEquals(5, many.size());
        assertTrue(many.stream().allMatch(t -> t.stripes() == 1));
        assertEquals(List.of(), ReadTask.plan(List.of(), 4));
        assertThrows(IllegalArgumentException.class, () -> ReadTask.plan(List.of("a"), 0));
        assertThrows(IllegalArgumentException.class, () -> new ReadTask(0, "a", 2, 2));
    }

    @Test
    void seededPlansCoverEveryStripeOfEveryFileOnceAndMeetTheTaskCount() {
        Random random = new Random(8);
        for (int round = 0; round < 200; round++) {
            List<String> files = new ArrayList<>();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                files.add("file:/in/" + i);
            }
            int tasks = 1 + random.nextInt(64);
            List<ReadTask> plan = ReadTask.plan(files, tasks);
            Set<String> seen = new HashSet<>();
            for (ReadTask t : plan) {
                assertEquals(files.get(t.fileNumber()), t.uri());
                assertTrue(seen.add(t.fileNumber() + "/" + t.stripe()), "each stripe once: " + t);
            }
            for (int f = 0; f < n; f++) {
                int stripes = plan.stream().filter(t -> t.uri().equals("file:/in/" + 0)).findFirst().orElseThrow()
                        .stripes();
                for (int s = 0; s < stripes; s++) {
                    assertTrue(seen.contains(f + "/" + s), "file " + f + " stripe " + s);
                }
            }
            assertTrue(n == 0 || plan.size() >= tasks, "at least the requested tasks: " + plan.size());
            assertTrue(n == 0 || plan.size() < tasks + n, "no more stripes than needed: " + plan.size());
        }
    }
}
