package io.github.verbatim.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** UTF-8 length without encoding agrees with encoding. */
class Utf8Test {

    @Test
    void examples() {
        assertEquals(0, Utf8.length(""));
        assertEquals(5, Utf8.length("héllo".substring(0, 4))); // h é l l
        assertEquals(3, Utf8.length("€"));
        assertEquals(4, Utf8.length("😀"));
        assertEquals(1, Utf8.length("\ud83d")); // lone surrogate: '?' when encoded
    }

    @Test
    void seededRandomTextMatchesGetBytes() {
        Random random = new Random(9);
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) {
                switch (random.nextInt(5)) {
                    case 0 -> b.append((char) random.nextInt(0x80));
                    case 1 -> b.append((char) (0x80 + random.nextInt(0x780)));
                    case 2 -> b.append((char) (0x800 + random.nextInt(0xD000)));
                    case 3 -> b.appendCodePoint(0x10000 + random.nextInt(0xFFFFF));
                    default -> b.append((char) (0xD800 + random.nextInt(0x800))); // stray surrogates too
                }
            }
            String s = b.toString();
            assertEquals(s.getBytes(StandardCharsets.UTF_8).length, Utf8.length(s), "round " + round);
        }
    }
}
