package io.github.verbatim.index.store;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.EntityRef;
import io.github.verbatim.model.PlaceRef;
import io.github.verbatim.model.Residue;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.Speaker;
import io.github.verbatim.model.SpeakerRef;
import io.github.verbatim.model.TimeRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random but valid DocumentResults for round-trip tests: every optional field is sometimes null or empty,
 * texts mix ASCII, accents, quotation marks, emoji and line breaks, and every span lies inside the text.
 * Confidences have the contract's three decimals.
 */
final class RandomResults {

    private static final String[] WORDS = {"we", "will", "rebuild", "alliances", "Brüssel", "“quoted”", "😀",
        "naïve", "\"plain\"", "line\nbreak", "tab\there", "Beijing", "NATO", "Δelta", "a\\b", "{json}"};
    private static final String[] PRECISIONS = {"day", "week", "month", "year"};
    private static final String[] TIME_SOURCES = {"statement", "speech", "article"};
    private static final String[] TYPES = {"PER", "ORG", "LOC", "MISC"};

    private RandomResults() {
    }

    /** Result number {@code i}, drawn from {@code random}. */
    static DocumentResult result(Random random, int i) {
        String text = words(random, 20 + random.nextInt(60));
        int length = text.codePointCount(0, text.length());
        ArticleMetadata meta = new ArticleMetadata(maybe(random, words(random, 3)),
                random.nextBoolean() ? "https://example.org/r/" + i : null,
                random.nextBoolean() ? LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000)) : null,
                maybe(random, words(random, 1)), maybe(random, "en"), maybe(random, words(random, 2)),
                maybe(random, "other-" + i + ".txt"));
        List<Speaker> speakers = new ArrayList<>();
        for (int s = 1, n = random.nextInt(3); s <= n; s++) {
            speakers.add(new Speaker("e" + s, words(random, 2), List.of(words(random, 1)),
                    random.nextBoolean() ? List.of() : List.of(words(random, 2)), random.nextInt(4)));
        }
        List<Attribution> attributions = new ArrayList<>();
        for (int a = 0, n = random.nextInt(5); a < n; a++) {
            List<Span> content = new ArrayList<>();
            for (int c = 0, segments = 1 + random.nextInt(2); c < segments; c++) {
                content.add(span(random, length));
            }
            SpeakerRef ref = speakers.isEmpty() || random.nextBoolean() ? null
                    : new SpeakerRef(speakers.get(0).id(), speakers.get(0).name());
            Attribution plain = new Attribution(AttributionKind.values()[random.nextInt(3)], content,
                    random.nextBoolean() ? List.of() : List.of(span(random, length)),
                    random.nextBoolean() ? List.of() : List.of(span(random, length)), words(random, 4),
                    random.nextBoolean() ? "" : words(random, 1), random.nextBoolean() ? "" : words(random, 2), ref,
                    random.nextInt(1001) / 1000.0);
            attributions.add(plain.withContext(time(random, length), place(random, length),
                    mentions(random, length, speakers)));
        }
        List<Residue> residue = random.nextInt(4) == 0 ? List.of(new Residue(span(random, length), "boilerplate",
                words(random, 2))) : List.of();
        List<String> diagnostics = random.nextInt(4) == 0 ? List.of(words(random, 5)) : List.of();
        return new DocumentResult(new Article("random-" + i + ".txt", text, meta), attributions, speakers, residue,
                diagnostics);
    }

    /** {@code r} with each confidence rounded to the three decimals the contract writes. */
    static DocumentResult withContractConfidences(DocumentResult r) {
        List<Attribution> rounded = new ArrayList<>();
        for (Attribution a : r.attributions()) {
            rounded.add(new Attribution(a.kind(), a.content(), a.cue(), a.source(), a.text(), a.cueText(),
                    a.sourceText(), a.speaker(), Math.round(a.confidence() * 1000) / 1000.0, a.time(), a.place(),
                    a.mentions()));
        }
        return new DocumentResult(r.article(), rounded, r.speakers(), r.residue(), r.diagnostics());
    }

    private static TimeRef time(Random random, int length) {
        int pick = random.nextInt(4);
        String precision = PRECISIONS[random.nextInt(PRECISIONS.length)];
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1000));
        LocalDate end = random.nextBoolean() ? date : date.plusDays(1 + random.nextInt(30));
        return switch (pick) {
            case 0 -> null;
            case 1 -> new TimeRef(null, null, date, end, precision, "article", true);
            case 2 -> new TimeRef(words(random, 2), span(random, length), null, null, precision,
                    TIME_SOURCES[random.nextInt(2)], false);
            default -> new TimeRef(words(random, 2), span(random, length), date, end, precision,
                    TIME_SOURCES[random.nextInt(2)], true);
        };
    }

    private static PlaceRef place(Random random, int length) {
        return random.nextInt(3) == 0 ? null
                : new PlaceRef(words(random, 3), span(random, length), random.nextBoolean() ? "venue" : "dateline");
    }

    private static List<EntityRef> mentions(Random random, int length, List<Speaker> speakers) {
        List<EntityRef> out = new ArrayList<>();
        for (int m = 0, n = random.nextInt(4); m < n; m++) {
            String speaker = speakers.isEmpty() || random.nextBoolean() ? null
                    : speakers.get(random.nextInt(speakers.size())).id();
            out.add(new EntityRef(words(random, 1), span(random, length), TYPES[random.nextInt(TYPES.length)],
                    words(random, 2), speaker));
        }
        return out;
    }

    private static Span span(Random random, int length) {
        int start = random.nextInt(length);
        return new Span(start, start + random.nextInt(length - start + 1));
    }

    private static String maybe(Random random, String value) {
        return random.nextInt(3) == 0 ? null : value;
    }

    private static String words(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
