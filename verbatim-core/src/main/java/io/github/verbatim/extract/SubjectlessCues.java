package io.github.verbatim.extract;

import io.github.verbatim.model.AttributionKind;

import io.github.verbatim.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Drops the source of a reported (indirect) statement whose cue is a passive ("was announced", "is expected
 * to", "has been harshly criticized") or a raising verb ("seems", "appeared"), when that source comes before
 * the cue. The grammatical subject of such a cue is what the statement is about, not who makes it: "Mr.
 * Effron has been mentioned as a potential Treasury secretary", "Melania seems to have vanished from the
 * campaign trail". PolNeAR annotates no source for most of them (in train, 302 of 479 passive cues and 159 of
 * 196 seem / appear cues have none); an agent after the cue ("by ...") is left alone. Participles of attitude
 * and feeling ("is worried", "were convinced", "are concerned") are not passives of speech: their subject holds
 * the attitude and stays the source. Quotations are not touched. Stateless; thread-safe.
 */
public final class SubjectlessCues {

    /** A form of "be" (with a modal or perfect), at most one adverb, then a participle. */
    static final Pattern PASSIVE = Pattern.compile("(is|are|was|were|be|been|has been|have been|had been"
            + "|will be|would be|could be|can be|may be|might be)\\s+(\\w+ly\\s+|also\\s+|not\\s+|never\\s+)?"
            + "\\w+(ed|en|wn)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** The other passives: an adverb before "been", the progressive ("is being"), and "get" ("got fired"). */
    static final Pattern OTHER_PASSIVE = Pattern.compile("((has|have|had)\\s+(\\w+ly|also|not|never|sometimes"
            + "|long|already|since|now)\\s+been|(is|are|was|were)\\s+being|(is|are|was|were)\\s+(\\w+ly|also|not|never"
            + "|sometimes|now|often|still|already)\\s+(\\w+ly|also|not|never)|get|gets|got|gotten|getting)\\s+"
            + "\\w+(ed|en|wn)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    static final Pattern RAISING = Pattern.compile("(seem|seems|seemed|appear|appears|appeared)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Participles of attitude and feeling: their subject is the one who holds the attitude. */
    private static final WordSet ATTITUDES = WordSet.of("worried", "convinced", "concerned", "shocked", "outraged",
            "surprised", "disappointed", "frustrated", "pleased", "angered", "alarmed", "troubled", "confused",
            "encouraged", "determined", "committed", "opposed", "prepared", "satisfied", "impressed", "annoyed",
            "upset", "scared", "frightened", "excited", "delighted", "thrilled", "dismayed", "stunned", "disgusted",
            "inclined", "interested", "tired", "assured", "persuaded", "amazed", "appalled", "offended",
            "horrified", "embarrassed", "relieved", "saddened", "puzzled", "baffled", "unconvinced", "unimpressed",
            "obsessed", "fixated", "resigned", "divided", "split", "united");

    private SubjectlessCues() {
    }

    /** True when {@code cueText} opens with a passive or a raising verb (not a participle of attitude). */
    public static boolean takesNoSubject(String cueText) {
        Objects.requireNonNull(cueText, "cueText");
        String cue = cueText.strip();
        if (!mayOpenVerbGroup(cue)) {
            return false; // every pattern below starts with one of these words
        }
        if (RAISING.matcher(cue).matches()) {
            return true;
        }
        if (!PASSIVE.matcher(cue).matches() && !OTHER_PASSIVE.matcher(cue).matches()) {
            return false;
        }
        for (String word : cue.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (ATTITUDES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Words one of which every pattern's match starts with (ASCII case aside): "been" starts with "be", and so on. */
    private static final String[] OPENERS = {"is", "are", "was", "were", "be", "has", "have", "had", "will",
        "would", "could", "can", "may", "might", "get", "got", "seem", "appear"};

    /**
     * Whether {@code cue} starts with one of {@link #OPENERS}, case ignored: a necessary condition for
     * {@link #PASSIVE}, {@link #OTHER_PASSIVE} and {@link #RAISING}, which match from the first char with ASCII
     * case folding; checked first because most cues ("said", "told") fail it and the patterns are costly.
     */
    static boolean mayOpenVerbGroup(String cue) {
        for (String w : OPENERS) {
            if (cue.regionMatches(true, 0, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code candidates} of the document {@code text}, each indirect one whose cue {@link #takesNoSubject takes
     * no subject} without a source before that cue; the list itself when none changes.
     */
    public static List<Candidate> withoutSubjects(String text, List<Candidate> candidates) {
        Objects.requireNonNull(text, "text");
        List<Candidate> out = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.kind() != AttributionKind.INDIRECT || c.cue() == null || c.source() == null
                    || c.source().end() > c.cue().start() || c.cue().end() > text.length()
                    || !takesNoSubject(text.substring(c.cue().start(), c.cue().end()))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(candidates);
            }
            out.set(i, new Candidate(c.kind(), c.content(), c.cue(), null, c.confidence(), c.rule()));
        }
        return out == null ? candidates : out;
    }
}
