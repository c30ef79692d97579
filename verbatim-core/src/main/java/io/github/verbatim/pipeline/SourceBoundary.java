package io.github.verbatim.pipeline;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a source's edges to the conventions of PolNeAR's annotators where the source was cut short inside a
 * relative clause: "Mr. Paulson, who made billions of dollars [on a bet …], told investors" and "Ms. Warren,
 * who [has often been …]" become "Mr. Paulson" and "Ms. Warren".
 *
 * <p>PolNeAR's annotators take a relative clause after a source either whole ("said Luis Rubio, who heads the
 * Center of Research for Development in Mexico City.") or not at all, so a source that holds the start of a
 * relative clause (a comma, then "who", "whose", "whom", "which" or "where") but ends while the clause goes on
 * (the next character after its last letter or digit, past white space, is a letter or digit) is cut before
 * that comma. When the candidate's cue follows the source directly ("McConnell, now the Senate majority
 * leader, who in 2010 said …"), the clause is the cue's own and its relative pronoun is the source, as the
 * annotators mark it ("who"). A source holding a whole clause, ended by punctuation, is left alone. Measured
 * on the final sources of the standard pipeline: PolNeAR train 41 sources fixed and 1 broken, dev 3 fixed and
 * none broken (see docs/accuracy.md).
 *
 * <p>A source ending in modal or auxiliary verbs or pre-verbal adverbs ("The Republican nominee and his aides
 * haven't", "World leaders and diplomats almost universally", "Mr. Rubio defiantly") loses them: a noun phrase
 * never ends so (dev 5 fixed, none broken; train 6 fixed and 1 broken, "polls … respectively"). So does a
 * bare relative pronoun ending it ("aides who [applauded him]"), which the source loses, or, when the cue
 * follows it directly ("commentators who [said]"), which alone is the source (train 18 fixed, 1 broken; dev 1
 * fixed).
 *
 * <p>A name between commas after a describing phrase that opens the sentence takes the phrase in, as the
 * annotators do ("The minister of the economy, Mr. Guajardo Villarreal, argues …"; {@link #described}). Applied by {@link CandidateArbiter} to every merged candidate. Stateless and
 * thread-safe.
 */
final class SourceBoundary {

    /** A comma opening a relative clause. */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+(who|whose|whom|which|where)\\b");

    /**
     * Lower-case words a noun phrase never ends with: modal and auxiliary verbs, the adverbs that stand before
     * a reporting verb and a "this" that opens a time phrase ("the Supreme Court this [month rejected]") ("my father often [said]", "no one could [have envisioned]").
     */
    private static final WordSet VERB_GROUP_WORDS = WordSet.of("could", "would", "should", "will", "can", "may",
            "might", "must", "has", "have", "had", "did", "does", "is", "are", "was", "were", "haven't", "hasn't",
            "didn't", "won't", "haven’t", "hasn’t", "didn’t", "won’t", "often", "also", "this", "almost",
            "universally", "never", "always", "now", "then", "just", "still", "repeatedly", "again", "once",
            "already", "later", "recently", "previously");

    /** Relative pronouns a source may be left ending with when the tagger stopped before their clause. */
    private static final WordSet RELATIVE_PRONOUNS = WordSet.of("who", "which", "that", "whom");

    /** Lower-case words in "-ly" that are no adverbs ("a CNN tally", "the family"). */
    private static final WordSet NOT_ADVERBS = WordSet.of("only", "early", "likely", "family", "daily", "weekly",
            "monthly", "yearly", "supply", "reply", "apply", "ally", "rally", "tally", "assembly", "anomaly",
            "monopoly", "elderly", "belly", "butterfly", "homily", "jelly", "bully", "folly");

    /** Words that open a describing noun phrase ("The minister of the economy", "Another partner"). */
    private static final WordSet DESCRIPTION_OPENERS = WordSet.of("The", "A", "An", "His", "Her", "Their", "Its",
            "Our", "My", "One", "Another", "Two", "Three", "Both", "Several", "Many", "Some");
    /** Most words of a describing phrase taken into a source. */
    private static final int DESCRIPTION_WORDS = 12;

    private SourceBoundary() {
    }

    /**
     * {@code candidates} (of the article {@code segmentation} holds) with each source {@link #normalised} and
     * then {@link #described}; the same list when nothing changes.
     */
    static List<Candidate> applied(Segmentation segmentation, List<Candidate> candidates) {
        String text = segmentation.text();
        List<Candidate> out = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.source() == null) {
                continue;
            }
            CharRange source = described(segmentation, normalised(text, c.source(), c.cue()));
            if (source.equals(c.source())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(candidates);
            }
            out.set(i, new Candidate(c.kind(), c.content(), c.cue(), source, c.confidence(), c.rule()));
        }
        return out == null ? candidates : out;
    }

    /**
     * {@code source} of {@code text} without the verb-group words it ends with, and cut before a relative
     * clause it opens but does not finish, or only that clause's relative pronoun when {@code cue} (may be null) follows the source with nothing but white space
     * between; {@code source} itself otherwise. The result is never empty, lies within {@code source}, and
     * normalising it again changes nothing.
     */
    static CharRange normalised(String text, CharRange source, CharRange cue) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        CharRange current = source;
        while (true) {
            CharRange next = normalisedOnce(text, current, cue);
            if (next.equals(current)) {
                return current;
            }
            current = next; // each step strictly shrinks the range, so this ends
        }
    }

    /**
     * {@code source} of the text {@code segmentation} holds grown back to its sentence's start over a describing
     * phrase set off by a comma, when the source is a name between commas right after it ("The minister of the
     * economy, Mr. Guajardo Villarreal, argues …"; "Another partner, David A. Handler, …"): the phrase opens
     * the sentence with a determiner, a possessive ("Nevada's governor") or a quantity word, holds no comma and
     * at most twelve words; {@code source} itself otherwise (an opening adverbial, "In a statement, …", is no
     * such phrase).
     */
    static CharRange described(Segmentation segmentation, CharRange source) {
        Objects.requireNonNull(source, "source");
        String text = segmentation.text();
        int start = source.start();
        int end = Math.min(source.end(), text.length());
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        if (start < 2 || end <= start || end >= text.length() || text.charAt(end) != ','
                || text.charAt(start - 1) != ' ' || text.charAt(start - 2) != ',') {
            return source;
        }
        int token = segmentation.tokenAtOrAfter(start);
        if (token >= segmentation.tokens().size()) {
            return source;
        }
        Sentence sentence = segmentation.sentences().get(segmentation.sentenceOfToken(token));
        int from = sentence.start();
        while (from < start - 2 && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        if (from >= start - 2) {
            return source;
        }
        String phrase = text.substring(from, start - 2);
        if (phrase.indexOf(',') >= 0) {
            return source;
        }
        String[] words = phrase.trim().split("\\s+");
        String first = words[0];
        boolean opensDescription = DESCRIPTION_OPENERS.contains(first) || first.endsWith("'s") || first.endsWith("’s");
        return words.length <= DESCRIPTION_WORDS && opensDescription ? new CharRange(from, source.end()) : source;
    }

    /** One step of {@link #normalised}: a verb group's tail or an unfinished relative clause removed. */
    private static CharRange normalisedOnce(String text, CharRange source, CharRange cue) {
        int start = source.start();
        int end = Math.min(source.end(), text.length());
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return source;
        }
        int verbGroup = verbGroupStart(text, start, end);
        if (verbGroup < end) {
            return new CharRange(start, verbGroup);
        }
        int pronoun = danglingPronounStart(text, start, end);
        if (pronoun < end) {
            return cueFollows(text, end, cue) ? new CharRange(pronoun + 1, end) : new CharRange(start, pronoun);
        }
        if (!clauseGoesOn(text, end)) {
            return source;
        }
        Matcher m = RELATIVE_CLAUSE.matcher(text).region(start, end);
        if (!m.find() || m.start() <= start) {
            return source;
        }
        if (cueFollows(text, end, cue)) {
            return new CharRange(m.start(1), m.end(1));
        }
        return new CharRange(start, m.start());
    }

    /**
     * Where the run of {@link #VERB_GROUP_WORDS} ending the words {@code [start, end)} of {@code text} begins
     * (words split at single spaces), keeping at least one word; {@code end} when the last word is no such word.
     */
    private static int verbGroupStart(String text, int start, int end) {
        int cut = end;
        int wordEnd = end;
        while (wordEnd > start) {
            int space = text.lastIndexOf(' ', wordEnd - 1);
            if (space < start + 1 || !endsVerbGroup(text.substring(space + 1, wordEnd))) {
                break;
            }
            cut = space;
            wordEnd = space;
        }
        while (cut > start && cut < end && Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }

    /**
     * Where the words {@code [start, end)} of {@code text} end once a last word that is a bare relative
     * pronoun ("aides who [applauded him]", "Rudy Giuliani, the former mayor of New York who [made his name]")
     * is dropped; {@code end} when there is none, when it is the only word, when it follows punctuation ("X,
     * who" opens a relative clause) or when it follows "of" ("many of whom" is a noun phrase).
     */
    private static int danglingPronounStart(String text, int start, int end) {
        int space = text.lastIndexOf(' ', end - 1);
        if (space < start + 1 || !RELATIVE_PRONOUNS.contains(text.substring(space + 1, end))) {
            return end;
        }
        int cut = space;
        if (!Character.isLetterOrDigit(text.charAt(cut - 1))) {
            return end; // "X, who": a relative clause after a comma, which normalisedOnce reads whole
        }
        int before = text.lastIndexOf(' ', cut - 1);
        String previous = text.substring(Math.max(before + 1, start), cut);
        return previous.equals("of") ? end : cut;
    }

    /** True when {@code cue} (may be null) follows {@code end} with nothing but white space between. */
    private static boolean cueFollows(String text, int end, CharRange cue) {
        return cue != null && cue.start() >= end && text.substring(end, cue.start()).isBlank();
    }

    /** True for a verb-group word or a lower-case adverb in "-ly" ("Mr. Rubio defiantly [told]"). */
    private static boolean endsVerbGroup(String word) {
        if (VERB_GROUP_WORDS.contains(word)) {
            return true;
        }
        if (word.length() <= 4 || !word.endsWith("ly") || NOT_ADVERBS.contains(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the first character at or after {@code end} that is not white space is a letter or digit. */
    private static boolean clauseGoesOn(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }
}
