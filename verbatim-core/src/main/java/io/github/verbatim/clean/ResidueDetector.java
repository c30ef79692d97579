package io.github.verbatim.clean;

import io.github.verbatim.text.Paragraph;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.WordSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Marks scraping residue without touching the text: repeated headlines and lines, "ALSO READ: …" and
 * "Read more" inserts, calls to click, follow, subscribe or share, and photo credits.
 *
 * <p>Rules work on the segmentation: a short paragraph identical to an earlier one is a repeat (of the
 * headline when the earlier one opened the article); a sentence starting with a known insert phrase is
 * residue to its sentence end, or to its paragraph end for phrases that introduce a link line ("ALSO READ:",
 * "Related:"); a short paragraph made only of share-button words or a photo credit is residue. The
 * phrases follow PolNeAR's {@code Discard} annotations and common news-site furniture. Linear in the text;
 * stateless and thread-safe.
 */
public final class ResidueDetector {

    /** Longest paragraph, in chars, that a repeat or share/credit line may be. */
    private static final int SHORT_PARAGRAPH = 300;

    /** Phrases that make the rest of their paragraph a link line. */
    private static final List<String> LINE_INSERTS = List.of(
            "also read", "read also", "read more:", "related:", "related articles", "related stories",
            "related coverage", "recommended:", "more:", "see also:", "watch:", "watch the video", "listen:",
            "advertisement", "trending:", "don't miss:", "must read:", "___");

    /** Phrases that make their sentence residue. */
    private static final List<String> SENTENCE_INSERTS = List.of(
            "read more", "read the rest here", "read the full", "read the rest", "continue reading",
            "click here", "click to", "follow us", "follow him on twitter", "follow her on twitter",
            "subscribe to", "subscribe for", "subscribe now", "subscribe here", "sign up for", "sign up to",
            "share this", "share on", "like us on facebook", "like the page", "h/t", "hat tip",
            "photo:", "photo by", "photo credit", "photos:", "image:", "image credit", "pictured:",
            "editor's note:", "abstract.", "full text.", "this story has been updated", "this article has been updated",
            "we are sorry,this video", "pic.twitter.com", "getty.", "getty images", "ap photo", "reuters/",
            "(photo", "(ap photo", "(reuters", "all rights reserved", "©");

    /** Words that make up share-button rows. */
    private static final WordSet SHARE_WORDS = WordSet.of(
            "share", "shares", "tweet", "email", "e-mail", "facebook", "twitter", "pinterest", "linkedin",
            "whatsapp", "reddit", "print", "comments", "comment", "save", "copy", "link", "messenger", "telegram");

    /** First chars of every insert phrase, for a quick rejection of ordinary sentences. */
    private static final boolean[] FIRST_CHARS = new boolean[128];

    /**
     * First two chars of every insert phrase (and of "follow "), both ASCII, as {@code c0 * 128 + c1}: a
     * sentence whose first two chars are ASCII and lower-case to no such pair starts with no phrase.
     */
    private static final boolean[] FIRST_PAIRS = new boolean[128 * 128];

    static {
        for (String p : LINE_INSERTS) {
            FIRST_CHARS[p.charAt(0)] = true;
        }
        for (String p : SENTENCE_INSERTS) {
            if (p.charAt(0) < 128) {
                FIRST_CHARS[p.charAt(0)] = true;
            }
        }
        FIRST_CHARS['f'] = true;
        for (String p : LINE_INSERTS) {
            markPair(p);
        }
        for (String p : SENTENCE_INSERTS) {
            markPair(p);
        }
        markPair("follow ");
    }

