package io.github.verbatim.extract;

import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.TokenType;
import io.github.verbatim.text.WordSet;
import java.util.List;
import java.util.Objects;

/**
 * The rules' reading of subjects and cue clauses, offered to a stage that merges statements from another
 * extractor (the learned tagger) with the rules' own:
 *
 * <ul>
 *   <li>{@link #sourceOf}: the source of a cue found without one, by the rules' noun-phrase heuristics: the
 *       phrase just before the cue in its sentence ("An arbitration panel found", "Lawrence B. Cummings,
 *       called"), else the main clause's subject for a participle after a comma ("Clinton leaned in heavy,
 *       painting ..."), else the sentence's named or pronoun subject ("Scott beamed and asked");</li>
 *   <li>{@link #asSubject} and {@link #readsAsSubject}: whether a phrase reads as the subject of a cue, or
 *       whether the supposed cue is a noun of the phrase ("pollution credits");</li>
 *   <li>{@link #withApposition}: an inverted source with the apposition PolNeAR annotates with it;</li>
 *   <li>{@link #withoutObject}: a cue without the object it ends with ("told reporters").</li>
 * </ul>
 *
 * The rules' view of the document is built on the first request that needs it, and cues are looked up only
 * for the tokens asked about, so documents that need none of this cost next to nothing. Confined to one
 * document and one thread.
 */
public final class CueSubjects {

