package io.github.verbatim.context.ner;

import io.github.verbatim.context.gazetteer.Gazetteer;
import io.github.verbatim.context.gazetteer.GazetteerMatch;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;
import java.util.BitSet;
import java.util.List;

/**
 * The hashed features of every token of one segmented document, computed once and read per token by the
 * tagger and the trainer. Not thread-safe; one instance per document.
 *
 * <p>Token features: the word, its lower case, its shape ("Xxxx", "X.X.", "dd"), lower-case prefixes of 1-3
 * and suffixes of 1-4 chars, the lower case of the two tokens either side, the shape of the next and previous
 * token, word and shape bigrams, the word with the next token's shape, the shape trigram,
 * gazetteer membership (kind, first or inner token), capitalisation in context (sentence-initial, after a
 * quotation mark, in a title-case line such as a headline), position in the sentence, and two document
 * statistics: whether the word also occurs in lower case, and whether it occurs capitalised away from the
 * start of a sentence. Label features (previous label, previous two labels, previous label with the word and
 * with the shape) are hashed at decoding time by {@link #labelFeatures}. The {@link FeatureHashing} scheme
 * decides whether the word bigrams are used and whether features carry a sign.
 */
final class NerFeatures {

    /** Upper bound on the number of token features. */
    static final int MAX_TOKEN_FEATURES = 40;
    static final int LABEL_FEATURES = 4;

    private static final long BOUNDARY = 0x51ed27dL;

    static {
        // shapeContextKey packs a gazetteer value plus one into 8 bits
        if (2 * io.github.verbatim.context.gazetteer.GazetteerKind.values().length + 1 > 255) {
            throw new ExceptionInInitializerError("too many gazetteer kinds for the packed context key");
        }
    }

    private final Segmentation seg;
    private final String text;
    private final int mask;
    private final boolean signed;
    private final boolean wordBigrams;
    private final long[] lower;
    private final long[] exact;
    private final long[] shape;
    private final int[] gazetteer;
    private final boolean[] titleLine;
    private final int[] sentenceOf;
    private final LongSet seenLower = new LongSet();
    private final LongSet seenCapitalInside = new LongSet();

    NerFeatures(Segmentation seg, Gazetteer gaz, int bucketBits, FeatureHashing hashing) {
        this(seg, gaz, bucketBits, hashing, null);
    }

