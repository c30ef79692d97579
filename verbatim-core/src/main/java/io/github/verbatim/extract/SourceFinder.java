package io.github.verbatim.extract;

import io.github.verbatim.text.WordSet;

/**
 * Finds the source phrase of a cue beyond a plain noun phrase: names with appositions or asides between
 * commas ("Brian Fallon, the campaign’s press secretary, noted"), the subject of a participle ("…, calling
 * him “a liar”"), the source of an earlier cue clause ("he said, adding"). Confined to one run.
 */
final class SourceFinder {

    /** Words that open an adverbial before a sentence's subject. */
    private static final WordSet OPENERS = WordSet.of("however", "meanwhile", "in", "on", "at",
            "after", "before", "during", "later", "earlier", "still", "yet", "also", "then", "when", "while", "as",
            "with", "without", "since", "following", "despite", "last", "this", "asked", "speaking", "for",
            "by", "from", "under", "over", "instead", "now", "today", "yesterday", "separately", "similarly");

    private final ExtractionState state;
    private final DocumentView d;

    SourceFinder(ExtractionState state) {
        this.state = state;
        this.d = state.d;
    }

    /**
     * The source phrase before cue token {@code cue}: a plain noun phrase, or a name followed by an
     * apposition or aside between commas ("Brian Fallon, the campaign’s press secretary, noted").
     */
    int[] sourceBefore(int cue, int floor) {
        int[] np = NounPhrases.before(d, cue, floor);
        if (np != null || !d.isPunct(cue - 1, ',')) {
            return np;
        }
        int[] beforeComma = NounPhrases.before(d, cue - 1, floor);
        if (beforeComma != null && d.capitalised(beforeComma[1] - 1) && beforeComma[1] - beforeComma[0] <= 4
                && (beforeComma[0] == floor || d.isPunct(beforeComma[0] - 1, ','))) {
            return beforeComma; // "Gov. John Kasich (R-OH), said"
        }
        for (int k = cue - 2; k > Math.max(floor, cue - 18); k--) {
            if (d.isQuoteMark(k) || d.isTerminal(k) || d.isPunct(k, ':') || d.isPunct(k, ';')) {
                return null;
            }
            if (d.isPunct(k, ',')) {
                int[] name = NounPhrases.before(d, k, floor);
                if (name == null || k + 1 >= cue - 1 || !d.capitalised(name[1] - 1) && !subjectBeforeAside(name, floor)) {
                    return null;
                }
                return new int[] {name[0], cue - 1};
            }
        }
        return null;
    }

    /**
     * True when the phrase {@code np} before an aside opens its clause (at the sentence start or after a comma)
     * with a determiner or a capital: "One such document, obtained by The Post, includes".
     */
    private boolean subjectBeforeAside(int[] np, int floor) {
        return (np[0] == floor || d.isPunct(np[0] - 1, ','))
                && (d.capitalised(np[0]) || NounPhrases.startsApposition(d.form(np[0])) && !d.form(np[0]).equals("who"));
    }

    /**
     * The source of a participle after a comma ("…, calling him “a liar”"): the source of a cue clause
     * just before ("he said, adding"), else the main clause's subject after any opening adverbial
     * ("However, he held his fire, calling …").
     */
    int[] participleSubject(int floor, int cue) {
        int[] earlier = earlierSource(cue - 1, floor);
        if (earlier != null) {
            return earlier;
        }
        int start = floor;
        while (start < cue && (d.isQuoteMark(start) || !d.isWord(start))) {
            start++;
        }
        if (start < cue && OPENERS.contains(d.form(start))) {
            int comma = -1;
            for (int k = start; k < Math.min(cue, start + 14); k++) {
                if (d.isPunct(k, ',')) {
                    comma = k;
                    break;
                }
            }
            if (comma < 0) {
                return null;
            }
            start = comma + 1;
        }
        return namedSubject(start, cue);
    }

    /**
     * The subject shared by a verb coordinated before cue token {@code cue} ("… and said"): the name or
     * pronoun opening the main clause, which follows the last comma (outside quotations) that is followed by
     * one, so that an opening adverbial is passed over ("In an interview with The Wall Street Journal, Trump
     * doubled down … and said", "Eight years ago, he supported Obama and said"); else the sentence's named
     * subject; else null.
     */
    int[] coordinatedSubject(int floor, int cue) {
        for (int k = cue - 2; k > floor; k--) {
            if (!d.isPunct(k, ',') || d.quoteOf[k] >= 0) {
                continue;
            }
            int start = k + 1;
            while (start < cue && d.isQuoteMark(start)) {
                start++;
            }
            int[] np = namedSubject(start, cue);
            if (np != null && np[1] < cue && !d.isPunct(np[1], ',')) {
                return np;
            }
        }
        return namedSubject(floor, cue);
    }

    /** The sentence's subject when it is a name or pronoun, or null. */
    int[] namedSubject(int floor, int limit) {
        int[] subject = NounPhrases.subject(d, floor, limit);
        if (subject == null || !(d.capitalised(subject[0]) || NounPhrases.PRONOUNS.contains(d.form(subject[0])))) {
            return null;
        }
        return subject;
    }

    /** The source of a cue clause "X said" ending at token {@code end} (exclusive), or null. */
    int[] earlierSource(int end, int floor) {
        for (int k = end - 1; k >= Math.max(floor, end - 4); k--) {
            if (!d.isWord(k)) {
                return null;
            }
            CueMatch m = state.cueAt(k, end);
            if (m != null && m.endToken() == end) {
                return NounPhrases.before(d, k, floor);
            }
        }
        return null;
    }

    /** Index of the ')' closing the '(' at token {@code t} within a few tokens, or -1. */
    int closingParenthesis(int t) {
        for (int k = t + 1; k < Math.min(d.size(), t + 8); k++) {
            if (d.isPunct(k, ')')) {
                return k;
            }
            if (d.isQuoteMark(k) || d.isPunct(k, '(')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Index of the comma closing an apposition opened by the comma at {@code t}, or -1. Appositions may
     * chain: "Tim Hess, a developer in Virginia, who introduced him to bankers, said".
     */
    int appositionEnd(int t) {
        int open = t;
        int close = -1;
        for (int link = 0; link < 3; link++) {
            boolean shortAside = d.isPunct(Math.min(d.size() - 1, open + 2), ',')
                    || d.isPunct(Math.min(d.size() - 1, open + 3), ',');
            if (!d.isWord(open + 1) || !NounPhrases.startsApposition(d.form(open + 1)) && !shortAside
                    || link > 0 && state.cueAt(open + 1) != null) {
                return close;
            }
            int next = -1;
            for (int k = open + 1; k < Math.min(d.size(), open + 26); k++) {
                if (d.isPunct(k, ',')) {
                    next = k > open + 1 ? k : -1;
                    break;
                }
                if (!d.isWord(k) && !d.isPunct(k, '-') && !d.isPunct(k, '(') && !d.isPunct(k, ')')) {
                    break;
                }
            }
            if (next < 0) {
                return close;
            }
            close = next;
            open = next;
        }
        return close;
    }
}
