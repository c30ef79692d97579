package io.github.verbatim.learn;

import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.Paragraph;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups tagged source, cue and content spans into attributions.
 *
 * <p>Every content span is linked to the cheapest cue of its paragraph (or of the paragraph before, when that
 * one ends in the cue and a colon: "He said:"), where the cost grows with the tokens
 * between them, with every other content span in between and with the sentences between them. Contents
 * linked to one cue become one attribution with several segments ("“We will,” he said, “win.”"), so several
 * attributions in one sentence each keep their own cue. Each cue then takes the cheapest source of its
 * sentence (preferring one before the cue and not separated from it by another content); a cue whose
 * sentence holds no tagged source takes none (a source from an earlier sentence was wrong more often than
 * right; the pipeline gives such a cue its sentence's subject instead). A participle cue in an adjunct (", saying",
 * "by arguing", "while chanting") takes the first source before it in its sentence instead: its understood
 * subject is the main clause's subject, not the nearest noun ("Clinton spoke about the shooting in Tulsa,
 * Oklahoma, arguing ..." is Clinton's). A content no cue reaches continues the
 * previous attribution of its or the previous paragraph when that one is close (a quote running on) and
 * otherwise stands alone with no cue and a lower confidence. Cues without content are dropped, and so are
 * contents without a word (a run of quotation marks).
 *
 * <p>Cue and source spans lose punctuation at their edges ("said:" becomes "said"). The kind comes from
 * quotation marks: direct when the content is wholly inside quotation marks, mixed
 * when it contains some, indirect otherwise. Stateless and thread-safe.
 */
public final class AttributionLinker {

    private static final int CONTENT_BETWEEN_COST = 40;
    private static final int SENTENCE_COST = 12;
    private static final int SOURCE_AFTER_CUE_COST = 2;
    private static final int MAX_CUE_COST = 120;
    private static final int PARAGRAPH_INTRO_COST = 6;
    /** Tokens before a participle that make it an adjunct of the main clause (", saying", "by arguing"). */
    private static final Set<String> PARTICIPLE_INTRODUCERS = Set.of(",", "by", "while", "after", "before", "when",
            "and", "\u2014");

