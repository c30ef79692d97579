package io.github.verbatim.context.ner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.context.CharSpan;
import io.github.verbatim.model.CodePointIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * Reads the silver named-entity labels of {@code shared/ner-silver} (Stanford CoreNLP output over PolNeAR
 * train/dev and BBC News) with their texts, as {@link NerDocument}s in UTF-16 offsets.
 *
 * <p>Labels are mapped with {@link EntityType#fromCoreNlp}; pronoun mentions ({@code "pronoun": true}),
 * non-name labels and any label overlapping an earlier one are dropped. One systematic CoreNLP error is
 * cleaned: "State" in the title "Secretary of State" is labelled ORGANIZATION (78 times in PolNeAR), which
 * teaches a tagger to run the organisation on into the name that follows ("Secretary of State Anthony
 * Blinken"); that label is dropped. A document whose text cannot be found
 * is skipped and counted in {@link Result#missingTexts()}.
 *
 * <p>The held-apart slice ({@link #isHeldOut}) is fixed by a CRC-32 of the id: about one document in ten.
 */
public final class SilverNerCorpus {

    /** The files under {@code ner-silver/} read by {@link #load}. */
    public static final List<String> FILES = List.of("bbc.jsonl.gz", "polnear.jsonl.gz");

    private SilverNerCorpus() {
    }

    /**
     * Documents read, and how many label lines had no text.
     *
     * @param documents    the documents, in file order
     * @param missingTexts ids whose text was not found
     */
    public record Result(List<NerDocument> documents, List<String> missingTexts) {
        public Result {
            documents = List.copyOf(documents);
            missingTexts = List.copyOf(missingTexts);
        }
    }

    /** True for the ~10% of ids held apart from training for scoring. */
    public static boolean isHeldOut(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 10 == 0;
    }

    /** Reads every silver file under {@code shared/ner-silver}, texts from {@code shared/news} and {@code shared/polnear}. */
    public static Result load(Path shared) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, JsonNode> labels = new LinkedHashMap<>();
        for (String file : FILES) {
            try (BufferedReader r = gzipReader(shared.resolve("ner-silver").resolve(file))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        JsonNode node = mapper.readTree(line);
                        labels.put(node.get("id").asText(), node.get("entities"));
                    }
                }
            }
        }
        Set<String> wanted = new HashSet<>();
        for (String id : labels.keySet()) {
            if (!id.startsWith("polnear/")) {
                wanted.add(id);
            }
        }
        Map<String, String> newsTexts = newsTexts(shared.resolve("news").resolve("news-mix.jsonl.gz"), wanted);
        List<NerDocument> docs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : labels.entrySet()) {
            String id = e.getKey();
            String text = id.startsWith("polnear/") ? polnearText(shared, id) : newsTexts.get(id);
            if (text == null) {
                missing.add(id);
                continue;
            }
            docs.add(new NerDocument(id, text, entities(text, e.getValue())));
        }
        return new Result(docs, missing);
    }

    private static String polnearText(Path shared, String id) throws IOException {
        String[] parts = id.split("/", 3);
        if (parts.length != 3) {
            return null;
        }
        Path p = shared.resolve("polnear").resolve(parts[1]).resolve("text").resolve(parts[2] + ".txt");
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
    }

    private static Map<String, String> newsTexts(Path file, Set<String> wanted) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (wanted.isEmpty() || !Files.exists(file)) {
            return out;
        }
        JsonFactory factory = new JsonFactory();
        try (BufferedReader r = gzipReader(file)) {
            String line;
            while ((line = r.readLine()) != null && out.size() < wanted.size()) {
                String id = null;
                String text = null;
                try (JsonParser p = factory.createParser(line)) {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        continue;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.getCurrentName();
                        p.nextToken();
                        if ("id".equals(field)) {
                            id = p.getText();
                        } else if ("text".equals(field)) {
                            text = p.getText();
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                if (id != null && text != null && wanted.contains(id)) {
                    out.put(id, text);
                }
            }
        }
        return out;
    }

    static List<GoldEntity> entities(String text, JsonNode array) {
        CodePointIndex index = CodePointIndex.of(text);
        List<GoldEntity> all = new ArrayList<>();
        int codePoints = text.codePointCount(0, text.length());
        for (JsonNode e : array) {
            if (e.path("pronoun").asBoolean(false)) {
                continue;
            }
            EntityType type = EntityType.fromCoreNlp(e.path("type").asText(""));
            int start = e.path("start").asInt(-1);
            int end = e.path("end").asInt(-1);
            if (type == null || start < 0 || end <= start || end > codePoints) {
                continue;
            }
            CharSpan span = new CharSpan(index.toChar(start), index.toChar(end));
            if (isTitleState(text, span)) {
                continue;
            }
            all.add(new GoldEntity(span, type));
        }
        all.sort(Comparator.comparing(GoldEntity::span));
        List<GoldEntity> kept = new ArrayList<>();
        int lastEnd = -1;
        for (GoldEntity g : all) {
            if (g.span().start() >= lastEnd) {
                kept.add(g);
                lastEnd = g.span().end();
            }
        }
        return kept;
    }

    private static final String TITLE = "Secretary of ";

    private static boolean isTitleState(String text, CharSpan span) {
        return span.end() - span.start() == 5 && text.startsWith("State", span.start())
                && span.start() >= TITLE.length()
                && text.regionMatches(true, span.start() - TITLE.length(), TITLE, 0, TITLE.length());
    }

    private static BufferedReader gzipReader(Path file) throws IOException {
        InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
