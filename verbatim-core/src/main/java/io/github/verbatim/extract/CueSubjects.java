package io.github.verbatim.extract;

import io.github.verbatim.text.Sentence;
import java.util.Objects;
import java.util.Set;

/**
 * Finds, by the rules' noun-phrase heuristics, the source of a cue another extractor found without one: the
 * noun phrase just before the cue in its sentence ("an arbitration panel in 2001 found", "which notes",
 * "Lawrence B. Cummings, called"), else the subject of a participle cue's main clause ("Clinton leaned in
 * heavy and often, painting ..."), else the sentence's subject when it is a name or a pronoun ("Scott beamed
 * and asked"). The rule view of the document is built on the first request, so documents that need no
 * recovery cost nothing. Confined to one document and one thread.
 */
public final class CueSubjects {

    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "for", "with", "by", "from", "to",
            "about", "into", "over", "under", "than", "like", "as", "against", "through", "during", "without",
            "among", "between", "no", "not");
    private static final Set<String> OPENERS = Set.of("but", "and", "or", "so", "instead", "after", "before", "in",
            "of", "on", "at", "for", "if", "when", "while", "there", "here", "let", "get", "plenty", "less", "more",
            "one", "once", "then", "now", "still", "yet", "also", "however");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "this", "that", "these", "those", "some", "many", "most", "several", "both", "each",
            "every", "all", "any", "no", "few", "other", "another", "more", "two", "three", "four", "five");
    private static final Set<String> RELATIVES = Set.of("which", "who", "that");

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
            view = new DocumentView(input.segmentation(), input.forms(), input.quotes().quotes(), input.residue(),
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
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        DocumentView v = view();
        int start = input.segmentation().tokenAtOrAfter(source.start());
        int end = Math.min(v.size(), input.segmentation().tokenAtOrAfter(source.end()));
        return start < end && plausible(start, end);
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
