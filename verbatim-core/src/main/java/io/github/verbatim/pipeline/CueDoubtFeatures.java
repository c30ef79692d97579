package io.github.verbatim.pipeline;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.CueEntry;
import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.extract.CueMatch;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The features {@link CueDoubt} weighs for one candidate's cue: the rule that found the candidate and its kind,
 * the cue's words (whole, first, last, length), its neighbouring tokens and their word classes, whether the
 * candidate has a source (and which pronoun it is), where the cue stands against the content (before, after,
 * inside), the content's length, whether the cue lies inside another candidate's content, whether it is
 * capitalised or opens a line, three pairs of these, and how precise and how often annotated the best phrase
 * of the shipped cue lexicon inside the cue is (PolNeAR train's P(cue | phrase), bucketed). Every feature is a short string "name=value"; the
 * same candidate in the same document always gives the same list. {@link #emit} hands the same features over
 * in parts, so that {@link CueDoubt} can hash them without building strings. Stateless.
 */
final class CueDoubtFeatures {

    /** Single-word sources told apart by the model; other sources are noun phrases ("np"). */
    private static final List<String> PRONOUNS = List.of("he", "she", "they", "it", "i", "we", "you", "who", "this",
            "that");
    /** The shipped cue lexicon, whose annotation counts and precision (on PolNeAR train) say how often a phrase is a cue. */
    private static final CueLexicon LEXICON = CueLexicon.standard();
    /** Separator meaning "no second part". */
    static final char NONE = 0;
    /** The strings of 0 to 6. */
    private static final String[] SMALL = {"0", "1", "2", "3", "4", "5", "6"};
    /** The word class of each ASCII punctuation character: "P" and the character. */
    private static final String[] PUNCTUATION = new String[128];

    static {
        for (char ch = 0; ch < PUNCTUATION.length; ch++) {
            PUNCTUATION[ch] = "P" + ch;
        }
    }
    /** Content length bucket width in chars, and the largest bucket. */
    private static final int LENGTH_BUCKET = 40;
    private static final int MAX_LENGTH_BUCKET = 6;
    private static final int MAX_CUE_TOKENS = 4;

    private CueDoubtFeatures() {
    }

    /** Receives the features of one cue, each standing for the text {@code name=a} or, when {@code separator} is not 0, {@code name=a<separator>b}. */
    interface Sink {
        /** Feature {@code NAMES[template]} with the value {@code a}, or {@code a}, the separator and {@code b}. */
        void feature(int template, CharSequence a, char separator, CharSequence b);
    }

    /** The names of the features, in the order {@link #emit} gives them; a feature's template is its index here. */
    static final List<String> NAMES = List.of("rule", "kind", "cue", "first", "last", "n", "prev", "next", "prevc", "nextc", "src", "pos", "clen", "nested", "cap", "lineStart", "rule_first", "pos_first", "src_pos", "lex", "lexn", "lex_pos");

    /**
     * The features of the cue of {@code candidates.get(i)}, read from {@code segmentation} (whose tokens' forms
     * {@code forms} holds) and the other candidates of the document, as strings.
     *
     * @throws IllegalArgumentException when that candidate has no cue
     */
    static List<String> of(Segmentation segmentation, TokenText forms, List<Candidate> candidates, int i) {
        List<String> out = new ArrayList<>(20);
        emit(segmentation, forms, candidates, i, (template, a, separator, b) -> out.add(
                separator == 0 ? NAMES.get(template) + "=" + a : NAMES.get(template) + "=" + a + separator + b));
        return out;
    }

    /**
     * Gives {@code sink} the features {@link #of} lists, in the same order, without building their strings.
     *
     * @throws IllegalArgumentException when {@code candidates.get(i)} has no cue
     */
    static void emit(Segmentation segmentation, TokenText forms, List<Candidate> candidates, int i, Sink sink) {
        Objects.requireNonNull(segmentation, "segmentation");
        Candidate c = candidates.get(i);
        CharRange cue = c.cue();
        if (cue == null) {
            throw new IllegalArgumentException("candidate " + i + " has no cue");
        }
        List<Token> tokens = segmentation.tokens();
        String text = segmentation.text();
        int first = Math.min(segmentation.tokenAtOrAfter(cue.start()), tokens.size());
        boolean inside = first < tokens.size() && tokens.get(first).start() < cue.end();
        int last = first;
        while (inside && last + 1 < tokens.size() && tokens.get(last + 1).start() < cue.end()) {
            last++;
        }
        CharSequence words = "";
        if (inside && last > first) {
            StringBuilder b = new StringBuilder();
            for (int t = first; t <= last; t++) {
                if (t > first) {
                    b.append(' ');
                }
                b.append(forms.get(t));
            }
            words = b;
        } else if (inside) {
            words = forms.get(first);
        }
        String firstWord = inside ? forms.get(first) : "";
        String lastWord = inside ? forms.get(last) : "";
        int count = inside ? last - first + 1 : 0;
        String previous = first > 0 ? forms.get(first - 1) : "";
        String next = inside && last + 1 < tokens.size() ? forms.get(last + 1) : "";
        String position = cue.end() <= c.start() ? "before" : cue.start() >= c.end() ? "after" : "inside";
        String pronoun = c.source() == null ? null : pronoun(text, c.source());
        int length = 0;
        for (CharRange r : c.content()) {
            length += r.end() - r.start();
        }
        String source = c.source() == null ? "none" : pronoun == null ? "np" : "pron";
        sink.feature(0, c.rule(), NONE, null);
        sink.feature(1, c.kind().name(), NONE, null);
        sink.feature(2, words, NONE, null);
        sink.feature(3, firstWord, NONE, null);
        sink.feature(4, lastWord, NONE, null);
        sink.feature(5, SMALL[Math.min(count, MAX_CUE_TOKENS)], NONE, null);
        sink.feature(6, previous, NONE, null);
        sink.feature(7, next, NONE, null);
        sink.feature(8, wordClass(segmentation, first - 1), NONE, null);
        sink.feature(9, wordClass(segmentation, inside ? last + 1 : tokens.size()), NONE, null);
        sink.feature(10, source, pronoun == null ? NONE : '_', pronoun);
        sink.feature(11, position, NONE, null);
        sink.feature(12, SMALL[Math.min(length / LENGTH_BUCKET, MAX_LENGTH_BUCKET)], NONE, null);
        sink.feature(13, String.valueOf(insideOtherContent(candidates, i)), NONE, null);
        sink.feature(14, String.valueOf(cue.start() < text.length()
                && Character.isUpperCase(text.charAt(cue.start()))), NONE, null);
        sink.feature(15, String.valueOf(cue.start() == 0 || text.charAt(cue.start() - 1) == '\n'), NONE, null);
        sink.feature(16, c.rule(), '_', firstWord);
        sink.feature(17, position, '_', firstWord);
        sink.feature(18, String.valueOf(c.source() != null), '_', position);
        CueEntry entry = inside ? bestEntry(forms, first, last + 1) : null;
        String precision = entry == null ? "none" : SMALL[precisionBucket(entry.precision())];
        sink.feature(19, precision, NONE, null);
        sink.feature(20, entry == null ? "none" : SMALL[countBucket(entry.annotated())], NONE, null);
        sink.feature(21, precision, '_', position);
    }

    /** The most precise entry of the cue lexicon matching inside tokens {@code [from, to)}, or null. */
    private static CueEntry bestEntry(TokenText forms, int from, int to) {
        CueEntry best = null;
        for (int t = from; t < to; t++) {
            CueMatch m = LEXICON.match(forms, t, to, CueLexicon.FLOOR_PRECISION);
            if (m != null && (best == null || m.entry().precision() > best.precision())) {
                best = m.entry();
            }
        }
        return best;
    }

    private static int precisionBucket(double p) {
        return p < 0.15 ? 0 : p < 0.3 ? 1 : p < 0.5 ? 2 : p < 0.7 ? 3 : 4;
    }

    private static int countBucket(int n) {
        return n < 5 ? 0 : n < 20 ? 1 : n < 100 ? 2 : 3;
    }

    /** The pronoun of {@link #PRONOUNS} that {@code source} is (space around it aside), or null. */
    private static String pronoun(String text, CharRange source) {
        int start = source.start();
        int end = source.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start > 4) {
            return null;
        }
        for (String p : PRONOUNS) {
            if (p.length() == end - start && text.regionMatches(true, start, p, 0, p.length())) {
                return p;
            }
        }
        return null;
    }

    /** NONE past either end, NUM, P + the character for punctuation and quotation marks, CAP or low for words. */
    private static String wordClass(Segmentation segmentation, int t) {
        if (t < 0 || t >= segmentation.tokens().size()) {
            return "NONE";
        }
        Token token = segmentation.tokens().get(t);
        char ch = segmentation.text().charAt(token.start());
        if (token.type() == TokenType.NUMBER) {
            return "NUM";
        }
        if (token.type() != TokenType.WORD) {
            return ch < PUNCTUATION.length ? PUNCTUATION[ch] : "P" + ch;
        }
        return Character.isUpperCase(ch) ? "CAP" : "low";
    }

    private static boolean insideOtherContent(List<Candidate> candidates, int i) {
        CharRange cue = candidates.get(i).cue();
        for (int j = 0; j < candidates.size(); j++) {
            if (j == i) {
                continue;
            }
            List<CharRange> content = candidates.get(j).content();
            for (int k = 0; k < content.size(); k++) { // indexed: no iterator per candidate pair
                if (content.get(k).overlaps(cue)) {
                    return true;
                }
            }
        }
        return false;
    }
}
