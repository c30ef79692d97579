package io.github.verbatim.pipeline;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
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
 * capitalised or opens a line, and three pairs of these. Every feature is a short string "name=value"; the
 * same candidate in the same document always gives the same list. {@link #emit} hands the same features over
 * in parts, so that {@link CueDoubt} can hash them without building strings. Stateless.
 */
final class CueDoubtFeatures {

    /** Single-word sources told apart by the model; other sources are noun phrases ("np"). */
    private static final List<String> PRONOUNS = List.of("he", "she", "they", "it", "i", "we", "you", "who", "this",
            "that");
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

    /** Receives the features of one cue, each as the text {@code name=a} or, when {@code separator} is not 0, {@code name=a<separator>b}. */
    interface Sink {
        void feature(String name, CharSequence a, char separator, CharSequence b);
    }

    /**
     * The features of the cue of {@code candidates.get(i)}, read from {@code segmentation} (whose tokens' forms
     * {@code forms} holds) and the other candidates of the document, as strings.
     *
     * @throws IllegalArgumentException when that candidate has no cue
     */
    static List<String> of(Segmentation segmentation, TokenText forms, List<Candidate> candidates, int i) {
        List<String> out = new ArrayList<>(20);
        emit(segmentation, forms, candidates, i, (name, a, separator, b) -> out.add(
                separator == 0 ? name + "=" + a : name + "=" + a + separator + b));
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
        sink.feature("rule", c.rule(), NONE, null);
        sink.feature("kind", c.kind().name(), NONE, null);
        sink.feature("cue", words, NONE, null);
        sink.feature("first", firstWord, NONE, null);
        sink.feature("last", lastWord, NONE, null);
        sink.feature("n", SMALL[Math.min(count, MAX_CUE_TOKENS)], NONE, null);
        sink.feature("prev", previous, NONE, null);
        sink.feature("next", next, NONE, null);
        sink.feature("prevc", wordClass(segmentation, first - 1), NONE, null);
        sink.feature("nextc", wordClass(segmentation, inside ? last + 1 : tokens.size()), NONE, null);
        sink.feature("src", source, pronoun == null ? NONE : '_', pronoun);
        sink.feature("pos", position, NONE, null);
        sink.feature("clen", SMALL[Math.min(length / LENGTH_BUCKET, MAX_LENGTH_BUCKET)], NONE, null);
        sink.feature("nested", String.valueOf(insideOtherContent(candidates, i)), NONE, null);
        sink.feature("cap", String.valueOf(cue.start() < text.length()
                && Character.isUpperCase(text.charAt(cue.start()))), NONE, null);
        sink.feature("lineStart", String.valueOf(cue.start() == 0 || text.charAt(cue.start() - 1) == '\n'), NONE, null);
        sink.feature("rule_first", c.rule(), '_', firstWord);
        sink.feature("pos_first", position, '_', firstWord);
        sink.feature("src_pos", String.valueOf(c.source() != null), '_', position);
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
            for (CharRange r : candidates.get(j).content()) {
                if (r.overlaps(cue)) {
                    return true;
                }
            }
        }
        return false;
    }
}
