package io.github.verbatim.learn;

import io.github.verbatim.text.TokenType;

/**
 * Cheap part-of-speech-like word classes for the tagger's {@link FeatureGroup#CLASSES} templates: a fixed list
 * of closed-class English words (determiners, possessives, pronouns, prepositions, auxiliaries, modals,
 * negation, conjunctions, relative and question words, subordinators, titles, time words), and for every
 * other token a coarse class from its type and first char (capitalised word, lower-case word, number, or the
 * punctuation char itself). No tagger and no strings: a lookup of the token's lower-case hash
 * ({@link FeatureHash#lower}) in a small open-addressed table built once.
 *
 * <p>Class ids are stable parts of the model format: changing them changes what a trained model means.
 * Stateless and thread-safe.
 */
final class WordClasses {

    static final int CAPITALISED = 1;
    static final int LOWER = 2;
    static final int NUMBER = 3;
    static final int QUOTE = 4;
    /** A word ending in a possessive 's ("Trump's", "party’s"), capitalised or not. */
    static final int POSSESSIVE_CAPITALISED = 5;
    static final int POSSESSIVE_LOWER = 6;
    /** Punctuation classes are this plus the char. */
    static final int PUNCT_BASE = 1 << 16;

    private static final String[][] CLOSED = {
        /* 10 determiners */ {"the", "a", "an", "this", "these", "those", "another", "each", "every", "some",
            "any", "all", "both", "many", "several", "most", "few", "other", "such", "no"},
        /* 11 possessives */ {"his", "her", "its", "their", "our", "my", "your", "'s", "’s"},
        /* 12 subject pronouns */ {"he", "she", "they", "we", "i", "you", "it", "one", "someone", "everyone",
            "anyone", "nobody", "none"},
        /* 13 object pronouns */ {"him", "them", "us", "me", "himself", "herself", "themselves", "itself"},
        /* 14 prepositions */ {"of", "in", "on", "at", "for", "with", "by", "from", "to", "about", "after",
            "before", "during", "over", "under", "into", "through", "against", "among", "between", "without",
            "within", "across", "as", "like", "than", "per", "via", "toward", "towards", "despite", "amid",
            "including", "regarding"},
        /* 15 be */ {"is", "are", "was", "were", "be", "been", "being", "am", "'re", "’re", "'m", "’m"},
        /* 16 have */ {"has", "have", "had", "having", "'ve", "’ve"},
        /* 17 modals and do */ {"will", "would", "can", "could", "may", "might", "shall", "should", "must", "do",
            "does", "did", "'ll", "’ll", "'d", "’d", "wo", "ca"},
        /* 18 negation */ {"not", "n't", "n’t", "never", "neither", "nor"},
        /* 19 conjunctions */ {"and", "or", "but", "yet", "so", "&"},
        /* 20 relative and question words */ {"who", "whom", "whose", "which", "that", "what", "when", "where",
            "why", "how", "whether"},
        /* 21 subordinators */ {"because", "although", "though", "while", "if", "unless", "since", "until",
            "once", "whereas"},
        /* 22 titles */ {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "rep", "rep.", "gov",
            "gov.", "gen", "gen.", "lt", "lt.", "col", "col.", "sgt", "sgt.", "president", "senator", "secretary",
            "governor", "mayor", "chairman", "chairwoman", "director", "spokesman", "spokeswoman", "spokesperson",
            "minister", "ambassador", "judge", "justice", "professor", "chief", "former", "vice", "deputy",
            "representative", "congressman", "congresswoman", "candidate", "nominee", "leader", "speaker"},
        /* 23 time words */ {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tomorrow", "tonight", "last", "next", "week", "month", "year", "earlier",
            "later", "morning", "afternoon", "evening", "night", "recently", "ago", "now", "then", "again",
            "also"},
        /* 24 speech-event nouns */ {"statement", "interview", "speech", "email", "e-mail", "tweet", "letter",
            "release", "conference", "briefing", "report", "reporters", "rally", "remarks", "post", "video",
            "television", "radio", "show", "debate", "hearing", "op-ed", "twitter", "facebook"},
    };
    private static final int FIRST_CLOSED = 10;

    private static final int BITS = 11;
    private static final long[] KEYS = new long[1 << BITS];
    private static final int[] VALUES = new int[1 << BITS];

    static {
        for (int c = 0; c < CLOSED.length; c++) {
            for (String w : CLOSED[c]) {
                long h = FeatureHash.lower(w);
                int slot = slot(h);
                while (VALUES[slot] != 0 && KEYS[slot] != h) {
                    slot = (slot + 1) & ((1 << BITS) - 1);
                }
                if (VALUES[slot] == 0) {
                    KEYS[slot] = h;
                    VALUES[slot] = FIRST_CLOSED + c;
                }
            }
        }
    }

    private WordClasses() {
    }

    private static int slot(long h) {
        return (int) (FeatureHash.mix(h) >>> (64 - BITS));
    }

    /**
     * The class of a token.
     *
     * @param lowerHash {@link FeatureHash#lower} of the token's chars
     * @param type      the token's type
     * @param text      the text holding the token
     * @param start     the token's first char index
     * @param end       the token's end char index (exclusive)
     */
    static int of(long lowerHash, TokenType type, CharSequence text, int start, int end) {
        char first = text.charAt(start);
        switch (type) {
            case NUMBER:
                return NUMBER;
            case QUOTE:
                return QUOTE;
            case PUNCT:
                return PUNCT_BASE + first;
            default:
                break;
        }
        int slot = slot(lowerHash);
        while (VALUES[slot] != 0) {
            if (KEYS[slot] == lowerHash) {
                return VALUES[slot];
            }
            slot = (slot + 1) & ((1 << BITS) - 1);
        }
        boolean capitalised = Character.isUpperCase(first);
        if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
            return capitalised ? POSSESSIVE_CAPITALISED : POSSESSIVE_LOWER;
        }
        return capitalised ? CAPITALISED : LOWER;
    }
}
