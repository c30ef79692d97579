package io.github.verbatim.index.store;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.Speaker;
import io.github.verbatim.model.SpeakerRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds small, valid DocumentResults directly (no pipeline) for store tests. */
final class SyntheticResults {

    private static final String[] SPEAKERS = {"Antony Blinken", "Angela Merkel", "Hillary Clinton", "Bill Clinton"};
    private static final String[] OUTLETS = {"Reuters", "AP", "BBC", "Le Monde"};
    private static final String[] TOPICS = {"alliances", "trade", "climate", "elections", "vaccines", "borders"};

    private SyntheticResults() {
    }

    /** One article whose text reports {@code speaker} saying {@code quote} (directly, in quotation marks). */
    static DocumentResult quoted(String id, String url, String outlet, LocalDate date, String speaker, String quote) {
        String lead = "BRUSSELS - ";
        String open = speaker + " said: \u201c";
        String text = lead + open + quote + "\u201d He spoke to reporters.";
        int start = (lead + open).length();
        int end = start + quote.length();
        int srcStart = lead.length();
        Attribution a = new Attribution(AttributionKind.DIRECT, List.of(new Span(start, end)),
                List.of(new Span(srcStart + speaker.length() + 1, srcStart + speaker.length() + 5)),
                List.of(new Span(srcStart, srcStart + speaker.length())), quote, "said", speaker,
                new SpeakerRef("e1", speaker), 0.9);
        String surname = speaker.substring(speaker.lastIndexOf(' ') + 1);
        Speaker s = new Speaker("e1", speaker, List.of(surname), List.of(), 1);
        ArticleMetadata meta = new ArticleMetadata("Report " + id, url, date, outlet, "en");
        return new DocumentResult(new Article(id, text, meta), List.of(a), List.of(s), List.of(), List.of());
    }

    /** Article {@code i} of a deterministic series: some with URLs, some keyed by content hash. */
    static DocumentResult numbered(int i) {
        String speaker = SPEAKERS[i % SPEAKERS.length];
        String quote = "On " + TOPICS[i % TOPICS.length] + " we made progress number " + i
                + " and we will keep working with our partners";
        String url = i % 3 == 0 ? null : "https://news.example.org/story/" + i;
        return quoted("story-" + i + ".txt", url, OUTLETS[i % OUTLETS.length], LocalDate.of(2021, 1, 1).plusDays(i),
                speaker, quote);
    }

    /** Articles {@code 0..n-1} of {@link #numbered}. */
    static List<DocumentResult> series(int n) {
        List<DocumentResult> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(numbered(i));
        }
        return out;
    }
}
