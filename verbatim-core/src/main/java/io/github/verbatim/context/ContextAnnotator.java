package io.github.verbatim.context;

import io.github.verbatim.context.gazetteer.Gazetteer;
import io.github.verbatim.context.ner.EntityMention;
import io.github.verbatim.context.ner.EntityType;
import io.github.verbatim.context.ner.NerTagger;
import io.github.verbatim.context.place.Place;
import io.github.verbatim.context.place.PlaceFinder;
import io.github.verbatim.context.time.ResolvedTime;
import io.github.verbatim.context.time.TimeExpression;
import io.github.verbatim.context.time.TimeExpressionFinder;
import io.github.verbatim.context.time.TimeResolver;
import io.github.verbatim.context.time.TimeSource;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.Speaker;
import io.github.verbatim.text.LowerCaseWords;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gives each statement of an article its context: the names inside it (about whom), when it was said and
 * where.
 *
 * <p><b>Speech events.</b> A sentence is a speech event when it has a speech word ("speaks", "said",
 * "told", "remarks", "interview", ...) or holds a statement's source. Its time is its first time expression
 * outside every statement's content, its place the venue {@link PlaceFinder#venue} finds outside them, its
 * speakers the article speakers it names or whose statements it attributes.
 *
 * <p><b>Time.</b> A statement's own time is that of a speech event among its own sentences (the sentences
 * of its content and source: "he said on Tuesday"), source {@link TimeSource#STATEMENT}. Otherwise it
 * inherits the time of the nearest earlier speech event with a time whose speakers include its speaker (or
 * that names no speaker, or when its speaker is unknown), else of the first later such event that lies in
 * the lead (the first {@value #LEAD_PARAGRAPHS} paragraphs) or names its speaker, source
 * {@link TimeSource#SPEECH}. Otherwise it gets the publication date, source
 * {@link TimeSource#ARTICLE}, or no time when there is none. Expressions inside a quotation describe its
 * topic, not when it was said, and are not used.
 *
 * <p><b>Place.</b> The same cascade for venues, then the article's dateline.
 *
 * <p><b>Mentions.</b> The tagger's names lying inside a content segment, except pronouns ("we", "our" are
 * never people mentions). A person mention whose text equals a speaker's name or alias, or its last word,
 * carries that speaker's id.
 *
 * <p>Immutable and thread-safe; share one instance.
 */
public final class ContextAnnotator {

    /** Paragraphs counted as an article's lead (a headline, a standfirst and the first paragraph). */
    static final int LEAD_PARAGRAPHS = 3;

    private static final LowerCaseWords PRONOUNS = LowerCaseWords.of("i", "me", "my", "we", "us", "our", "ours",
            "you", "your", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its");

    private final NerTagger tagger;
    private final TimeExpressionFinder timeFinder;
    private final TimeResolver resolver;
    private final PlaceFinder placeFinder;

    public ContextAnnotator(NerTagger tagger, TimeExpressionFinder timeFinder, TimeResolver resolver,
            PlaceFinder placeFinder) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.timeFinder = Objects.requireNonNull(timeFinder, "timeFinder");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.placeFinder = Objects.requireNonNull(placeFinder, "placeFinder");
    }

    /** The annotator with the shipped NER model and the standard gazetteer. */
    public static ContextAnnotator standard() {
        return new ContextAnnotator(NerTagger.standard(), new TimeExpressionFinder(), new TimeResolver(),
                new PlaceFinder(Gazetteer.standard()));
    }

    /**
     * {@code result} with every attribution's time, place and mentions filled in, its spans and speakers taken
     * from the result itself; {@code seg} must be the segmentation of the result's article text. Lenient: if
     * annotation fails on this article, the result comes back unchanged with a diagnostic saying why.
     */
    public DocumentResult annotate(DocumentResult result, Segmentation seg) {
        Objects.requireNonNull(result, "result");
        if (result.attributions().isEmpty()) {
            return result;
        }
        Article article = result.article();
        try {
            CodePointIndex index = CodePointIndex.of(article.text());
            List<StatementSpans> statements = new ArrayList<>(result.attributions().size());
            for (Attribution a : result.attributions()) {
                List<CharSpan> content = new ArrayList<>(a.content().size());
                for (Span sp : a.content()) {
                    content.add(new CharSpan(index.toChar(sp.start()), index.toChar(sp.end())));
                }
                CharSpan source = a.source().isEmpty() ? null : new CharSpan(index.toChar(a.source().get(0).start()),
                        index.toChar(a.source().get(a.source().size() - 1).end()));
                statements.add(new StatementSpans(content, source, a.speaker() == null ? null : a.speaker().id()));
            }
            List<SpeakerNames> speakers = new ArrayList<>(result.speakers().size());
            for (Speaker sp : result.speakers()) {
                List<String> names = new ArrayList<>();
                names.add(sp.name());
                names.addAll(sp.aliases());
                speakers.add(new SpeakerNames(sp.id(), names));
            }
            List<StatementContext> contexts = annotate(article, seg, statements, speakers);
            List<Attribution> out = new ArrayList<>(contexts.size());
            for (int i = 0; i < contexts.size(); i++) {
                StatementContext c = contexts.get(i);
                out.add(result.attributions().get(i).withContext(ContractMapper.time(c.time(), index),
                        ContractMapper.place(c.place(), index), ContractMapper.mentions(c.mentions(), index)));
            }
            return new DocumentResult(article, out, result.speakers(), result.residue(), result.diagnostics());
        } catch (RuntimeException e) {
            List<String> diagnostics = new ArrayList<>(result.diagnostics());
            diagnostics.add("context annotation failed, no time/place/mentions: " + e);
            return new DocumentResult(article, result.attributions(), result.speakers(), result.residue(),
                    diagnostics);
        }
    }

    /** As {@link #annotate(DocumentResult, Segmentation)}, segmenting the article text itself. */
    public DocumentResult annotate(DocumentResult result) {
        return annotate(result, new Segmenter().segment(result.article().text()));
    }

    /** A speech event sentence with what it states. */
    private record SpeechEvent(int sentence, TimeExpression time, Place place, Set<String> speakers) {
    }

    /**
     * The context of each statement, in the order given.
     *
     * @param article    the article; its metadata's publication date resolves relative times
     * @param seg        the article's segmentation (of exactly {@code article.text()})
     * @param statements the statements, spans in UTF-16 offsets of the article text
     * @param speakers   the article's speaker entities, for linking mentions
     * @throws IllegalArgumentException when {@code seg} is not of the article's text or a span lies outside it
     */
    public List<StatementContext> annotate(Article article, Segmentation seg, List<StatementSpans> statements,
            List<SpeakerNames> speakers) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(seg, "seg");
        if (!seg.text().equals(article.text())) {
            throw new IllegalArgumentException("segmentation is not of article " + article.id() + "'s text");
        }
        for (StatementSpans s : statements) {
            for (CharSpan c : s.content()) {
                if (c.end() > seg.text().length()) {
                    throw new IllegalArgumentException("content span " + c + " past the end of " + article.id());
                }
            }
        }
        if (statements.isEmpty() || seg.tokens().isEmpty()) {
            return statements.stream().map(s -> new StatementContext(List.of(), fallbackTime(article), null)).toList();
        }
        Map<String, String> speakerByName = speakerIndex(speakers);
        List<CharSpan> contents = new ArrayList<>();
        Map<Integer, Set<String>> attributedIn = new HashMap<>();
        BitSet needed = new BitSet(seg.sentences().size());
        int[][] ranges = new int[statements.size()][];
        for (int k = 0; k < statements.size(); k++) {
            StatementSpans s = statements.get(k);
            contents.addAll(s.content());
            int[] range = sentenceRange(seg, s);
            ranges[k] = range;
            needed.set(range[0], range[1] + 1);
            if (s.source() != null && s.speakerId() != null) {
                int sentence = seg.sentenceOfToken(Math.min(seg.tokens().size() - 1,
                        seg.tokenAtOrAfter(s.source().start())));
                attributedIn.computeIfAbsent(sentence, key -> new HashSet<>()).add(s.speakerId());
            }
        }
        BitSet speech = new BitSet(seg.sentences().size());
        for (int si = 0; si < seg.sentences().size(); si++) {
            if (attributedIn.containsKey(si) || hasSpeechWord(seg, seg.sentences().get(si), contents)) {
                speech.set(si);
            }
        }
        // names are only needed inside statements and in the speech-event sentences that become events: those
        // with a time outside the statements or a venue candidate (a sentence with neither is no event,
        // whatever names it holds, so it is not tagged)
        TimeExpression[] times = new TimeExpression[seg.sentences().size()];
        BitSet venues = new BitSet(seg.sentences().size());
        BitSet eventSentences = new BitSet(seg.sentences().size());
        for (int si = speech.nextSetBit(0); si >= 0; si = speech.nextSetBit(si + 1)) {
            times[si] = timeOutside(seg, seg.sentences().get(si), contents);
            if (placeFinder.hasVenueCandidate(seg, si, contents)) {
                venues.set(si);
            }
            if (times[si] != null || venues.get(si)) {
                needed.set(si);
                eventSentences.set(si);
            }
        }
        int[] limits = decodeLimits(seg, contents, eventSentences);
        for (int si = needed.nextSetBit(0); si >= 0; si = needed.nextSetBit(si + 1)) {
            if (limits[si] <= seg.sentences().get(si).firstToken()) {
                needed.clear(si); // nothing to decode there: no features either
            }
        }
        List<EntityMention> mentions = tagger.tag(seg, needed, limits);
        List<SpeechEvent> events = speechEvents(seg, speech, times, venues, mentions, contents, attributedIn,
                speakerByName);
        Place dateline = placeFinder.dateline(seg);
        LocalDate published = article.metadata().published();
        List<StatementContext> out = new ArrayList<>(statements.size());
        for (int k = 0; k < statements.size(); k++) {
            StatementSpans s = statements.get(k);
            int[] range = ranges[k];
            SpeechEvent ownTime = null;
            SpeechEvent ownPlace = null;
            for (SpeechEvent e : events) {
                if (e.sentence() >= range[0] && e.sentence() <= range[1]) {
                    if (ownTime == null && e.time() != null) {
                        ownTime = e;
                    }
                    if (ownPlace == null && e.place() != null) {
                        ownPlace = e;
                    }
                }
            }
            ResolvedTime time;
            if (ownTime != null) {
                time = resolver.resolve(ownTime.time(), published, TimeSource.STATEMENT);
            } else {
                SpeechEvent carried = carried(seg, events, range[0], s.speakerId(), true);
                time = carried != null ? resolver.resolve(carried.time(), published, TimeSource.SPEECH)
                        : fallbackTime(article);
            }
            Place place;
            if (ownPlace != null) {
                place = ownPlace.place();
            } else {
                SpeechEvent carried = carried(seg, events, range[0], s.speakerId(), false);
                place = carried != null ? carried.place() : dateline;
            }
            out.add(new StatementContext(mentionsIn(s, mentions, speakerByName), time, place));
        }
        return out;
    }

    /**
     * How far the tagger must decode each sentence ({@link NerTagger#tag(Segmentation, BitSet, int[])}). A
     * speech event's names all count (its speakers, its venue): the whole sentence. In any other sentence only
     * the names inside a statement's content are used, so decoding stops at the first token that ends after
     * the last content span there (a name running past it is then not inside, and the tagger still finishes
     * it); a sentence without content, such as a source sentence that is no event, needs no decoding at all.
     */
    private static int[] decodeLimits(Segmentation seg, List<CharSpan> contents, BitSet events) {
        List<Sentence> sentences = seg.sentences();
        int[] limits = new int[sentences.size()];
        for (int si = 0; si < limits.length; si++) {
            limits[si] = events.get(si) ? Integer.MAX_VALUE : sentences.get(si).firstToken();
        }
        int last = seg.tokens().size() - 1;
        for (CharSpan c : contents) {
            int first = seg.tokenAtOrAfter(c.start());
            int after = seg.tokenAtOrAfter(c.end());
            int from = seg.sentenceOfToken(Math.min(last, first));
            int to = seg.sentenceOfToken(Math.min(last, Math.max(first, after - 1)));
            for (int si = from; si <= to; si++) {
                limits[si] = Math.max(limits[si], after);
            }
        }
        return limits;
    }

    private static ResolvedTime fallbackTime(Article article) {
        LocalDate published = article.metadata().published();
        return published == null ? null : ResolvedTime.articleDate(published);
    }

    /** The first time expression of sentence {@code s} outside every statement's content, or null. */
    private TimeExpression timeOutside(Segmentation seg, Sentence s, List<CharSpan> contents) {
        return timeFinder.first(seg, s.firstToken(), s.endToken(), e -> !insideAny(e.span(), contents));
    }

    private List<SpeechEvent> speechEvents(Segmentation seg, BitSet speech, TimeExpression[] times,
            BitSet venues, List<EntityMention> mentions, List<CharSpan> contents,
            Map<Integer, Set<String>> attributedIn, Map<String, String> speakerByName) {
        List<SpeechEvent> events = new ArrayList<>();
        for (int si = speech.nextSetBit(0); si >= 0; si = speech.nextSetBit(si + 1)) {
            Sentence s = seg.sentences().get(si);
            TimeExpression time = times[si];
            Place place = venues.get(si) ? placeFinder.venue(seg, si, mentions, contents) : null;
            if (time == null && place == null) {
                continue;
            }
            Set<String> speakers = new HashSet<>(attributedIn.getOrDefault(si, Set.of()));
            for (EntityMention m : mentions) {
                if (m.type() == EntityType.PER && m.span().start() >= s.start() && m.span().end() <= s.end()
                        && !insideAny(m.span(), contents)) {
                    String id = speakerOf(m, speakerByName);
                    if (id != null) {
                        speakers.add(id);
                    }
                }
            }
            events.add(new SpeechEvent(si, time, place, speakers));
        }
        return events;
    }

    /**
     * The nearest earlier compatible event with a time (or place); else the first later one that is in the
     * lead (the first {@value #LEAD_PARAGRAPHS} paragraphs) or names the statement's speaker; else null.
     */
    private static SpeechEvent carried(Segmentation seg, List<SpeechEvent> events, int sentence, String speakerId,
            boolean wantTime) {
        SpeechEvent best = null;
        SpeechEvent later = null;
        for (SpeechEvent e : events) {
            if ((wantTime ? e.time() : e.place()) == null) {
                continue;
            }
            if (speakerId != null && !e.speakers().isEmpty() && !e.speakers().contains(speakerId)) {
                continue;
            }
            if (e.sentence() < sentence) {
                best = e;
            } else if (later == null && (seg.sentences().get(e.sentence()).paragraph() < LEAD_PARAGRAPHS
                    || speakerId != null && e.speakers().contains(speakerId))) {
                later = e;
            }
        }
        return best != null ? best : later;
    }

    private static int[] sentenceRange(Segmentation seg, StatementSpans s) {
        int last = seg.tokens().size() - 1;
        int from = seg.sentenceOfToken(Math.min(last, seg.tokenAtOrAfter(s.content().get(0).start())));
        int to = seg.sentenceOfToken(Math.min(last, Math.max(0,
                seg.tokenAtOrAfter(s.content().get(s.content().size() - 1).end()) - 1)));
        if (s.source() != null) {
            int src = seg.sentenceOfToken(Math.min(last, seg.tokenAtOrAfter(s.source().start())));
            from = Math.min(from, src);
            to = Math.max(to, src);
        }
        return new int[] {from, Math.max(from, to)};
    }

    private static boolean hasSpeechWord(Segmentation seg, Sentence s, List<CharSpan> contents) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = seg.tokens().get(i);
            if (SpeechWords.isSpeechWord(seg, i) && !insideAny(t.start(), t.end(), contents)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(CharSpan span, List<CharSpan> spans) {
        return insideAny(span.start(), span.end(), spans);
    }

    /** Whether {@code [start, end)} lies inside one of {@code spans}. */
    private static boolean insideAny(int start, int end, List<CharSpan> spans) {
        for (int k = 0; k < spans.size(); k++) { // indexed: no iterator per call on this hot path
            CharSpan c = spans.get(k);
            if (c.start() <= start && end <= c.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<StatementMention> mentionsIn(StatementSpans s, List<EntityMention> mentions,
            Map<String, String> speakerByName) {
        List<StatementMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (!insideAny(m.span(), s.content()) || PRONOUNS.contains(m.text())) {
                continue;
            }
            out.add(new StatementMention(m, m.type() == EntityType.PER ? speakerOf(m, speakerByName) : null));
        }
        return out;
    }

    private static String speakerOf(EntityMention m, Map<String, String> speakerByName) {
        return speakerByName.get(m.normalisedName().toLowerCase(Locale.ROOT));
    }

    /** Lower-case name, alias and (when unambiguous) last word of a multi-word name → speaker id. */
    private static Map<String, String> speakerIndex(List<SpeakerNames> speakers) {
        Map<String, String> byName = new HashMap<>();
        Map<String, String> byLastWord = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (SpeakerNames sp : speakers) {
            for (String name : sp.names()) {
                String lower = name.strip().toLowerCase(Locale.ROOT);
                byName.putIfAbsent(lower, sp.id());
                int space = lower.lastIndexOf(' ');
                if (space > 0) {
                    String last = lower.substring(space + 1);
                    String previous = byLastWord.putIfAbsent(last, sp.id());
                    if (previous != null && !previous.equals(sp.id())) {
                        ambiguous.add(last);
                    }
                }
            }
        }
        for (Map.Entry<String, String> e : byLastWord.entrySet()) {
            if (!ambiguous.contains(e.getKey())) {
                byName.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        return byName;
    }
}
