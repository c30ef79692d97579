package io.github.verbatim.context.place;

import io.github.verbatim.context.CharSpan;
import io.github.verbatim.context.SpeechWords;
import io.github.verbatim.context.gazetteer.Gazetteer;
import io.github.verbatim.context.ner.EntityMention;
import io.github.verbatim.context.ner.EntityType;
import io.github.verbatim.text.LowerCaseWords;
import io.github.verbatim.text.Paragraph;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;
import io.github.verbatim.text.WordSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds where a speech event took place, and an article's dateline.
 *
 * <p>Venue: in a sentence, "at" or "in" followed by a capitalised phrase (capitalised words, the connectors
 * "of", "the", "de", "and", and venue nouns such as "headquarters" or "hall"), optionally continued by
 * ", " or "in" and a further capitalised phrase ("at NATO headquarters in Brussels", "at a rally in Des
 * Moines", "Port St. Lucie"). The phrase must overlap a location or organisation name found by the tagger
 * or a gazetteer name, must not
 * start with a month, weekday or number, must not be a possessor ("in Earth’s climate"), and when the
 * sentence has a speech word ({@link io.github.verbatim.context.SpeechWords}) must start within
 * {@value #SPEECH_WINDOW} tokens of one. "at" phrases win over "in" phrases; the first of a kind wins.
 *
 * <p>Dateline: one of the first three paragraphs starting with an upper-case place ("BRUSSELS", "NEW
 * YORK", "HEMPSTEAD, N.Y.") followed within eight tokens by a parenthesis or a dash.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlaceFinder {

    private static final WordSet CONNECTORS = WordSet.of("of", "the", "de", "and", "for", "on");
    private static final WordSet VENUE_NOUNS = WordSet.of("headquarters", "hall", "center", "centre", "hotel",
            "university", "college", "school", "church", "stadium", "arena", "building", "house", "office",
            "palace", "embassy", "conference", "summit", "rally", "airport", "base", "square", "park",
            "campus", "museum", "library", "chamber", "floor", "convention", "forum", "club", "town", "city");
    private static final WordSet DETERMINERS = WordSet.of("a", "an", "the");
    private static final WordSet NOT_PLACES = WordSet.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "jan", "feb", "aug", "sept", "oct", "nov", "dec");

    /** Largest distance in tokens between a venue's preposition and the nearest speech word. */
    static final int SPEECH_WINDOW = 10;

    private final Gazetteer gazetteer;

    public PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /**
     * The venue stated in sentence {@code sentenceIndex}, outside {@code exclude} (a statement's content,
     * may be null), or null. {@code mentions} are the tagger's names for the article.
     */
    public Place venue(Segmentation seg, int sentenceIndex, List<EntityMention> mentions, List<CharSpan> exclude) {
        Sentence s = seg.sentences().get(sentenceIndex);
        List<Integer> speechWords = speechWords(seg, s, exclude);
        Place inPlace = null;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            boolean at = lowerIs(seg, i, "at");
            int end = candidateEnd(seg, s, i, speechWords, exclude);
            if (end < 0) {
                continue;
            }
            int start = i + 1;
            while (DETERMINERS.contains(lower(seg, start)) && start < end) {
                start++;
            }
            // continuation: "at X in Y", "at X, Y"
            int next = end;
            if (next < s.endToken() && (lower(seg, next).equals("in") || seg.tokenText(next).equals(","))) {
                int more = phrase(seg, next + 1, s.endToken());
                if (more > 0 && isPlaceName(seg, next + 1, more, mentions)) {
                    end = more;
                }
            }
            if (!isPlaceName(seg, start, end, mentions) || possessive(seg, end)) {
                continue;
            }
            Token first = seg.tokens().get(start);
            Token last = seg.tokens().get(end - 1);
            Place place = new Place(seg.text().substring(first.start(), last.end()),
                    new CharSpan(first.start(), last.end()), PlaceKind.VENUE);
            if (at) {
                return place;
            }
            if (inPlace == null) {
                inPlace = place;
            }
            i = end - 1;
        }
        return inPlace;
    }

    /**
     * Whether sentence {@code sentenceIndex} has a venue candidate: "at" or "in" outside {@code exclude},
     * near a speech word, followed by a capitalised phrase. Without one, {@link #venue} returns null whatever
     * the mentions, so a caller may skip finding names there.
     */
    public boolean hasVenueCandidate(Segmentation seg, int sentenceIndex, List<CharSpan> exclude) {
        Sentence s = seg.sentences().get(sentenceIndex);
        List<Integer> speechWords = null;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            // the conditions of candidateEnd, cheapest first: most tokens are neither "at" nor "in", and most of
            // those are not followed by a capitalised phrase, so the sentence's speech words are rarely needed
            if (!atOrIn(seg, i) || excluded(seg.tokens().get(i), exclude) || phrase(seg, i + 1, s.endToken()) < 0) {
                continue;
            }
            if (speechWords == null) {
                speechWords = speechWords(seg, s, exclude);
            }
            if (nearSpeechWord(i, speechWords)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #hasVenueCandidate} as {@link #candidateEnd} decides each token (the reference the tests check against). */
    boolean hasVenueCandidateByCandidateEnd(Segmentation seg, int sentenceIndex, List<CharSpan> exclude) {
        Sentence s = seg.sentences().get(sentenceIndex);
        List<Integer> speechWords = speechWords(seg, s, exclude);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (candidateEnd(seg, s, i, speechWords, exclude) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Indices of the speech words of {@code s} outside {@code exclude}. */
    private static List<Integer> speechWords(Segmentation seg, Sentence s, List<CharSpan> exclude) {
        List<Integer> speechWords = new java.util.ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (SpeechWords.isSpeechWord(seg, i) && !excluded(seg.tokens().get(i), exclude)) {
                speechWords.add(i);
            }
        }
        return speechWords;
    }

    /**
     * End of the capitalised phrase after token {@code i} when {@code i} is "at" or "in" outside
     * {@code exclude} and near a speech word; else -1.
     */
    private static int candidateEnd(Segmentation seg, Sentence s, int i, List<Integer> speechWords,
            List<CharSpan> exclude) {
        if (!atOrIn(seg, i)) {
            return -1;
        }
        if (excluded(seg.tokens().get(i), exclude) || !nearSpeechWord(i, speechWords)) {
            return -1;
        }
        return phrase(seg, i + 1, s.endToken());
    }

    /** The article's dateline, or null. */
    public Place dateline(Segmentation seg) {
        List<Paragraph> paragraphs = seg.paragraphs();
        for (int p = 0; p < Math.min(3, paragraphs.size()); p++) {
            Sentence s = seg.sentences().get(paragraphs.get(p).firstSentence());
            int i = s.firstToken();
            int end = i;
            while (end < s.endToken() && upperWord(seg, end)) {
                end++;
            }
            if (end == i) {
                continue;
            }
            int placeEnd = end;
            // ", N.Y." / ", Mich." state or country after the city
            if (end + 1 < s.endToken() && seg.tokenText(end).equals(",")
                    && seg.tokens().get(end + 1).type() == TokenType.WORD
                    && Character.isUpperCase(seg.text().charAt(seg.tokens().get(end + 1).start()))) {
                placeEnd = end + 2;
                if (placeEnd < s.endToken() && seg.tokenText(placeEnd).equals(".")) {
                    placeEnd++;
                }
            }
            boolean marked = false;
            for (int k = end; k < Math.min(s.endToken(), end + 8); k++) {
                String t = seg.tokenText(k);
                if (t.equals("(") || t.equals("\u2014") || t.equals("\u2013") || t.equals("-")) {
                    marked = true;
                    break;
                }
            }
            if (!marked || s.endToken() - placeEnd < 4) {
                continue;
            }
            Token first = seg.tokens().get(i);
            Token last = seg.tokens().get(placeEnd - 1);
            return new Place(seg.text().substring(first.start(), last.end()), new CharSpan(first.start(), last.end()),
                    PlaceKind.DATELINE);
        }
        return null;
    }

    private static boolean nearSpeechWord(int i, List<Integer> speechWords) {
        if (speechWords.isEmpty()) {
            return true;
        }
        for (int k : speechWords) {
            if (Math.abs(k - i) <= SPEECH_WINDOW) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is a possessive clitic ("’s"), making the phrase before it a possessor. */
    private static boolean possessive(Segmentation seg, int i) {
        if (i >= seg.tokens().size()) {
            return false;
        }
        String t = lower(seg, i);
        return t.equals("'s") || t.equals("\u2019s");
    }

    /** End (exclusive) of a capitalised place phrase starting at {@code i}, or -1. */
    private static int phrase(Segmentation seg, int i, int limit) {
        int j = i;
        while (j < limit && DETERMINERS.contains(lower(seg, j))) {
            j++;
        }
        if (j >= limit || !capitalised(seg, j) || NOT_PLACES.contains(lower(seg, j))) {
            return -1;
        }
        int end = j;
        while (end < limit) {
            String w = lower(seg, end);
            if (capitalised(seg, end) && !NOT_PLACES.contains(w)) {
                end++;
            } else if (VENUE_NOUNS.contains(w) && end > j) {
                end++;
            } else if (w.equals(".") && end + 1 < limit && capitalised(seg, end + 1)
                    && seg.tokens().get(end - 1).end() == seg.tokens().get(end).start()
                    && seg.tokens().get(end - 1).end() - seg.tokens().get(end - 1).start() <= 3) {
                end++; // "Port St. Lucie", "Mt. Vernon"

            } else if (CONNECTORS.contains(w) && end + 1 < limit && capitalised(seg, end + 1)
                    && !NOT_PLACES.contains(lower(seg, end + 1))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    private boolean isPlaceName(Segmentation seg, int start, int end, List<EntityMention> mentions) {
        int from = seg.tokens().get(start).start();
        int to = seg.tokens().get(end - 1).end();
        for (EntityMention m : mentions) {
            if ((m.type() == EntityType.LOC || m.type() == EntityType.ORG) && m.span().start() < to
                    && from < m.span().end()) {
                return true;
            }
        }
        for (int i = start; i < end; i++) {
            if (gazetteer.longestAt(seg, i, end) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean excluded(Token t, List<CharSpan> exclude) {
        if (exclude == null) {
            return false;
        }
        for (int k = 0; k < exclude.size(); k++) {
            CharSpan c = exclude.get(k);
            if (t.start() >= c.start() && t.end() <= c.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(Segmentation seg, int i) {
        Token t = seg.tokens().get(i);
        return t.type() == TokenType.WORD && Character.isUpperCase(seg.text().charAt(t.start()));
    }

    private static boolean upperWord(Segmentation seg, int i) {
        Token t = seg.tokens().get(i);
        if (t.type() != TokenType.WORD || t.end() - t.start() < 2) {
            return false;
        }
        for (int k = t.start(); k < t.end(); k++) {
            char c = seg.text().charAt(k);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token {@code i} lower-cased is "at" or "in". A two-char ASCII token is tested directly; any other
     * token goes through {@link #lowerIs}, since a non-ASCII token may lower-case to a different length.
     */
    static boolean atOrIn(Segmentation seg, int i) {
        Token t = seg.tokens().get(i);
        String text = seg.text();
        if (t.end() - t.start() == 2) {
            char a = text.charAt(t.start());
            char b = text.charAt(t.start() + 1);
            if (a < 0x80 && b < 0x80) {
                a = (char) (a >= 'A' && a <= 'Z' ? a + 32 : a);
                b = (char) (b >= 'A' && b <= 'Z' ? b + 32 : b);
                return a == 'a' && b == 't' || a == 'i' && b == 'n';
            }
        }
        char first = text.charAt(t.start());
        if (first < 0x80 && (first | 0x20) != 'a' && (first | 0x20) != 'i') {
            return false; // an ASCII first char stays the first char, lower-cased, of the copy
        }
        return lowerIs(seg, i, "at") || lowerIs(seg, i, "in");
    }

    /** Whether token {@code i} lower-cased is {@code word}: {@code lower(seg, i).equals(word)} without a copy. */
    private static boolean lowerIs(Segmentation seg, int i, String word) {
        Token t = seg.tokens().get(i);
        return t.end() - t.start() <= 14 && LowerCaseWords.equalsLower(seg.text(), t.start(), t.end(), word);
    }

    private static String lower(Segmentation seg, int i) {
        if (i >= seg.tokens().size()) {
            return "";
        }
        Token t = seg.tokens().get(i);
        if (t.end() - t.start() > 14) {
            return "";
        }
        return seg.text().substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
    }
}
