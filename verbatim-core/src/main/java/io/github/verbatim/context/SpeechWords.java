package io.github.verbatim.context;

import io.github.verbatim.text.LowerCaseWords;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Token;

/**
 * Words that mark a sentence as describing a speech event ("speaks", "said", "told", "remarks",
 * "interview", ...). Static helpers only.
 */
public final class SpeechWords {

    private static final LowerCaseWords WORDS = LowerCaseWords.of("speak", "speaks", "spoke", "speaking", "said",
            "says", "say", "told", "tells", "tell", "address", "addresses", "addressed", "addressing", "remarks",
            "speech", "interview", "conference", "briefing", "rally", "hearing", "testified", "testifies",
            "announced", "announces", "declared", "stated", "wrote", "writes", "tweeted", "statement",
            "explains", "explained", "stresses", "stressed", "noted", "notes", "added", "adds", "warned", "warns",
            "emphasizes", "emphasised", "emphasized", "emphasises", "argued", "argues", "insisted", "insists");

    private SpeechWords() {
    }

    /** Whether token {@code i} of {@code seg} is a speech word, case-insensitively. */
    public static boolean isSpeechWord(Segmentation seg, int i) {
        Token t = seg.tokens().get(i);
        int len = t.end() - t.start();
        if (len < 3 || len > 10) {
            return false;
        }
        return WORDS.contains(seg.text(), t.start(), t.end());
    }
}