    /** Links {@code spans} (in text order) of {@code segmentation} into attributions in content order. */
    public List<LinkedAttribution> link(Segmentation segmentation, List<TaggedSpan> spans) {
        List<Located> contents = new ArrayList<>();
        List<Located> cues = new ArrayList<>();
        List<Located> sources = new ArrayList<>();
        for (TaggedSpan s : spans) {
            Located l = new Located(s, segmentation.sentenceOfToken(s.firstToken()),
                    segmentation.sentenceOfToken(s.endToken() - 1));
            switch (s.role()) {
                case CONTENT -> {
                    if (hasWord(segmentation, s)) {
                        contents.add(l);
                    }
                }
                case CUE -> cues.add(l);
                case SOURCE -> sources.add(l);
                default -> throw new IllegalStateException();
            }
        }
        int[] contentStarts = new int[contents.size()];
        for (int i = 0; i < contentStarts.length; i++) {
            contentStarts[i] = contents.get(i).span.firstToken();
        }
        Map<Located, List<Located>> byCue = new LinkedHashMap<>();
        List<Located> orphans = new ArrayList<>();
        int[] cueEnds = new int[cues.size()];
        int[] cueStarts = new int[cues.size()];
        for (int i = 0; i < cueEnds.length; i++) {
            cueEnds[i] = cues.get(i).span.endToken();
            cueStarts[i] = cues.get(i).span.firstToken();
        }
        for (Located c : contents) {
            Located best = null;
            int bestCost = MAX_CUE_COST;
            // a cue costs at least the tokens between it and the content, so only cues within MAX_CUE_COST
            // tokens can win (a cue introducing the next paragraph lies within a few tokens too); spans are
            // disjoint and in text order, so those cues form one index range, visited in the same order
            int from = lowerBound(cueEnds, c.span.firstToken() - MAX_CUE_COST + 1);
            int to = lowerBound(cueStarts, c.span.endToken() + MAX_CUE_COST);
            for (int q = from; q < to; q++) {
                Located cue = cues.get(q);
                int cost = cueCost(segmentation, c, cue, contentStarts);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = cue;
                }
            }
            if (best == null) {
                orphans.add(c);
            } else {
                byCue.computeIfAbsent(best, k -> new ArrayList<>()).add(c);
            }
        }
        CodePointIndex index = CodePointIndex.of(segmentation.text());
        int[] sourceStarts = new int[sources.size()];
        int[] sourceEnds = new int[sources.size()];
        for (int i = 0; i < sourceEnds.length; i++) {
            sourceStarts[i] = sources.get(i).span.firstToken();
            sourceEnds[i] = sources.get(i).span.endToken();
        }
        List<Draft> drafts = new ArrayList<>();
        for (Map.Entry<Located, List<Located>> e : byCue.entrySet()) {
            Located cue = e.getKey();
            Located source = source(segmentation, cue, sources, sourceStarts, sourceEnds, contentStarts, e.getValue());
            drafts.add(new Draft(e.getValue(), cue, source));
        }
        drafts.sort(Comparator.comparingInt(d -> d.contents.get(0).span.firstToken()));
        List<Draft> all = new ArrayList<>(drafts);
        int[] draftStarts = new int[drafts.size()];
        for (int i = 0; i < draftStarts.length; i++) {
            draftStarts[i] = drafts.get(i).contents.get(0).span.firstToken();
        }
        for (Located orphan : orphans) {
            // the last draft (sorted by first content) that starts before the orphan
            int before = lowerBound(draftStarts, orphan.span.firstToken());
            Draft previous = before == 0 ? null : drafts.get(before - 1);
            Located source = null;
            if (previous != null && paragraphOf(segmentation, previous.lastContent())
                    >= paragraphOf(segmentation, orphan) - 1) {
                source = previous.source;
            }
            all.add(new Draft(List.of(orphan), null, source));
        }
        all.sort(Comparator.comparingInt(d -> d.contents.get(0).span.firstToken()));
        List<LinkedAttribution> result = new ArrayList<>(all.size());
        for (Draft d : all) {
            List<Span> content = new ArrayList<>();
            for (Located c : d.contents) {
                content.add(index.span(c.span.start(), c.span.end()));
            }
            content.sort(null);
            List<Span> cue = d.cue == null ? List.of() : List.of(trimmed(segmentation, index, d.cue.span));
            List<Span> source = d.source == null ? List.of() : List.of(trimmed(segmentation, index, d.source.span));
            double confidence = d.cue == null ? 0.4 : d.source == null ? 0.6 : 0.85;
            result.add(new LinkedAttribution(kind(segmentation, d.contents), content, cue, source, confidence));
        }
        return result;
    }

    /** The code point span of {@code span} without punctuation tokens at its edges ("said:" becomes "said"). */
    private static Span trimmed(Segmentation segmentation, CodePointIndex index, TaggedSpan span) {
        int first = span.firstToken();
        int last = span.endToken() - 1;
        while (first < last && segmentation.tokens().get(first).type() == TokenType.PUNCT) {
            first++;
        }
        while (last > first && segmentation.tokens().get(last).type() == TokenType.PUNCT) {
            last--;
        }
        return index.span(segmentation.tokens().get(first).start(), segmentation.tokens().get(last).end());
    }

    private static int cueCost(Segmentation segmentation, Located content, Located cue, int[] contentStarts) {
        int cParagraph = paragraphOf(segmentation, content);
        int cueParagraph = paragraphOf(segmentation, cue);
        if (cueParagraph == cParagraph - 1 && introducesNextParagraph(segmentation, cue, content)) {
            return PARAGRAPH_INTRO_COST;
        }
        if (cueParagraph != cParagraph) {
            return Integer.MAX_VALUE;
        }
        int from;
        int to;
        if (cue.span.firstToken() >= content.span.endToken()) {
            from = content.span.endToken();
            to = cue.span.firstToken();
        } else if (cue.span.endToken() <= content.span.firstToken()) {
            from = cue.span.endToken();
            to = content.span.firstToken();
        } else {
            return Integer.MAX_VALUE;
        }
        int cost = to - from + CONTENT_BETWEEN_COST * contentsBetween(contentStarts, from, to);
        if (cue.firstSentence < content.firstSentence) {
            cost += SENTENCE_COST * (content.firstSentence - cue.firstSentence);
        } else if (cue.firstSentence > content.lastSentence) {
            cost += SENTENCE_COST * (cue.firstSentence - content.lastSentence);
        }
        return cost;
    }

    /**
     * Number of content spans starting in the token range {@code [from, to)}: spans never overlap, so these
     * are the contents lying between two spans that bound the range.
     */
    private static int contentsBetween(int[] contentStarts, int from, int to) {
        return Math.max(0, lowerBound(contentStarts, to) - lowerBound(contentStarts, from));
    }

    private static int lowerBound(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Located source(Segmentation segmentation, Located cue, List<Located> sources, int[] sourceStarts,
            int[] sourceEnds, int[] contentStarts, List<Located> own) {
        // only sources touching the cue's sentence compete; sources are disjoint and in text order, so they lie
        // in [lo, hi): from the first one ending after the sentence starts to the first one starting after it ends
        Sentence sentence = segmentation.sentences().get(cue.firstSentence);
        int lo = lowerBound(sourceEnds, sentence.firstToken() + 1);
        int hi = lowerBound(sourceStarts, sentence.endToken());
        // a source costs at least the tokens between it and the cue, so the cost of the nearest competing source
        // on either side bounds how far the winner (the first one at the least cost) can lie
        int split = lowerBound(sourceEnds, cue.span.firstToken() + 1);
        if (participial(segmentation, cue)) {
            // the first source of the sentence ending before the cue (those before lo end before the sentence)
            for (int i = lo; i < split; i++) {
                if (sources.get(i).firstSentence == cue.firstSentence) {
                    return sources.get(i);
                }
            }
        }
        int bound = Integer.MAX_VALUE;
        for (int i = Math.min(split, hi) - 1; i >= lo; i--) {
            if (touches(sources.get(i), cue)) {
                bound = Math.min(bound, sourceCost(sources.get(i), cue, contentStarts, own));
                break;
            }
        }
        for (int i = Math.max(split, lo); i < hi; i++) {
            if (touches(sources.get(i), cue)) {
                bound = Math.min(bound, sourceCost(sources.get(i), cue, contentStarts, own));
                break;
            }
        }
        if (bound != Integer.MAX_VALUE) {
            lo = Math.max(lo, lowerBound(sourceEnds, cue.span.firstToken() - bound));
            hi = Math.min(hi, lowerBound(sourceStarts, cue.span.endToken() + bound + 1));
        }
        Located best = null;
        int bestCost = Integer.MAX_VALUE;
        for (int i = lo; i < hi; i++) {
            Located s = sources.get(i);
            if (!touches(s, cue)) {
                continue;
            }
            int cost = sourceCost(s, cue, contentStarts, own);
            if (cost < bestCost) {
                bestCost = cost;
                best = s;
            }
        }
        return best;
    }

    /** True when {@code source} starts or ends in the cue's sentence. */
    private static boolean touches(Located source, Located cue) {
        return source.firstSentence == cue.firstSentence || source.lastSentence == cue.firstSentence;
    }

    /**
     * The cost of {@code s} as the source of {@code cue}: the tokens between them, a penalty per content between
     * them that is not the cue's own, and a small one for a source after its cue.
     */
    private static int sourceCost(Located s, Located cue, int[] contentStarts, List<Located> own) {
        int cost = between(s, cue);
        int from = Math.min(s.span.endToken(), cue.span.endToken());
        int to = Math.max(s.span.firstToken(), cue.span.firstToken());
        int others = contentsBetween(contentStarts, from, to);
        for (Located c : own) {
            if (c.span.firstToken() >= from && c.span.firstToken() < to) {
                others--;
            }
        }
        cost += CONTENT_BETWEEN_COST * Math.max(0, others);
        if (s.span.firstToken() > cue.span.firstToken()) {
            cost += SOURCE_AFTER_CUE_COST;
        }
        return cost;
    }

    /**
     * True when {@code cue} opens with a participle in an adjunct (", saying", "by arguing", "while chanting"):
     * its understood subject is the subject of the main clause, the first source of the sentence.
     */
    private static boolean participial(Segmentation segmentation, Located cue) {
        int first = cue.span.firstToken();
        String text = segmentation.text();
        Token t = segmentation.tokens().get(first);
        if (t.type() != TokenType.WORD || t.end() - t.start() < 5 || !text.regionMatches(true, t.end() - 3, "ing", 0, 3)
                || first == 0 || segmentation.sentenceOfToken(first - 1) != cue.firstSentence) {
            return false;
        }
        Token p = segmentation.tokens().get(first - 1);
        return PARTICIPLE_INTRODUCERS.contains(text.substring(p.start(), p.end()).toLowerCase(Locale.ROOT));
    }

    /**
     * True when {@code cue} ends its paragraph with a colon ("He said:") and {@code content} opens the next
     * one: a statement introduced across a paragraph break.
     */
    private static boolean introducesNextParagraph(Segmentation segmentation, Located cue, Located content) {
        Paragraph cueParagraph = segmentation.paragraphs().get(paragraphOf(segmentation, cue));
        int lastToken = segmentation.sentences().get(cueParagraph.endSentence() - 1).endToken() - 1;
        if (lastToken - cue.span.endToken() > 1 || segmentation.text().charAt(cueParagraph.end() - 1) != ':') {
            return false;
        }
        Paragraph contentParagraph = segmentation.paragraphs().get(paragraphOf(segmentation, content));
        int firstToken = segmentation.sentences().get(contentParagraph.firstSentence()).firstToken();
        return content.span.firstToken() - firstToken <= 1;
    }

    private static int between(Located a, Located b) {
        if (a.span.endToken() <= b.span.firstToken()) {
            return b.span.firstToken() - a.span.endToken();
        }
        return Math.max(0, a.span.firstToken() - b.span.endToken());
    }

    private static int paragraphOf(Segmentation segmentation, Located l) {
        return segmentation.sentences().get(l.firstSentence).paragraph();
    }

    /** True when the span holds a word or a number: a run of quotation marks or punctuation says nothing. */
    private static boolean hasWord(Segmentation segmentation, TaggedSpan span) {
        for (int t = span.firstToken(); t < span.endToken(); t++) {
            TokenType type = segmentation.tokens().get(t).type();
            if (type == TokenType.WORD || type == TokenType.NUMBER) {
                return true;
            }
        }
        return false;
    }

    /** Direct when every content token lies inside quotation marks, mixed when some do, else indirect. */
    static AttributionKind kind(Segmentation segmentation, List<Located> contents) {
        int quoted = 0;
        int words = 0;
        boolean anyMark = false;
        for (Located c : contents) {
            int first = c.span.firstToken();
            int end = c.span.endToken();
            boolean openBefore = first > 0 && segmentation.tokens().get(first - 1).type() == TokenType.QUOTE;
            boolean inside = openBefore;
            for (int t = first; t < end; t++) {
                TokenType type = segmentation.tokens().get(t).type();
                if (type == TokenType.QUOTE) {
                    anyMark = true;
                    inside = !inside;
                    continue;
                }
                if (type == TokenType.WORD || type == TokenType.NUMBER) {
                    words++;
                    if (inside) {
                        quoted++;
                    }
                }
            }
        }
        if (words > 0 && quoted == words) {
            return AttributionKind.DIRECT;
        }
        return anyMark || quoted > 0 ? AttributionKind.MIXED : AttributionKind.INDIRECT;
    }

    /** A tagged span with the sentences of its first and last token. */
    record Located(TaggedSpan span, int firstSentence, int lastSentence) {
    }

    private record Draft(List<Located> contents, Located cue, Located source) {
        Located lastContent() {
            return contents.get(contents.size() - 1);
        }
    }
}
