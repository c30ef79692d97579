package io.github.verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link WordMap} and {@link WordSet} answer exactly as the JDK's map and set of the same words. */
class WordMapTest {

    @Test
    void keysHashingToZeroOrOne() {
        // a free slot is marked by hash 0, so keys hashing to 0 and 1 share a tag and only equals tells them apart
        assertEquals(0, "".hashCode());
        assertEquals(0, "\0\0".hashCode());
        assertEquals(1, "\u0001".hashCode());
        Map<String, Integer> entries = new HashMap<>();
        entries.put("", 1);
        entries.put("\0\0", 2);
        entries.put("\u0001", 3);
        entries.put("said", 4);
        WordMap<Integer> map = WordMap.copyOf(entries);
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            assertEquals(e.getValue(), map.get(new String(e.getKey().toCharArray())), e.getKey());
        }
        assertNull(map.get("\0"));
        assertNull(map.get("\0\0\0"));
        assertNull(map.get("\u0001\0"));
        WordSet justEmpty = WordSet.of("");
        assertTrue(justEmpty.contains(""));
        assertFalse(justEmpty.contains("\0"));
        assertFalse(justEmpty.contains("\u0001"));
        WordSet justOne = WordSet.of("\u0001");
        assertFalse(justOne.contains(""));
        assertTrue(justOne.contains("\u0001"));
    }

    @Test
    void smallExamples() {
        WordSet set = WordSet.of("the", "a", "an", "mr.", "u.s.", "’s", "the");
        assertEquals(6, set.size());
        assertTrue(set.contains("the"));
        assertTrue(set.contains(new String("mr.".toCharArray())));
        assertTrue(set.contains("’s"));
        assertFalse(set.contains("The"));
        assertFalse(set.contains("'s"));
        assertFalse(set.contains(""));
        assertFalse(set.contains(null));
        WordSet empty = WordSet.of();
        assertFalse(empty.contains("the"));
        WordMap<Integer> map = WordMap.copyOf(Map.of("said", 1, "told", 2));
        assertEquals(1, map.get("said"));
        assertEquals(2, map.get("told"));
        assertNull(map.get("says"));
        assertTrue(map.containsKey("said"));
        assertThrows(NullPointerException.class, () -> WordSet.of("a", null));
    }

    @Test
    void wordsWithEqualHashesAreTold() {
        // "Aa" and "BB" share String.hashCode, as do all their concatenations
        WordSet set = WordSet.of("AaAa", "BBBB", "AaBB");
        assertTrue(set.contains("AaAa"));
        assertTrue(set.contains("BBBB"));
        assertTrue(set.contains("AaBB"));
        assertFalse(set.contains("BBAa"));
    }

    @Test
    void randomWordsAnswerAsTheJdkCollections() {
        Random random = new Random(23L);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(300);
            Map<String, Integer> reference = new HashMap<>();
            for (int k = 0; k < n; k++) {
                reference.put(randomWord(random), k);
            }
            WordMap<Integer> map = WordMap.copyOf(reference);
            WordSet set = WordSet.copyOf(List.copyOf(reference.keySet()));
            Set<String> keys = new HashSet<>(reference.keySet());
            assertEquals(reference.size(), map.size());
            for (String k : reference.keySet()) {
                assertEquals(reference.get(k), map.get(k));
                assertTrue(set.contains(k));
            }
            for (int q = 0; q < 500; q++) {
                String w = randomWord(random);
                assertEquals(reference.get(w), map.get(w), w);
                assertEquals(keys.contains(w), set.contains(w), w);
            }
        }
    }

    private static String randomWord(Random random) {
        int length = 1 + random.nextInt(4);
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < length; c++) {
            b.append((char) ('a' + random.nextInt(5)));
        }
        return random.nextInt(10) == 0 ? b.toString().toUpperCase(java.util.Locale.ROOT) : b.toString();
    }
}
