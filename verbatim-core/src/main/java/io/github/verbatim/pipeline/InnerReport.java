package io.github.verbatim.pipeline;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.extract.CueMatch;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Token;

import io.github.verbatim.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a reported statement that runs on over a second report of its own: in "X said the plan was flawed,
 * and she urged voters to reject it" or "X said the plan was flawed, adding that it came too late" the second
 * clause has its own reporting verb, and PolNeAR annotates it as a statement of its own (its own cue, and its
 * own source when it names one), never as part of the first one's content.
 *
 * <p>A split point lies inside a one-piece content, outside quotation marks, at least {@link #MIN_PART} tokens
 * after its start and at least {@link #MIN_PART} before its end, and is one of
 * <ul>
 *   <li>"and" or "but" (a comma before it optional), then an optional subject (a personal pronoun or one to
 *       {@link #MAX_NAME} capitalised words), then optional auxiliaries or time adverbs ("also", "has", ...),
 *       then a common cue of the lexicon;</li>
 *   <li>a comma followed by a common cue in "-ing" ("…, adding that …", "…, saying …"), but not "according
 *       to", whose phrase is the source of what comes before it.</li>
 * </ul>
 * A common cue is a lexicon phrase annotated at least {@link #MIN_ANNOTATED} times in PolNeAR train with
 * precision at least {@link #MIN_PRECISION}. The first part keeps the statement's cue and source and ends
 * at the word before the split; the second part is a new statement whose cue is the lexicon match, whose source
 * is the subject when one was named and otherwise the first part's source (the verbs share their subject), and
 * whose content runs from the word after the cue to the old content's end. A cue followed by "by" is passive
 * ("was nominated … and confirmed by the Senate") and opens no statement. Quotation marks are curly, straight or
 * doubled apostrophes ({@code ''}). The second part is searched again,
 * so applying the split twice changes nothing. Direct quotations are never split. Stateless.
 */
final class InnerReport {

    /** Least times a cue phrase was annotated in PolNeAR train to open a second statement. */
    static final int MIN_ANNOTATED = 10;
    /** Least share of a cue phrase's occurrences annotated as a cue, for the same. */
    static final double MIN_PRECISION = 0.3;
    /** Least tokens of each part. */
    static final int MIN_PART = 3;
    /** Most capitalised words of a subject name. */
    static final int MAX_NAME = 4;

    private static final WordSet COORDINATORS = WordSet.of("and", "but");
    private static final WordSet PRONOUNS = WordSet.of("he", "she", "they", "we", "i");
    private static final WordSet VERB_GROUP = WordSet.of("also", "later", "then", "has", "had", "have", "would",
            "will");

    private InnerReport() {
    }

    /**
     * {@code candidates} with each statement running on over a second report split as described above, in the
     * same order (the parts of a statement take its place); the same list when nothing splits.
     */
    static List<Candidate> split(Segmentation segmentation, TokenText forms, CueLexicon cues,
            List<Candidate> candidates) {
        Objects.requireNonNull(segmentation, "segmentation");
        List<Candidate> out = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            List<Candidate> parts = parts(segmentation, forms, cues, c);
            if (parts.size() == 1 && out == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(candidates.subList(0, i));
            }
            out.addAll(parts);
        }
        return out == null ? candidates : out;
    }

    /** The statements {@code c} splits into, first to last; {@code c} alone when it does not split. */
    static List<Candidate> parts(Segmentation segmentation, TokenText forms, CueLexicon cues, Candidate c) {
        List<Candidate> parts = new ArrayList<>(1);
        Candidate rest = c;
        while (true) {
            Candidate[] split = splitOnce(segmentation, forms, cues, rest);
            if (split == null) {
                parts.add(rest);
                return parts;
            }
            parts.add(split[0]);
            rest = split[1];
        }
    }

    /** The first split of {@code c} as {first, second}, or null. */
    private static Candidate[] splitOnce(Segmentation segmentation, TokenText forms, CueLexicon cues, Candidate c) {
        if (c.kind() == AttributionKind.DIRECT || c.content().size() != 1 || c.cue() == null) {
            return null;
        }
        CharRange content = c.content().get(0);
        if (c.cue().overlaps(content) || c.source() != null && c.source().overlaps(content)) {
            return null;
        }
        List<Token> tokens = segmentation.tokens();
        String text = segmentation.text();
        int first = segmentation.tokenAtOrAfter(content.start());
        int last = first;
        while (last < tokens.size() && tokens.get(last).end() <= content.end()) {
            last++;
        }
        // tokens [first, last) lie inside the content
        for (int t = first + MIN_PART; t < last - MIN_PART; t++) {
            String form = forms.get(t);
            int after;
            CharRange subject = null;
            if (COORDINATORS.contains(form)) {
                after = t + 1;
                if (PRONOUNS.contains(forms.get(after))) {
                    subject = range(tokens, after, after + 1);
                    after++;
                } else if (capitalised(text, tokens.get(after))) {
                    int end = after;
                    while (end < last && end - after < MAX_NAME && capitalised(text, tokens.get(end))) {
                        end++;
                    }
                    subject = range(tokens, after, end);
                    after = end;
                }
                while (after < last && VERB_GROUP.contains(forms.get(after))) {
                    after++;
                }
            } else if (",".equals(form) && forms.get(t + 1).endsWith("ing") && !"according".equals(forms.get(t + 1))) {
                after = t + 1;
            } else {
                continue;
            }
            CueMatch cue = cues.match(forms, after, last, MIN_PRECISION);
            if (cue == null || cue.entry().annotated() < MIN_ANNOTATED || last - cue.endToken() < MIN_PART
                    || "by".equals(forms.get(cue.endToken()))
                    || insideQuotation(text, content.start(), tokens.get(t).start())) {
                continue;
            }
            int firstEnd = t;
            if (firstEnd > first && ",".equals(forms.get(firstEnd - 1))) {
                firstEnd--;
            }
            if (firstEnd - first < MIN_PART) {
                continue;
            }
            CharRange head = new CharRange(content.start(), tokens.get(firstEnd - 1).end());
            CharRange tail = new CharRange(tokens.get(cue.endToken()).start(), content.end());
            CharRange cueRange = range(tokens, cue.firstToken(), cue.endToken());
            return new Candidate[] {
                    new Candidate(kindOf(c.kind(), text, head), List.of(head), c.cue(), c.source(), c.confidence(),
                            c.rule()),
                    new Candidate(kindOf(c.kind(), text, tail), List.of(tail), cueRange,
                            subject != null ? subject : c.source(), c.confidence(), c.rule())};
        }
        return null;
    }

    private static CharRange range(List<Token> tokens, int from, int to) {
        return new CharRange(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private static boolean capitalised(String text, Token token) {
        return Character.isUpperCase(text.codePointAt(token.start()));
    }

    /** A mixed statement's part without a quotation mark is reported speech. */
    private static AttributionKind kindOf(AttributionKind kind, String text, CharRange part) {
        if (kind != AttributionKind.MIXED) {
            return kind;
        }
        for (int i = part.start(); i < part.end(); i++) {
            if (isQuote(text.charAt(i))) {
                return kind;
            }
        }
        return AttributionKind.INDIRECT;
    }

    /** True when a quotation opened in {@code text[from, at)} is still open at {@code at}. */
    private static boolean insideQuotation(String text, int from, int at) {
        int open = 0;
        int straight = 0;
        int doubled = 0;
        for (int i = from; i < at; i++) {
            char ch = text.charAt(i);
            if (ch == '\'' && i + 1 < at && text.charAt(i + 1) == '\'') {
                doubled++;
                i++;
            } else if (ch == '\u201C') {
                open++;
            } else if (ch == '\u201D') {
                open = Math.max(0, open - 1);
            } else if (ch == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1 || doubled % 2 == 1;
    }

    private static boolean isQuote(char ch) {
        return ch == '"' || ch == '\u201C' || ch == '\u201D';
    }
}
