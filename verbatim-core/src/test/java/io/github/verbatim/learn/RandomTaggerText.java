package io.github.verbatim.learn;

import java.util.Random;

/**
 * Seeded random article text for the tagger's equivalence tests: paragraphs of sentences of words, quotation
 * marks glued to words, punctuation and varied spacing. The same {@link Random} state and sizes always give the
 * same text, so a test that fails can be replayed from its seed.
 */
final class RandomTaggerText {
    private static final String[] PUNCT = {",", ".", ":", ";", "!", "?", "—", "-", "(", ")"};
    private static final String[] QUOTES = {"“", "”", "\"", "'", "‘", "’", "«", "»"};

    private RandomTaggerText() {
    }

    /**
     * Returns 1..maxParagraphs paragraphs of 1..maxSentences sentences of 1..maxWords tokens drawn from
     * {@code words}, quotation marks and punctuation.
     */
    static String generate(Random random, String[] words, int maxParagraphs, int maxSentences, int maxWords) {
        StringBuilder b = new StringBuilder();
        int paragraphs = 1 + random.nextInt(maxParagraphs);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 1 + random.nextInt(maxSentences);
            for (int s = 0; s < sentences; s++) {
                int count = 1 + random.nextInt(maxWords);
                for (int w = 0; w < count; w++) {
                    int kind = random.nextInt(10);
                    if (kind < 7) {
                        b.append(words[random.nextInt(words.length)]);
                    } else if (kind < 9) {
                        b.append(QUOTES[random.nextInt(QUOTES.length)]).append(words[random.nextInt(words.length)]);
                    } else {
                        b.append(PUNCT[random.nextInt(PUNCT.length)]);
                    }
                    b.append(random.nextInt(6) == 0 ? "" : " ");
                }
                b.append(random.nextBoolean() ? ". " : random.nextBoolean() ? ".” " : "? ");
            }
            b.append("\n\n");
        }
        return b.toString();
    }
}
