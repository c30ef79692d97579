package io.github.verbatim.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.ingest.ArticleReader;
import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.Inputs;
import io.github.verbatim.ingest.LimitExceededException;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.ingest.Stripe;
import io.github.verbatim.ingest.html.DateText;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Streams a JSON Lines corpus ({@code .jsonl}, {@code .ndjson}, gzipped or not) one line at a time: each line
 * is one JSON object, one article, with field names from {@link JsonlFields}. Memory is bounded by one line
 * ({@link InputLimits#maxDocumentBytes()}), never the file.
 *
 * <p>Outcomes, located as {@code file:line}: {@code Read}; or {@code Skipped} with {@code bad-json} (not a
 * JSON object), {@code no-text} (text field missing or not a string), {@code empty} (blank text),
 * {@code too-large} (line over the limit; the rest of that line is skipped unread into memory). A gzip stream
 * that inflates past {@link InputLimits#maxInflatedBytes()} ({@code gzip-bomb}) or breaks ({@code io-error})
 * ends the file with one skip. Blank lines are ignored. Immutable and thread-safe.
 */
public final class JsonLinesReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonlFields fields;
    private final InputLimits limits;

    public JsonLinesReader() {
        this(JsonlFields.DEFAULTS, InputLimits.DEFAULTS);
    }

    public JsonLinesReader(JsonlFields fields, InputLimits limits) {
        this.fields = Objects.requireNonNull(fields, "fields");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public boolean accepts(Path file) {
        String name = Inputs.baseName(file);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    public void read(Path file, Consumer<ReadOutcome> sink) {
        read(file, sink, n -> { });
    }

    /** Reads {@code file}, reporting compressed bytes consumed as it goes. */
    @Override
    public void read(Path file, Consumer<ReadOutcome> sink, LongConsumer consumed) {
        read(file, sink, consumed, Stripe.ALL);
    }

    /** Reads the lines of {@code stripe} only; lines of other stripes are split off but never parsed. */
    @Override
    public void read(Path file, Consumer<ReadOutcome> sink, Stripe stripe) {
        read(file, sink, n -> { }, Objects.requireNonNull(stripe, "stripe"));
    }

    private void read(Path file, Consumer<ReadOutcome> sink, LongConsumer consumed, Stripe stripe) {
        String base = file.toString();
        String fileName = file.getFileName().toString();
        long line = 0;
        long position = 0;
        try (InputStream in = Inputs.open(file, limits.maxInflatedBytes(), consumed)) {
            LineSource lines = new LineSource(in, limits.maxDocumentBytes());
            while (true) {
                byte[] bytes = lines.next();
                if (bytes == null) {
                    return;
                }
                line++;
                if (!lines.overflowed() && isBlank(bytes)) {
                    continue;
                }
                if (!stripe.keeps(position++)) {
                    continue;
                }
                String location = base + ":" + line;
                if (lines.overflowed()) {
                    sink.accept(new ReadOutcome.Skipped(location, "too-large",
                            "line is longer than " + limits.maxDocumentBytes() + " bytes"));
                    continue;
                }
                sink.accept(parse(bytes, fileName + ":" + line, location));
            }
        } catch (LimitExceededException e) {
            if (stripe.keeps(position)) {
                sink.accept(new ReadOutcome.Skipped(base + ":" + (line + 1), e.reason(),
                        "inflated " + e.getMessage() + "; the rest of the file is abandoned"));
            }
        } catch (IOException | RuntimeException e) {
            if (stripe.keeps(position)) {
                sink.accept(new ReadOutcome.Skipped(base + ":" + (line + 1), "io-error",
                        e.getClass().getSimpleName() + ": " + e.getMessage() + "; the rest of the file is abandoned"));
            }
        }
    }

    private ReadOutcome parse(byte[] bytes, String fallbackId, String location) {
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            return new ReadOutcome.Skipped(location, "bad-json", e.getOriginalMessage());
        } catch (IOException e) {
            return new ReadOutcome.Skipped(location, "bad-json", String.valueOf(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return new ReadOutcome.Skipped(location, "bad-json", "line is not a JSON object");
        }
        JsonNode text = node.get(fields.text());
        if (text == null || !text.isTextual()) {
            return new ReadOutcome.Skipped(location, "no-text", "no string field '" + fields.text() + "'");
        }
        if (text.asText().isBlank()) {
            return new ReadOutcome.Skipped(location, "empty", "field '" + fields.text() + "' is blank");
        }
        String id = string(node, fields.id());
        ArticleMetadata meta = new ArticleMetadata(string(node, fields.title()), string(node, fields.url()),
                DateText.parse(string(node, fields.date())), string(node, fields.outlet()),
                string(node, fields.language()));
        return new ReadOutcome.Read(new Article(id == null ? fallbackId : id, text.asText(), meta), location);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Splits a byte stream at '\n', holding at most {@code max} bytes of one line. Not thread-safe. */
    private static final class LineSource {
        private final InputStream in;
        private final long max;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int limit;
        private boolean overflowed;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineSource(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        boolean overflowed() {
            return overflowed;
        }

        /** The next line without its '\n', or null at the end; after an overflow, the bytes read so far. */
        byte[] next() throws IOException {
            line.reset();
            overflowed = false;
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    limit = in.read(buffer);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return any ? result() : null;
                    }
                }
                any = true;
                int start = pos;
                while (pos < limit && buffer[pos] != '\n') {
                    pos++;
                }
                if (!overflowed) {
                    if (line.size() + (pos - start) > max) {
                        overflowed = true;
                        line.reset();
                    } else {
                        line.write(buffer, start, pos - start);
                    }
                }
                if (pos < limit) {
                    pos++;
                    return result();
                }
            }
        }

        private byte[] result() {
            return overflowed ? new byte[0] : line.toByteArray();
        }
    }
}