    /**
     * The features of the tokens of the sentences set in {@code sentences} (all when null). The document
     * statistics still see every token, so a chosen token's features are those the three-argument
     * constructor gives it; the features of a token outside the chosen sentences are undefined.
     */
    NerFeatures(Segmentation seg, Gazetteer gaz, int bucketBits, FeatureHashing hashing, BitSet sentences) {
        this.seg = seg;
        this.signed = hashing.signed();
        this.wordBigrams = hashing.wordBigrams();
        this.text = seg.text();
        this.mask = (1 << bucketBits) - 1;
        List<Token> tokens = seg.tokens();
        int n = tokens.size();
        lower = new long[n];
        exact = new long[n];
        shape = new long[n];
        gazetteer = new int[n];
        sentenceOf = new int[n];
        titleLine = new boolean[seg.sentences().size()];
        for (int si = 0; si < seg.sentences().size(); si++) {
            Sentence sentence = seg.sentences().get(si);
            boolean chosen = sentences == null || sentences.get(si);
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                Token t = tokens.get(i);
                if (chosen) {
                    hashAll(i, t);
                } else if (t.type() == TokenType.WORD) {
                    lower[i] = lowerHash(t); // the document statistics read every word's lower case
                }
            }
        }
        for (int s = 0; s < seg.sentences().size(); s++) {
            Sentence sentence = seg.sentences().get(s);
            int words = 0;
            int capitals = 0;
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                sentenceOf[i] = s;
                Token t = tokens.get(i);
                if (t.type() != TokenType.WORD) {
                    continue;
                }
                char c = text.charAt(t.start());
                boolean cap = Character.isUpperCase(c);
                words++;
                if (cap) {
                    capitals++;
                }
                if (Character.isLowerCase(c)) {
                    seenLower.add(lower[i]);
                } else if (cap && i > sentence.firstToken() && !afterQuoteOrColon(i)) {
                    seenCapitalInside.add(lower[i]);
                }
            }
            titleLine[s] = words >= 3 && capitals * 10 >= words * 7;
            if (sentences != null && !sentences.get(s)) {
                continue; // gazetteer features look no further than the token's own sentence
            }
            int i = sentence.firstToken();
            while (i < sentence.endToken()) {
                GazetteerMatch m = gaz.longestAt(seg, i, sentence.endToken());
                if (m == null) {
                    i++;
                    continue;
                }
                int kind = 1 + m.entry().kind().ordinal() * 2;
                for (int k = m.firstToken(); k < m.endToken(); k++) {
                    gazetteer[k] = k == m.firstToken() ? kind : kind + 1;
                }
                i = m.endToken();
            }
        }
    }

    /** Sets the exact, lower-case and shape hashes of token {@code i}. */
    private void hashAll(int i, Token t) {
        long lo = 0xcbf29ce484222325L;
        long ex = 0xcbf29ce484222325L;
        long sh = 0xcbf29ce484222325L;
        char lastShape = 0;
        int repeat = 0;
        for (int k = t.start(); k < t.end(); k++) {
            char c = text.charAt(k);
            ex = (ex ^ c) * 0x100000001b3L;
            char l;
            char s;
            if (c < 0x80) { // ASCII, as Character would classify it
                boolean upper = c >= 'A' && c <= 'Z';
                l = upper ? (char) (c + ('a' - 'A')) : c;
                s = upper ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : c;
            } else {
                l = Character.toLowerCase(c);
                s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            }
            lo = (lo ^ l) * 0x100000001b3L;
            if (s == lastShape) {
                if (++repeat >= 2) {
                    continue;
                }
            } else {
                repeat = 0;
            }
            lastShape = s;
            sh = (sh ^ s) * 0x100000001b3L;
        }
        lower[i] = lo;
        exact[i] = ex;
        shape[i] = sh;
    }

    /** The lower-case hash of a token, as {@link #hashAll} computes it. */
    private long lowerHash(Token t) {
        long lo = 0xcbf29ce484222325L;
        for (int k = t.start(); k < t.end(); k++) {
            lo = (lo ^ Character.toLowerCase(text.charAt(k))) * 0x100000001b3L;
        }
        return lo;
    }

    int size() {
        return lower.length;
    }

    private boolean afterQuoteOrColon(int i) {
        if (i == 0) {
            return true;
        }
        Token p = seg.tokens().get(i - 1);
        if (p.type() == TokenType.QUOTE) {
            return true;
        }
        char c = text.charAt(p.start());
        return p.type() == TokenType.PUNCT && (c == ':' || c == '(' || c == '-' || c == '\u2014' || c == '\u2013');
    }

    private int bucket(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        // signed: bit 63 of the mixed hash becomes the sign bit of the row index (see NerModel#accumulate)
        return signed ? ((int) h & mask) | ((int) (h >>> 32) & Integer.MIN_VALUE) : (int) h & mask;
    }

    private static long combine(long template, long value) {
        return (template * 0x9E3779B97F4A7C15L) ^ value;
    }

    private static long combine(long template, long a, long b) {
        return combine(template, a * 31 + (b ^ (b >>> 17)));
    }

    private long lowerAt(int i, int first, int end) {
        return i < first || i >= end ? BOUNDARY : lower[i];
    }

    private long shapeAt(int i, int first, int end) {
        return i < first || i >= end ? BOUNDARY : shape[i];
    }

    private long affix(Token t, int k, boolean prefix) {
        long h = 0xcbf29ce484222325L + k;
        int len = t.end() - t.start();
        if (len < k) {
            return 0;
        }
        int from = prefix ? t.start() : t.end() - k;
        for (int j = from; j < from + k; j++) {
            h = (h ^ Character.toLowerCase(text.charAt(j))) * 0x100000001b3L;
        }
        return h;
    }

    /**
     * Writes the buckets of token {@code i}'s features into {@code out}; returns how many. With signed hashing
     * a bucket's sign bit is the feature's sign: its row is {@code b & Integer.MAX_VALUE}.
     */
    int tokenFeatures(int i, int[] out) {
        int n = wordFeatures(i, out, 0);
        return contextFeatures(i, out, n);
    }

    /** The exact-text hash of token {@code i}: tokens with equal hashes have equal {@link #wordFeatures}. */
    long wordKey(int i) {
        return exact[i];
    }

    /** Writes the features that depend on token {@code i}'s text alone from {@code offset}; returns the end. */
    int wordFeatures(int i, int[] out, int offset) {
        Token t = seg.tokens().get(i);
        int n = offset;
        out[n++] = bucket(1);
        out[n++] = bucket(combine(2, exact[i]));
        out[n++] = bucket(combine(3, lower[i]));
        out[n++] = bucket(combine(4, shape[i]));
        for (int k = 1; k <= 3; k++) {
            long a = affix(t, k, true);
            if (a != 0) {
                out[n++] = bucket(combine(5 + k, a));
            }
        }
        for (int k = 1; k <= 4; k++) {
            long a = affix(t, k, false);
            if (a != 0) {
                out[n++] = bucket(combine(9 + k, a));
            }
        }
        return n;
    }

    /** Writes the features of token {@code i} that depend on its context from {@code offset}; returns the end. */
    int contextFeatures(int i, int[] out, int offset) {
        int s = sentenceOf[i];
        Sentence sentence = seg.sentences().get(s);
        int first = sentence.firstToken();
        int end = sentence.endToken();
        Token t = seg.tokens().get(i);
        char c0 = text.charAt(t.start());
        boolean cap = Character.isUpperCase(c0);
        int n = offset;
        long prev = lowerAt(i - 1, first, end);
        long next = lowerAt(i + 1, first, end);
        out[n++] = bucket(combine(14, prev));
        out[n++] = bucket(combine(15, next));
        out[n++] = bucket(combine(16, lowerAt(i - 2, first, end)));
        out[n++] = bucket(combine(17, lowerAt(i + 2, first, end)));
        out[n++] = bucket(combine(18, shapeAt(i - 1, first, end)));
        out[n++] = bucket(combine(19, shapeAt(i + 1, first, end)));
        if (wordBigrams) {
            out[n++] = bucket(combine(20, prev, lower[i]));
            out[n++] = bucket(combine(21, lower[i], next));
        }
        out[n++] = bucket(combine(22, shapeAt(i - 1, first, end), shape[i]));
        out[n++] = bucket(combine(23, shape[i], shapeAt(i + 1, first, end)));
        out[n++] = bucket(combine(24, gazetteer[i]));
        out[n++] = bucket(combine(25, gazetteer[i], i + 1 < end ? gazetteer[i + 1] : -1));
        out[n++] = bucket(combine(26, i > first ? gazetteer[i - 1] : -1, gazetteer[i]));
        int position = i == first ? 0 : i == first + 1 ? 1 : i == end - 1 ? 2 : 3;
        out[n++] = bucket(combine(27, position, cap ? 1 : 0));
        out[n++] = bucket(combine(28, afterQuoteOrColon(i) ? 1 : 0, cap ? 1 : 0));
        out[n++] = bucket(combine(29, titleLine[s] ? 1 : 0, shape[i]));
        out[n++] = bucket(combine(32, lower[i], shapeAt(i + 1, first, end)));
        out[n++] = bucket(combine(33, shapeAt(i - 1, first, end) * 31 + shape[i], shapeAt(i + 1, first, end)));
        if (cap) {
            int stats = (seenLower.contains(lower[i]) ? 1 : 0) + (seenCapitalInside.contains(lower[i]) ? 2 : 0);
            out[n++] = bucket(combine(30, stats, position == 0 ? 1 : 0));
            out[n++] = bucket(combine(31, stats, shape[i]));
        }
        return n;
    }

    /**
     * The key of token {@code i}'s shape-and-position features ({@link #shapeContextFeatures}): two tokens
     * with equal keys have equal shape-and-position features, so their summed rows can be shared. Writes four
     * longs to {@code key} from {@code offset}: the shapes of the previous token, the token and the next token
     * (sentence boundaries as the features see them), and the small values packed with a presence bit (62).
     */
    void shapeContextKey(int i, long[] key, int offset) {
        int s = sentenceOf[i];
        Sentence sentence = seg.sentences().get(s);
        int first = sentence.firstToken();
        int end = sentence.endToken();
        boolean cap = Character.isUpperCase(text.charAt(seg.tokens().get(i).start()));
        int position = i == first ? 0 : i == first + 1 ? 1 : i == end - 1 ? 2 : 3;
        int gazetteerBefore = i > first ? gazetteer[i - 1] : -1;
        int gazetteerAfter = i + 1 < end ? gazetteer[i + 1] : -1;
        int stats = cap ? (seenLower.contains(lower[i]) ? 1 : 0) + (seenCapitalInside.contains(lower[i]) ? 2 : 0) : 0;
        key[offset] = shapeAt(i - 1, first, end);
        key[offset + 1] = shape[i];
        key[offset + 2] = shapeAt(i + 1, first, end);
        key[offset + 3] = 1L << 62
                | (gazetteerBefore + 1)
                | (long) (gazetteer[i] + 1) << 8
                | (long) (gazetteerAfter + 1) << 16
                | (long) position << 24
                | (afterQuoteOrColon(i) ? 1L : 0L) << 26
                | (cap ? 1L : 0L) << 27
                | (titleLine[s] ? 1L : 0L) << 28
                | (long) stats << 29;
    }

    /**
     * Writes the context features of token {@code i} that depend only on shapes, gazetteer matches, position,
     * capitalisation and the document statistics (everything {@link #shapeContextKey} holds) from
     * {@code offset}; returns the end. With {@link #lexicalFeatures} these are exactly the buckets of
     * {@link #contextFeatures}, in another order.
     */
    int shapeContextFeatures(int i, int[] out, int offset) {
        int s = sentenceOf[i];
        Sentence sentence = seg.sentences().get(s);
        int first = sentence.firstToken();
        int end = sentence.endToken();
        boolean cap = Character.isUpperCase(text.charAt(seg.tokens().get(i).start()));
        int n = offset;
        long shapeBefore = shapeAt(i - 1, first, end);
        long shapeAfter = shapeAt(i + 1, first, end);
        out[n++] = bucket(combine(18, shapeBefore));
        out[n++] = bucket(combine(19, shapeAfter));
        out[n++] = bucket(combine(22, shapeBefore, shape[i]));
        out[n++] = bucket(combine(23, shape[i], shapeAfter));
        out[n++] = bucket(combine(24, gazetteer[i]));
        out[n++] = bucket(combine(25, gazetteer[i], i + 1 < end ? gazetteer[i + 1] : -1));
        out[n++] = bucket(combine(26, i > first ? gazetteer[i - 1] : -1, gazetteer[i]));
        int position = i == first ? 0 : i == first + 1 ? 1 : i == end - 1 ? 2 : 3;
        out[n++] = bucket(combine(27, position, cap ? 1 : 0));
        out[n++] = bucket(combine(28, afterQuoteOrColon(i) ? 1 : 0, cap ? 1 : 0));
        out[n++] = bucket(combine(29, titleLine[s] ? 1 : 0, shape[i]));
        out[n++] = bucket(combine(33, shapeBefore * 31 + shape[i], shapeAfter));
        if (cap) {
            int stats = (seenLower.contains(lower[i]) ? 1 : 0) + (seenCapitalInside.contains(lower[i]) ? 2 : 0);
            out[n++] = bucket(combine(30, stats, position == 0 ? 1 : 0));
            out[n++] = bucket(combine(31, stats, shape[i]));
        }
        return n;
    }

    /**
     * Writes the context features of token {@code i} that read the words of its neighbours (the lower case
     * of the tokens up to two away, the word bigrams when the scheme has them, the word with the next shape)
     * from {@code offset}; returns the end. See {@link #shapeContextFeatures}.
     */
    int lexicalFeatures(int i, int[] out, int offset) {
        Sentence sentence = seg.sentences().get(sentenceOf[i]);
        int first = sentence.firstToken();
        int end = sentence.endToken();
        int n = offset;
        long prev = lowerAt(i - 1, first, end);
        long next = lowerAt(i + 1, first, end);
        out[n++] = bucket(combine(14, prev));
        out[n++] = bucket(combine(15, next));
        out[n++] = bucket(combine(16, lowerAt(i - 2, first, end)));
        out[n++] = bucket(combine(17, lowerAt(i + 2, first, end)));
        if (wordBigrams) {
            out[n++] = bucket(combine(20, prev, lower[i]));
            out[n++] = bucket(combine(21, lower[i], next));
        }
        out[n++] = bucket(combine(32, lower[i], shapeAt(i + 1, first, end)));
        return n;
    }

    /**
     * Writes the four features token {@code j}'s lower case gives the tokens near it, in this order: as the
     * previous token (template 14), as the next token (15), as the token two before (16) and as the token two
     * after (17); returns the end. They depend on {@code j}'s text alone. For token {@code i},
     * {@link #lexicalFeatures} are feature 0 of token {@code i - 1}, feature 1 of {@code i + 1}, feature 2 of
     * {@code i - 2}, feature 3 of {@code i + 2} (those outside the sentence from
     * {@link #boundaryNeighbourFeatures}) and the {@link #pairLexicalFeatures} of {@code i}.
     */
    int neighbourFeatures(int j, int[] out, int offset) {
        long w = lower[j];
        out[offset] = bucket(combine(14, w));
        out[offset + 1] = bucket(combine(15, w));
        out[offset + 2] = bucket(combine(16, w));
        out[offset + 3] = bucket(combine(17, w));
        return offset + 4;
    }

    /** As {@link #neighbourFeatures} for a position outside the sentence. */
    int boundaryNeighbourFeatures(int[] out, int offset) {
        out[offset] = bucket(combine(14, BOUNDARY));
        out[offset + 1] = bucket(combine(15, BOUNDARY));
        out[offset + 2] = bucket(combine(16, BOUNDARY));
        out[offset + 3] = bucket(combine(17, BOUNDARY));
        return offset + 4;
    }

    /**
     * Writes the lexical features of token {@code i} that read its own word with a neighbour's (the word
     * bigrams when the scheme has them, the word with the next shape) from {@code offset}; returns the end.
     * See {@link #neighbourFeatures}.
     */
    int pairLexicalFeatures(int i, int[] out, int offset) {
        Sentence sentence = seg.sentences().get(sentenceOf[i]);
        int first = sentence.firstToken();
        int end = sentence.endToken();
        int n = offset;
        if (wordBigrams) {
            out[n++] = bucket(combine(20, lowerAt(i - 1, first, end), lower[i]));
            out[n++] = bucket(combine(21, lower[i], lowerAt(i + 1, first, end)));
        }
        out[n++] = bucket(combine(32, lower[i], shapeAt(i + 1, first, end)));
        return n;
    }

    /**
     * Writes the two label features that read token {@code i} (the previous label with its lower case and
     * with its shape) from {@code offset}; returns the end. With {@link #labelPairFeatures} these are exactly
     * the buckets of {@link #labelFeatures}.
     */
    int labelWordFeatures(int i, int prev, int[] out, int offset) {
        out[offset] = bucket(combine(42, prev, lower[i]));
        out[offset + 1] = bucket(combine(43, prev, shape[i]));
        return offset + 2;
    }

    /** Writes the two label features that read only the previous labels from {@code offset}; returns the end. */
    int labelPairFeatures(int prev, int prev2, int[] out, int offset) {
        out[offset] = bucket(combine(40, prev));
        out[offset + 1] = bucket(combine(41, prev, prev2));
        return offset + 2;
    }

    /** The start of token {@code i} in the document text (UTF-16 index). */
    int tokenStart(int i) {
        return seg.tokens().get(i).start();
    }

    /** The end of token {@code i} in the document text (UTF-16 index, exclusive). */
    int tokenEnd(int i) {
        return seg.tokens().get(i).end();
    }

    /** The document text the token offsets point into. */
    String text() {
        return text;
    }

    /** Writes the buckets of the label features for token {@code i} given the two previous labels. */
    void labelFeatures(int i, int prev, int prev2, int[] out, int offset) {
        out[offset] = bucket(combine(40, prev));
        out[offset + 1] = bucket(combine(41, prev, prev2));
        out[offset + 2] = bucket(combine(42, prev, lower[i]));
        out[offset + 3] = bucket(combine(43, prev, shape[i]));
    }
}
