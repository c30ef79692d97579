package io.github.verbatim.pipeline;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CandidateStage;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.ExtractionInput;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.text.Paragraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline stage that reads transcript speaker labels: a paragraph opening (after white space or a
 * quotation mark) with a name in capitals and a colon ({@code WALLACE: If I may, sir, ...}) is that speaker's
 * statement, as PolNeAR annotates it: the label is the source, the colon the cue, the rest the content.
 *
 * <p>A label counts only when it opens at least {@value #MIN_LABELS} paragraphs of the article, so a
 * transcript's alternating speakers are read while one-off headings ({@code UPDATE:}, {@code ALSO READ:})
 * are not. A candidate whose content starts at such a label, or right after it, gets the label as source
 * and the colon as cue, and its content loses the label; a labelled paragraph no candidate touches becomes a
 * direct statement of its own (a transcript is verbatim speech). Other candidates pass unchanged. Stateless
 * and thread-safe.
 */
public final class SpeakerLabels implements CandidateStage {

    /** Fewest paragraphs a label must open to be read as a speaker label. */
    static final int MIN_LABELS = 2;
    /** Most words of a label ("JAKE TAPPER"). */
    private static final int MAX_WORDS = 3;
    /** Confidence of a statement whose source is a speaker label. */
    private static final double CONFIDENCE = 0.85;

    /** A label at the start of a paragraph: {@code [start, end)} the name, {@code colon} the colon's index. */
    private record Label(int start, int end, int colon, int paragraphEnd, String name) {
    }

    @Override
    public List<Candidate> apply(ExtractionInput input, List<Candidate> candidates) {
        String text = input.article().text();
        List<Label> labels = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Paragraph p : input.segmentation().paragraphs()) {
            Label l = labelAt(text, p.start(), p.end());
            if (l != null) {
                labels.add(l);
                counts.merge(l.name, 1, Integer::sum);
            }
        }
        labels.removeIf(l -> counts.get(l.name) < MIN_LABELS);
        if (labels.isEmpty()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            out.add(relabel(text, c, labels));
        }
        for (Label l : labels) {
            CharRange content = new CharRange(skipSpace(text, l.colon + 1, l.paragraphEnd), trimEnd(text, l.paragraphEnd));
            if (content.end() <= content.start() || covered(out, content)) {
                continue;
            }
            out.add(new Candidate(AttributionKind.DIRECT, List.of(content), new CharRange(l.colon, l.colon + 1),
                    new CharRange(l.start, l.end), CONFIDENCE, "speaker-label"));
        }
        out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return out;
    }

    private static boolean covered(List<Candidate> candidates, CharRange range) {
        for (Candidate c : candidates) {
            for (CharRange r : c.content()) {
                if (r.overlaps(range)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static Candidate relabel(String text, Candidate c, List<Label> labels) {
        CharRange first = c.content().get(0);
        for (Label l : labels) {
            int contentStart = skipSpace(text, l.colon + 1, text.length());
            boolean atLabel = first.start() <= l.start && first.end() > l.colon && onlyQuotesBetween(text, first.start(), l.start);
            boolean afterLabel = first.start() >= l.colon && first.start() <= contentStart;
            if (!atLabel && !afterLabel) {
                continue;
            }
            List<CharRange> content = new ArrayList<>(c.content().size());
            for (CharRange r : c.content()) {
                if (r.end() <= l.colon + 1) {
                    continue;
                }
                content.add(r.start() <= l.colon ? new CharRange(contentStart, r.end()) : r);
            }
            content.removeIf(r -> r.end() <= r.start());
            if (content.isEmpty()) {
                return c;
            }
            return new Candidate(c.kind(), content, new CharRange(l.colon, l.colon + 1), new CharRange(l.start, l.end),
                    Math.max(CONFIDENCE, c.confidence()), "speaker-label");
        }
        return c;
    }

    /** The speaker label opening the paragraph {@code [start, end)}, or null. */
    static Label labelAt(String text, int start, int end) {
        int i = start;
        while (i < end && (Character.isWhitespace(text.charAt(i)) || isQuote(text.charAt(i)))) {
            i++;
        }
        int labelStart = i;
        int words = 0;
        while (i < end && words < MAX_WORDS) {
            int wordStart = i;
            while (i < end && (Character.isUpperCase(text.charAt(i))
                    || i > wordStart && (text.charAt(i) == '.' || text.charAt(i) == '\'' || text.charAt(i) == '-'))) {
                i++;
            }
            if (i - wordStart < 2) {
                return null;
            }
            words++;
            if (i < end && text.charAt(i) == ':') {
                int after = i + 1;
                if (after < end && !Character.isWhitespace(text.charAt(after))) {
                    return null;
                }
                return new Label(labelStart, i, i, end, text.substring(labelStart, i));
            }
            if (i < end && text.charAt(i) == ' ') {
                i++;
            } else {
                return null;
            }
        }
        return null;
    }

    private static boolean onlyQuotesBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !isQuote(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB';
    }
}
