package io.github.verbatim.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The detector's shortcuts (the two-char filter on sentence starts, ASCII classification in the repeat hash)
 * change nothing: on seeded random texts built from the insert phrases in random case, their near misses,
 * repeated lines with varying white space and non-ASCII starts ("İ", the Kelvin sign, "©"), the residue
 * equals the residue found without them.
 */
class ResidueDetectorShortcutTest {

    private static final String[] PIECES = {"Read more", "READ MORE:", "read the rest here", "Also read",
        "Related: ", "Photo: ", "photo by", "Follow us", "follow him on Twitter", "Follow Pam on twitter @x",
        "Share this", "Share Tweet Email", "share", "Tweet", "(Reuters", "(AP Photo", "© 2020", "Getty Images",
        "h/t", "Hat tip", "___", "Watch: ", "Subscribe to", "Sign up for", "Editor’s note:", "Editor's note:",
        "Don’t miss:", "İstanbul", "\u212Aelvin", "Ábc", "He said", "The", "rEaD", "Re", "R", "f", "fo",
        "foll", "It", "was", "a", "day", "\u00A0", "\u2003", "\t", "  ", " ", "\n", "\n\n", ". ", "! ", ", "};

    @Test
    void shortcutsChangeNoResidue() {
        Random random = new Random(37L);
        Segmenter segmenter = new Segmenter();
        ResidueDetector detector = new ResidueDetector();
        int found = 0;
        for (int doc = 0; doc < 1500; doc++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(40);
            for (int k = 0; k < pieces; k++) {
                String p = PIECES[random.nextInt(PIECES.length)];
                int c = random.nextInt(4);
                b.append(c == 0 ? p.toUpperCase(Locale.ROOT) : c == 1 ? p.toLowerCase(Locale.ROOT) : p);
                if (random.nextInt(3) == 0) {
                    b.append(random.nextBoolean() ? "\n\n" : ". ");
                }
            }
            if (random.nextBoolean()) {
                b.append("\n\n").append(b); // repeated lines
            }
            Segmentation seg = segmenter.segment(b.toString());
            var fast = detector.detect(seg);
            assertEquals(detector.detect(seg, false), fast, seg.text());
            found += fast.size();
        }
        assertTrue(found > 1000, "too little residue to test anything: " + found);
    }
}