    private static final WordSet PREPOSITIONS = WordSet.of("of", "in", "on", "at", "for", "with", "by", "from", "to",
            "about", "into", "over", "under", "than", "like", "as", "against", "through", "during", "without",
            "among", "between", "no", "not");
    private static final WordSet OPENERS = WordSet.of("but", "and", "or", "so", "instead", "after", "before", "in",
            "of", "on", "at", "for", "if", "when", "while", "there", "here", "let", "get", "plenty", "less", "more",
            "one", "once", "then", "now", "still", "yet", "also", "however");
    private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "this", "that", "these", "those", "some", "many", "most", "several", "both", "each",
            "every", "all", "any", "no", "few", "other", "another", "more", "two", "three", "four", "five");
    /** Quantifiers that may float after a subject ("DuVernay both documents"). */
    private static final WordSet FLOATING = WordSet.of("both", "all", "each");
    private static final WordSet COORDINATORS = WordSet.of("and", "or", "but");
    /** Auxiliaries that make a cue passive ("was written", "has been called"). */
    private static final WordSet AUXILIARIES = WordSet.of("was", "were", "is", "are", "been", "be", "being");
    private static final WordSet RELATIVES = WordSet.of("which", "who", "that");

    /** Most tokens an apposition after an inverted source may run ("said Jon Alterman, a Middle East analyst ..."). */
    private static final int MAX_APPOSITION = 40;
    /** Least cue-lexicon precision of a word that makes an apposition a statement of its own ("who said"). */
    private static final double APPOSITION_CUE_PRECISION = 0.3;
    /** Objects a cue may end with that PolNeAR leaves out of it ("told reporters", "asking her"). */
    /** Most tokens from a subject to the colon that a colon-introduced quotation takes as its cue. */
    private static final int MAX_COLON_CUE = 6;
    private static final WordSet OBJECTS = WordSet.of("him", "her", "them", "us", "me", "reporters");

    private final ExtractionInput input;
    private final CueLexicon cues;
    private SourceFinder finder;
    private DocumentView view;

    /** Recovers sources in the document of {@code input}, reading cues with {@code cues}. */
    public CueSubjects(ExtractionInput input, CueLexicon cues) {
        this.input = Objects.requireNonNull(input, "input");
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    private DocumentView view() {
        if (finder == null) {
            view = DocumentView.of(input.segmentation(), input.forms(), input.quotes().quotes(), input.residue(),
                    cues);
            finder = new SourceFinder(new ExtractionState(view, cues));
        }
        return view;
    }

    /**
     * True when {@code source} reads as the subject of {@code cue}: not the object of a preposition ("credited
     * to the aggressive laws proposed"), not opened by a conjunction or adverbial ("If the rules"), not ending
     * on a determiner or preposition ("reverse the rules", "way of knowing"), and holding a name, a pronoun or
     * a determiner ("Mr. Clarke", "who", "the campaign"), rather than bare common nouns ("pollution credits",
     * "economic development projects": the supposed cue is then the phrase's own head noun).
     */
    public boolean readsAsSubject(CharRange source, CharRange cue) {
        return asSubject(source, cue) != null;
    }

    /**
     * {@code source} as the subject of {@code cue}, without an opening conjunction or adverb ("But Mr. Clarke"
     * becomes "Mr. Clarke") or a floating quantifier after it ("DuVernay both" becomes "DuVernay"), or null when
     * what is left does not read as a subject (see {@link #readsAsSubject}).
     */
    public CharRange asSubject(CharRange source, CharRange cue) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        DocumentView v = view();
        int start = input.segmentation().tokenAtOrAfter(source.start());
        int end = Math.min(v.size(), input.segmentation().tokenAtOrAfter(source.end()));
        while (end - start > 1 && v.isWord(start) && OPENERS.contains(v.form(start)) && v.capitalised(start)) {
            start++;
        }
        while (end - start > 1 && v.isWord(end - 1) && FLOATING.contains(v.form(end - 1))) {
            end--;
        }
        if (start >= end || !plausible(start, end)) {
            return null;
        }
        return v.range(start, end);
    }

    /**
     * {@code source} extended over the apposition that follows it when it comes after its cue and the
     * apposition runs to the end of the sentence ("…,” said Jon Alterman, a Middle East analyst with the
     * Center for Strategic and International Studies."): PolNeAR annotates such a source with its apposition.
     * The source is returned unchanged when it precedes its cue, is not followed by a comma and a word that
     * opens an apposition ("a", "the", "who", a role word), or when the sentence runs on past
     * {@value #MAX_APPOSITION} tokens or into a quotation.
     */
    public CharRange withApposition(CharRange source, CharRange cue) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        if (source.start() < cue.end()) {
            return source;
        }
        Segmentation seg = input.segmentation();
        int after = seg.tokenAtOrAfter(source.end());
        if (after + 1 >= seg.tokens().size() || seg.tokens().get(after).type() != TokenType.PUNCT
                || seg.text().charAt(seg.tokens().get(after).start()) != ',') {
            return source; // checked before building the view: most sources are not followed by a comma
        }
        DocumentView v = view();
        int c = input.segmentation().tokenAtOrAfter(cue.start());
        if (c < v.size() && v.form(c).equals("according")) {
            return source; // "according to public filings, a huge sum for a firm": the rest is the statement
        }
        int end = Math.min(v.size(), input.segmentation().tokenAtOrAfter(source.end()));
        if (end + 1 >= v.size() || !v.isPunct(end, ',') || !v.isWord(end + 1)
                || !NounPhrases.startsApposition(v.form(end + 1)) || v.sentenceOf[end + 1] != v.sentenceOf[end - 1]) {
            return source;
        }
        int sentence = v.sentenceOf[end];
        for (int k = end + 1; k < Math.min(v.size(), end + 1 + MAX_APPOSITION); k++) {
            if (v.sentenceOf[k] != sentence || v.isTerminal(k)) {
                return k - 1 > end ? new CharRange(source.start(), v.tokens.get(k - 1).end()) : source;
            }
            if (v.isQuoteMark(k) || v.isPunct(k, ':') || v.isPunct(k, ';') || v.isPunct(k, '(')
                    || v.cueAt(k) != null && v.cueAt(k).entry().precision() >= APPOSITION_CUE_PRECISION) {
                return source; // "…, who said he would not vote for either": a statement of its own
            }
        }
        return source;
    }

    /**
     * {@code cue} without the object it ends with ("told reporters", "asking her", "calling him" become "told",
     * "asking", "calling"): in PolNeAR train a cue ends with such an object 6 times and stops before one 601
     * times. Returned unchanged when it is a single token or ends otherwise.
     */
    public CharRange withoutObject(CharRange cue) {
        Objects.requireNonNull(cue, "cue");
        Segmentation seg = input.segmentation();
        int first = seg.tokenAtOrAfter(cue.start());
        int end = Math.min(seg.tokens().size(), seg.tokenAtOrAfter(cue.end()));
        if (end - first < 2 || seg.tokens().get(end - 1).type() != TokenType.WORD
                || !OBJECTS.contains(input.forms().get(end - 1)) || seg.tokens().get(end - 2).type() != TokenType.WORD) {
            return cue;
        }
        return new CharRange(cue.start(), seg.tokens().get(end - 2).end());
    }

    /**
     * The agent of a passive cue, who is the source: "“American Skin (41 Shots)” was written by Springsteen",
     * "has been called “strategic ambiguity” by Joshua Hendrick". The cue must hold an auxiliary ("was",
     * "has been") before its last word, and "by" must follow the cue or the content right after it, then a
     * name or pronoun in the same sentence. Null otherwise.
     */
    public CharRange passiveAgent(CharRange cue, List<CharRange> content) {
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        Segmentation seg = input.segmentation();
        TokenText forms = input.forms();
        int tokens = seg.tokens().size();
        int first = seg.tokenAtOrAfter(cue.start());
        int end = Math.min(tokens, seg.tokenAtOrAfter(cue.end()));
        boolean passive = false;
        for (int t = first; t < end - 1 && !passive; t++) {
            passive = AUXILIARIES.contains(forms.get(t));
        }
        if (!passive || AUXILIARIES.contains(forms.get(end - 1))) {
            return null;
        }
        // "by" right after the cue, or right after a content segment following it; the view only when found
        int by = end < tokens && forms.get(end).equals("by") ? end : -1;
        for (int i = 0; i < content.size() && by < 0; i++) {
            CharRange c = content.get(i);
            int after = seg.tokenAtOrAfter(c.end());
            while (after < tokens && (seg.tokens().get(after).type() == TokenType.QUOTE
                    || forms.get(after).equals(","))) {
                after++;
            }
            if (c.start() >= cue.end() && after < tokens && forms.get(after).equals("by")) {
                by = after;
            }
        }
        if (by < 0 || by + 1 >= tokens || end >= tokens || seg.sentenceOfToken(by) != seg.sentenceOfToken(end)
                || seg.sentenceOfToken(by + 1) != seg.sentenceOfToken(by)) {
            return null;
        }
        view();
        int[] np = NounPhrases.after(view, by + 1, view.sentence(by).endToken());
        if (np == null || !(view.capitalised(np[0]) || NounPhrases.PRONOUNS.contains(view.form(np[0])))) {
            return null;
        }
        return view.range(np[0], np[1]);
    }

    /** The source range for the cue {@code cue}, or null when no noun phrase of its sentence fits. */
    public CharRange sourceOf(CharRange cue) {
        Objects.requireNonNull(cue, "cue");
        view();
        int t = input.segmentation().tokenAtOrAfter(cue.start());
        if (t >= view.size()) {
            return null;
        }
        Sentence sentence = view.sentence(t);
        int floor = sentence.firstToken();
        if (t <= floor) {
            return null;
        }
        int[] np = view.form(t).endsWith("ing") && view.isPunct(t - 1, ',')
                ? finder.participleSubject(floor, t) : finder.sourceBefore(t, floor);
        if (np == null) {
            np = finder.namedSubject(floor, t);
        }
        return np == null || !plausible(np[0], np[1]) ? null : view.range(np[0], np[1]);
    }

    /**
     * The source and cue of a quotation introduced by a clause ending in a colon ("Sanders made the following
     * comment: “…”", "Article 33 affirms: “…”"), where no cue was recognised: the clause's subject, when it
     * reads as one, and the words from the subject to the colon, or the colon alone when they are more than
     * {@link #MAX_COLON_CUE} tokens. Null when {@code content} does not open right after a colon (and its
     * quotation mark) or the clause has no plausible subject.
     */
    public CharRange[] colonSpeaker(CharRange content) {
        Objects.requireNonNull(content, "content");
        view();
        int t = input.segmentation().tokenAtOrAfter(content.start());
        if (t >= view.size()) {
            return null;
        }
        int colon = view.isQuoteMark(t) ? t - 1 : view.isQuoteMark(t - 1) ? t - 2 : t - 1;
        if (colon < 1 || !view.isPunct(colon, ':')) {
            return null;
        }
        int[] np = null;
        // the subject opens the clause, or follows an opening adverbial: "On July 6, 2015, Sanders made …:"
        for (int start = view.sentence(colon).firstToken(); start < colon && np == null; start++) {
            if (start == view.sentence(colon).firstToken() || view.isPunct(start - 1, ',')) {
                int[] candidate = NounPhrases.subject(view, start, colon);
                if (candidate != null && candidate[1] < colon && plausible(candidate[0], candidate[1])) {
                    np = candidate;
                }
            }
        }
        if (np == null) {
            return null;
        }
        CharRange cue = colon + 1 - np[1] <= MAX_COLON_CUE ? view.range(np[1], colon + 1) : view.range(colon, colon + 1);
        return new CharRange[] {view.range(np[0], np[1]), cue};
    }

    /**
     * For a source that ends on a coordinating conjunction before its cue ("… sponsored by NBC News and said"),
     * which is the tail of a first clause rather than a subject, the subject of the sentence, which the
     * coordinated verb shares ("Clinton, the former secretary of State, stressed … and said"); else
     * {@code source}.
     */
    public CharRange withCoordinatedSubject(CharRange source, CharRange cue) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        view();
        int end = input.segmentation().tokenAtOrAfter(Math.max(source.start(), source.end() - 1));
        if (end >= view.size() || !COORDINATORS.contains(view.form(end)) || source.end() > cue.start()) {
            return source;
        }
        int floor = view.sentence(end).firstToken();
        int first = input.segmentation().tokenAtOrAfter(source.start());
        int[] np = finder.namedSubject(floor, Math.max(floor, first));
        return np == null || !plausible(np[0], np[1]) ? source : view.range(np[0], np[1]);
    }

    /**
     * True when tokens {@code [start, end)} look like a subject: not the object of a preposition ("in 2001
     * found"), not opened by a conjunction or adverbial ("But the", "Instead"), not ending on a determiner or
     * preposition ("The", "plenty of"), and holding a name or a pronoun or opened by a determiner ("the study").
     */
    private boolean plausible(int start, int end) {
        if (start > 0 && view.isWord(start - 1) && PREPOSITIONS.contains(view.form(start - 1))) {
            return false;
        }
        if (end - start > 2 && view.isPunct(end - 1, ')')) {
            int open = view.openingParenthesis(end - 1, 8);
            if (open > start) {
                end = open; // "Sen. Lindsey Graham (R-S.C.)"
            }
        }
        String first = view.form(start);
        String last = view.form(end - 1);
        if (OPENERS.contains(first) || PREPOSITIONS.contains(last) || DETERMINERS.contains(last)) {
            return false;
        }
        if (NounPhrases.PRONOUNS.contains(last) || RELATIVES.contains(last) || DETERMINERS.contains(first)) {
            return true;
        }
        for (int t = start; t < end; t++) {
            if (view.isWord(t) && view.capitalised(t)) {
                return true;
            }
        }
        return false;
    }
}
