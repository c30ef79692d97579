package io.github.verbatim.extract;

import io.github.verbatim.text.WordSet;

/**
 * Finds the noun phrase next to a cue that names a statement's source, by token shape alone: pronouns,
 * capitalised names with titles ("US Secretary of State Anthony Blinken"), and determiner phrases with
 * "of" ("the head of the US Foreign Office"). Stops at punctuation, quotation marks, clause words and
 * prepositions other than "of". Stateless.
 */
final class NounPhrases {

    /** Most tokens a source phrase may have. */
    static final int MAX_TOKENS = 9;

    static final WordSet PRONOUNS = WordSet.of("he", "she", "they", "we", "i", "it", "you", "who");

    private static final WordSet STOP = WordSet.of(
            "that", "which", "whom", "whose", "and", "but", "or", "nor", "when", "while", "because", "if", "as",
            "after", "before", "since", "where", "so", "than", "though", "although", "until", "unless", "what",
            "how", "why", "in", "on", "at", "for", "with", "by", "from", "to", "into", "about", "over", "under",
            "during", "without", "against", "through", "among", "between", "across", "per", "is", "are", "was",
            "were", "be", "been", "being", "not", "no", "this", "there", "here", "also", "has", "have", "had",
            "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "then",
            "said", "says", "say", "told", "asked", "now", "even", "just", "still", "only", "yet", "once",
            "mr", "ms", "mrs", "him", "her", "them", "us", "me", "instead", "however", "like", "whether");

    /** Words allowed inside a name run to its left ("Secretary of State", "the White House", "Ben's"). */
    private static final WordSet NAME_GLUE = WordSet.of("of", "the", "'s", ".", "de", "van", "von", "der", "al",
            "bin", "la", "le", "du", "da", "del", "mr.", "ms.", "mrs.", "dr.", "sen.", "rep.", "gov.", "gen.", "u.s.",
            "a", "an", "former", "new", "then");

    /** Adverbs and auxiliaries that may stand between a subject and its cue ("Trump also said"). */
    static final WordSet BETWEEN = WordSet.of("also", "has", "have", "had", "will", "would", "could", "may", "might",
            "did", "does", "do", "later", "then", "previously", "once", "again", "recently", "never", "repeatedly",
            "reportedly", "further", "often", "frequently", "already", "just", "publicly", "privately", "openly",
            "flatly", "simply", "quickly", "directly", "earlier", "is", "was", "were", "are");

    private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "some", "many", "most", "several", "other", "both", "these", "those", "one", "two", "three",
            "few", "all", "any", "each", "another", "such", "more", "top", "senior");

    private static final WordSet CLAUSE_STARTS = WordSet.of("and", "but", "or", "which", "that", "as", "while",
            "when", "because", "so", "if", "although", "though", "then", "after", "before", "since", "where", "who",
            "to", "in", "on", "at", "for", "with", "by", "from", "is", "was", "are", "were", "it's", "there");

    private NounPhrases() {
    }

    /** True for a word that may open an apposition after a name: "a", "the", "who", "his", or a role word. */
    static boolean startsApposition(String form) {
        return DETERMINERS.contains(form) || form.equals("who") || form.equals("whose") || Roles.isRoleWord(form)
                || Roles.isRoleHead(form);
    }

    /** True for a word that starts a clause or adverbial rather than a source phrase. */
    static boolean startsClause(String form) {
        return CLAUSE_STARTS.contains(form);
    }

    /**
     * The source phrase ending just before token {@code cue}, not reaching before {@code floor}, as token
     * indices {@code [start, end)}; null when there is none.
     */
    static int[] before(DocumentView d, int cue, int floor) {
        int end = cue;
        int k = cue - 1;
        // a parenthesis after the name: "Rep. Gwen Moore (D-Wis.) said"
        int paren = d.openingParenthesis(k, 6);
        int parenEnd = -1;
        if (paren > floor && d.isWord(paren - 1) && d.capitalised(paren - 1)) {
            parenEnd = k + 1;
            k = paren - 1;
        }
        int skipped = 0;
        while (k >= floor && d.isWord(k) && BETWEEN.contains(d.form(k)) && skipped < 3) {
            k--;
            skipped++;
        }
        end = k + 1;
        int start = end;
        boolean sawName = false;
        while (k >= floor && end - k <= MAX_TOKENS && d.isWord(k) && d.quoteOf[k] < 0) {
            String f = d.form(k);
            boolean cap = d.capitalised(k);
            if (PRONOUNS.contains(f)) {
                if (start == end) {
                    start = k;
                }
                break;
            }
            if (STOP.contains(f) && !(cap && start < end)) {
                break;
            }
            if (f.endsWith("ly") && !cap) {
                break;
            }
            if (sawName && !cap && !NAME_GLUE.contains(f) && !Roles.isRoleWord(f) && !DETERMINERS.contains(f)) {
                break;
            }
            if (cap || Character.isDigit(f.charAt(0))) {
                sawName = true;
            }
            start = k;
            k--;
        }
        if (parenEnd > 0) {
            end = start < end ? parenEnd : end;
        }
        if (start == end) {
            return null;
        }
        // do not start on glue: "of the ...", "'s"
        while (start < end && (d.form(start).equals("of") || d.form(start).equals("'s"))) {
            start++;
        }
        return start < end ? new int[] {start, end} : null;
    }

    /** The source phrase starting at token {@code from}, ending before {@code limit}; null when none. */
    static int[] after(DocumentView d, int from, int limit) {
        int k = from;
        while (k < limit && k - from < MAX_TOKENS && d.isWord(k) && d.quoteOf[k] < 0) {
            String f = d.form(k);
            if (k > from && STOP.contains(f) && !d.capitalised(k)) {
                break;
            }
            if (k == from && STOP.contains(f) && !PRONOUNS.contains(f) && !d.capitalised(k)) {
                return null;
            }
            if (k > from && f.endsWith("ly") && !d.capitalised(k)) {
                break;
            }
            k++;
            if (PRONOUNS.contains(f) && k - from == 1) {
                break;
            }
        }
        return k > from ? new int[] {from, k} : null;
    }

    /** The subject phrase at the start of the sentence holding token {@code t}; null when it has none. */
    static int[] subject(DocumentView d, int sentenceFirst, int limit) {
        int k = sentenceFirst;
        if (k < limit && PRONOUNS.contains(d.form(k))) {
            return new int[] {k, k + 1};
        }
        while (k < limit && k - sentenceFirst < MAX_TOKENS && d.isWord(k)
                && (d.capitalised(k) || NAME_GLUE.contains(d.form(k)) || Roles.isRoleWord(d.form(k))
                        || DETERMINERS.contains(d.form(k)))) {
            k++;
        }
        return k > sentenceFirst ? new int[] {sentenceFirst, k} : null;
    }
}
