package io.github.verbatim.server;

import io.github.verbatim.index.store.StoreWriter;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.PlaceRef;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.Speaker;
import io.github.verbatim.model.SpeakerRef;
import io.github.verbatim.model.TimeRef;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small store for the server tests, built from hand-made results (no pipeline): one statement reported by
 * three outlets, one of which altered two words; Antony Blinken over three months with Angela Merkel named
 * beside him; and an article whose title, outlet, URL, text, quotation and speaker carry script payloads.
 */
final class FixtureStore {

    static final String QUOTE = "We see alliances as essential to our security and we will keep working with "
            + "our partners across the Atlantic for many years";
    static final String ALTERED = "We see alliances as vital to our security and we will keep working with "
            + "our friends across the Atlantic for many years";
    static final String XSS_TITLE = "<img src=x onerror=\"window.__xss='title'\">Payload title";
    static final String XSS_QUOTE = "<script>window.__xss='quote'</script> and <img src=x onerror=\"window.__xss='img'\">"
            + " and javascript:window.__xss='link'";
    static final String XSS_URL = "javascript:window.__xss='url'";
    static final String XSS_OUTLET = "<script>window.__xss='outlet'</script>";
    static final String XSS_SPEAKER = "Evil <b onmouseover=\"window.__xss='speaker'\">Name</b>";

    /** Test extraction standing in for the pipeline: "Name Surname said: “...”" is a direct attribution. */
    static final Pattern SAID = Pattern.compile("([A-Z]\\w+ [A-Z]\\w+) said: \u201c([^\u201d]+)\u201d");

    static final Function<Article, DocumentResult> EXTRACTION = article -> {
        List<Attribution> attributions = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>();
        Matcher m = SAID.matcher(article.text());
        while (m.find()) {
            String id = "e" + (speakers.size() + 1);
            speakers.add(new Speaker(id, m.group(1), List.of(), List.of(), 1));
            int[] cp = codePoints(article.text(), m.start(1), m.end(1), m.start(2), m.end(2));
            attributions.add(new Attribution(AttributionKind.DIRECT, List.of(new Span(cp[2], cp[3])),
                    List.of(new Span(cp[1] + 1, cp[1] + 5)), List.of(new Span(cp[0], cp[1])), m.group(2), "said",
                    m.group(1), new SpeakerRef(id, m.group(1)), 0.9));
        }
        return new DocumentResult(article, attributions, speakers, List.of(), List.of());
    };

    private FixtureStore() {
    }

    private static int[] codePoints(String text, int... utf16) {
        int[] out = new int[utf16.length];
        for (int i = 0; i < utf16.length; i++) {
            out[i] = text.codePointCount(0, utf16[i]);
        }
        return out;
    }

    /** One article: {@code speaker} said {@code quote}; {@code other} (may be null) is named in it too. */
    static DocumentResult quoted(String id, String title, String url, String outlet, LocalDate date, String speaker,
                                 String role, String quote, String other) {
        String lead = "BRUSSELS \u2014 ";
        String open = speaker + " said: \u201c";
        String tail = "\u201d " + (other == null ? "He spoke to reporters." : other + " was also at the meeting.");
        String text = lead + open + quote + tail;
        int start = (lead + open).codePointCount(0, (lead + open).length());
        int end = start + quote.codePointCount(0, quote.length());
        int src = lead.codePointCount(0, lead.length());
        int srcEnd = src + speaker.codePointCount(0, speaker.length());
        Attribution a = new Attribution(AttributionKind.DIRECT, List.of(new Span(start, end)),
                List.of(new Span(srcEnd + 1, srcEnd + 5)), List.of(new Span(src, srcEnd)), quote, "said", speaker,
                new SpeakerRef("e1", speaker), 0.9)
                .withContext(date == null ? null : new TimeRef(null, null, date, date, "day", "article", true),
                        new PlaceRef("BRUSSELS", new Span(0, 8), "dateline"), List.of());
        String surname = speaker.substring(speaker.lastIndexOf(' ') + 1);
        List<Speaker> speakers = new ArrayList<>();
        speakers.add(new Speaker("e1", speaker, List.of(surname), role == null ? List.of() : List.of(role), 2));
        if (other != null) {
            speakers.add(new Speaker("e2", other, List.of(), List.of(), 1));
        }
        ArticleMetadata meta = new ArticleMetadata(title, url, date, outlet, "en");
        return new DocumentResult(new Article(id, text, meta), List.of(a), speakers, List.of(), List.of());
    }

    /** Writes the fixture store into {@code dir}. */
    static void build(Path dir) throws IOException {
        String blinken = "Antony Blinken";
        String role = "US Secretary of State";
        try (StoreWriter w = StoreWriter.open(dir, 100)) {
            w.add(quoted("reuters.txt", "Blinken at NATO", "https://reuters.example/nato", "Reuters",
                    LocalDate.of(2021, 3, 24), blinken, role, QUOTE, "Angela Merkel"));
            w.add(quoted("ap.txt", "Blinken in Brussels", "https://ap.example/nato", "AP",
                    LocalDate.of(2021, 3, 25), blinken, role, QUOTE, null));
            w.add(quoted("tabloid.txt", "Blinken speaks", "https://tabloid.example/nato", "Tabloid",
                    LocalDate.of(2021, 3, 26), blinken, role, ALTERED, null));
            w.add(quoted("april.txt", "Blinken on trade", "https://reuters.example/trade", "Reuters",
                    LocalDate.of(2021, 4, 2), blinken, role, "Trade with our partners must be fair and open to all",
                    "Angela Merkel"));
            w.add(quoted("june.txt", "Blinken on climate", "https://bbc.example/climate", "BBC",
                    LocalDate.of(2021, 6, 10), blinken, role, "The climate crisis is the test of our generation",
                    null));
            w.add(quoted("merkel.txt", "Merkel on vaccines", "https://dw.example/vaccines", "DW",
                    LocalDate.of(2021, 5, 5), "Angela Merkel", "Chancellor", "Vaccines are our way out of this "
                            + "pandemic", null));
            w.add(quoted("xss.txt", XSS_TITLE, XSS_URL, XSS_OUTLET, LocalDate.of(2021, 5, 1), XSS_SPEAKER, null,
                    XSS_QUOTE, null));
            w.commit();
            w.rebuildAggregates();
        }
    }
}
