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
import java.util.Set;

/**
 * The features {@link CueDoubt} weighs for one candidate's cue: the rule that found the candidate and its kind,
 * the cue's words (whole, first, last, length), its neighbouring tokens and their word classes, whether the
 * candidate has a source (and which pronoun it is), where the cue stands against the content (before, after,
 * inside), the content's length, whether the cue lies inside another candidate's content, whether it is
 * capitalised or opens a line, and three pairs of these. Every feature is a short string "name=value"; the
 * same candidate in the same document always gives the same list. Stateless.
 */
final class CueDoubtFeatures {

    /** Single-word sources told apart by the model; other sources are noun phrases ("np"). */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "who", "this",
            "that");
    /** Content length bucket width in chars, and the largest bucket. */
    private static final int LENGTH_BUCKET = 40;
    private static final int MAX_LENGTH_BUCKET = 6;
    private static final int MAX_CUE_TOKENS = 4;

    private CueDoubtFeatures() {
    }

    /**
     * The features of the cue of {@code candidates.get(i)}, read from {@code segmentation} (whose tokens' forms
     * {@code forms} holds) and the other candidates of the document.
     *
     * @throws IllegalArgumentException when that candidate has no cue
     */
    static List<String> of(Segmentation segmentation, TokenText forms, List<Candidate> candidates, int i) {
        Objects.requireNonNull(segmentation, "segmentation");
        Candidate c = candidates.get(i);
        CharRange cue = c.cue();
        if (cue == null) {
            throw new IllegalArgumentException("candidate " + i + " has no cue");
        }
        List<Token> tokens = segmentation.tokens();
        String text = segmentation.text();
        int first = Math.min(segmentation.tokenAtOrAfter(cue.start()), tokens.size());
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() < cue.end()) {
            last++;
        }
        StringBuilder words = new StringBuilder();
        for (int t = first; t <= last && t < tokens.size() && tokens.get(t).start() < cue.end(); t++) {
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(forms.get(t));
        }
        boolean inside = first < tokens.size() && tokens.get(first).start() < cue.end();
        String firstWord = inside ? forms.get(first) : "";
        String lastWord = inside ? forms.get(last) : "";
        int count = inside ? last - first + 1 : 0;
        String previous = first > 0 ? forms.get(first - 1) : "";
        String next = inside && last + 1 < tokens.size() ? forms.get(last + 1) : "";
        String position = cue.end() <= c.start() ? "before" : cue.start() >= c.end() ? "after" : "inside";
        String source = sourceClass(text, c.source());
        int length = 0;
        for (CharRange r : c.content()) {
            length += r.end() - r.start();
        }
        List<String> f = new ArrayList<>(20);
        f.add("rule=" + c.rule());
        f.add("kind=" + c.kind());
        f.add("cue=" + words);
        f.add("first=" + firstWord);
        f.add("last=" + lastWord);
        f.add("n=" + Math.min(count, MAX_CUE_TOKENS));
        f.add("prev=" + previous);
        f.add("next=" + next);
        f.add("prevc=" + wordClass(segmentation, first - 1));
        f.add("nextc=" + wordClass(segmentation, inside ? last + 1 : tokens.size()));
        f.add("src=" + source);
        f.add("pos=" + position);
        f.add("clen=" + Math.min(length / LENGTH_BUCKET, MAX_LENGTH_BUCKET));
        f.add("nested=" + insideOtherContent(candidates, i));
        f.add("cap=" + (cue.start() < text.length() && Character.isUpperCase(text.charAt(cue.start()))));
        f.add("lineStart=" + (cue.start() == 0 || text.charAt(cue.start() - 1) == '\n'));
        f.add("rule_first=" + c.rule() + "_" + firstWord);
        f.add("pos_first=" + position + "_" + firstWord);
        f.add("src_pos=" + !"none".equals(source) + "_" + position);
        return f;
    }

    private static String sourceClass(String text, CharRange source) {
        if (source == null) {
            return "none";
        }
        String s = text.substring(source.start(), source.end()).strip().toLowerCase(java.util.Locale.ROOT);
        return PRONOUNS.contains(s) ? "pron:" + s : "np";
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
            return "P" + ch;
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