    private static void markPair(String phrase) {
        char c0 = phrase.charAt(0);
        if (c0 >= 128) {
            return; // an ASCII char lower-cases to an ASCII char: no sentence the filter skips starts so
        }
        if (phrase.length() == 1) {
            for (int c1 = 0; c1 < 128; c1++) {
                FIRST_PAIRS[c0 * 128 + c1] = true;
            }
        } else if (phrase.charAt(1) < 128) {
            FIRST_PAIRS[c0 * 128 + phrase.charAt(1)] = true;
        } // else no head with two ASCII chars first starts with it
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Finds the residue of {@code segmentation}'s text, in text order, never overlapping. */
    public List<ResidueSpan> detect(Segmentation segmentation) {
        return detect(segmentation, true);
    }

    /**
     * As {@link #detect(Segmentation)}; without {@code shortcuts}, every sentence's head is lower-cased and
     * compared and every char classified through {@link Character} (the reference the tests check against).
     */
    List<ResidueSpan> detect(Segmentation segmentation, boolean shortcuts) {
        Objects.requireNonNull(segmentation, "segmentation");
        String text = segmentation.text();
        List<ResidueSpan> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long first = 0;
        boolean firstParagraph = true;
        for (Paragraph p : segmentation.paragraphs()) {
            int length = p.end() - p.start();
            long key = length <= SHORT_PARAGRAPH ? squeezedHash(text, p.start(), p.end(), shortcuts) : 0;
            if (firstParagraph) {
                first = key;
                firstParagraph = false;
            }
            if (key != 0 && !seen.add(key)) {
                out.add(new ResidueSpan(p.start(), p.end(), key == first ? "repeated-headline" : "repeated-line"));
                continue;
            }
            if (key != 0 && isShareRow(text, p.start(), p.end())) {
                out.add(new ResidueSpan(p.start(), p.end(), "share"));
                continue;
            }
            sentences(segmentation, p, out, shortcuts);
        }
        return out;
    }

    private static void sentences(Segmentation segmentation, Paragraph p, List<ResidueSpan> out, boolean shortcuts) {
        String text = segmentation.text();
        for (int s = p.firstSentence(); s < p.endSentence(); s++) {
            Sentence sentence = segmentation.sentences().get(s);
            char first = Character.toLowerCase(text.charAt(sentence.start()));
            if (first < 128 && !FIRST_CHARS[first]) {
                continue;
            }
            if (shortcuts && sentence.end() - sentence.start() >= 2) {
                // lower-casing maps each ASCII char to one char in place, so an ASCII start is the head's start
                char c0 = text.charAt(sentence.start());
                char c1 = text.charAt(sentence.start() + 1);
                if (c0 < 128 && c1 < 128 && !FIRST_PAIRS[lowerAscii(c0) * 128 + lowerAscii(c1)]) {
                    continue;
                }
            }
            String head = head(text, sentence.start(), Math.min(sentence.end(), sentence.start() + 40));
            String line = startsWithAny(head, LINE_INSERTS);
            if (line != null) {
                out.add(new ResidueSpan(sentence.start(), p.end(), "insert"));
                return;
            }
            String insert = startsWithAny(head, SENTENCE_INSERTS);
            if (insert == null && head.startsWith("follow ") && sentence.end() - sentence.start() <= 120) {
                // "Follow Pam Key on Twitter @pamkeyNEN."
                String whole = head(text, sentence.start(), sentence.end());
                if (whole.contains("twitter") || whole.contains("facebook") || whole.contains("instagram")
                        || whole.indexOf('@') >= 0) {
                    insert = "follow";
                }
            }
            if (insert != null) {
                out.add(new ResidueSpan(sentence.start(), sentence.end(), kindOf(insert)));
            }
        }
    }

    private static String kindOf(String phrase) {
        if (phrase.startsWith("photo") || phrase.startsWith("image") || phrase.contains("getty")
                || phrase.contains("ap photo") || phrase.contains("reuters") || phrase.startsWith("pictured")) {
            return "photo-credit";
        }
        if (phrase.startsWith("share") || phrase.startsWith("like")) {
            return "share";
        }
        return "insert";
    }

    private static String startsWithAny(String head, List<String> phrases) {
        if (head.isEmpty() || head.charAt(0) < 128 && !FIRST_CHARS[head.charAt(0)]) {
            return null;
        }
        for (int k = 0; k < phrases.size(); k++) { // indexed: no iterator per sentence
            String phrase = phrases.get(k);
            if (head.startsWith(phrase)) {
                return phrase;
            }
        }
        return null;
    }

    /** Lower-cased start of a range, apostrophes folded, leading brackets kept. */
    private static String head(String text, int start, int end) {
        return text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * A 64-bit hash of the range's text lower-cased with every run of white space made one space, so that
     * repeats are found without building strings; 0 for a range with no visible character.
     */
    private static long squeezedHash(String text, int start, int end, boolean shortcuts) {
        long h = 0x9E3779B97F4A7C15L;
        boolean space = false;
        boolean any = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean white = shortcuts && c < 0x80
                    // ASCII white space as Character sees it: space, \t to \r, and the separators 0x1C to 0x1F
                    ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F
                    : Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (white) {
                space = true;
                continue;
            }
            if (space && any) {
                h = (h ^ ' ') * 0x100000001B3L;
            }
            space = false;
            any = true;
            h = (h ^ (shortcuts && c < 0x80 ? lowerAscii(c) : Character.toLowerCase(c))) * 0x100000001B3L;
        }
        return any ? (h == 0 ? 1 : h) : 0;
    }

    private static boolean isShareRow(String text, int start, int end) {
        int n = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                i++;
                continue;
            }
            int w = i;
            while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (!SHARE_WORDS.contains(text.substring(w, i).toLowerCase(Locale.ROOT))) {
                return false;
            }
            n++;
        }
        return n >= 2;
    }
}
