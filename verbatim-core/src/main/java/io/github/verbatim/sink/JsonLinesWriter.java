package io.github.verbatim.sink;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.EntityRef;
import io.github.verbatim.model.PlaceRef;
import io.github.verbatim.model.Residue;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.Speaker;
import io.github.verbatim.model.TimeRef;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes {@link DocumentResult}s as the JSON Lines contract of {@code DESIGN.md}: one object per article,
 * one article per line, UTF-8.
 *
 * <p>Not thread-safe: one writer per output stream. {@link #close()} flushes and closes the stream.
 */
public final class JsonLinesWriter implements Flushable, Closeable {

    private static final JsonFactory FACTORY = new JsonFactory().setRootValueSeparator(null);

    private final OutputStream out;
    private final JsonGenerator json;
    private final boolean withText;

    /**
     * @param out      destination; owned by the writer from now on
     * @param withText also write the article text ({@code "text"}) that every offset points into
     */
    public JsonLinesWriter(OutputStream out, boolean withText) {
        this.out = out;
        this.withText = withText;
        try {
            this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** Writes one result as one line. */
    public void write(DocumentResult result) throws IOException {
        ArticleMetadata meta = result.article().metadata();
        json.writeStartObject();
        json.writeStringField("doc", result.article().id());
        json.writeStringField("title", meta.title());
        json.writeStringField("published", meta.published() == null ? null : meta.published().toString());
        if (meta.url() != null) {
            json.writeStringField("url", meta.url());
        }
        if (meta.outlet() != null) {
            json.writeStringField("outlet", meta.outlet());
        }
        if (meta.language() != null) {
            json.writeStringField("language", meta.language());
        }
        if (meta.byline() != null) {
            json.writeStringField("byline", meta.byline());
        }
        if (meta.duplicateOf() != null) {
            json.writeStringField("duplicate_of", meta.duplicateOf());
        }
        json.writeArrayFieldStart("attributions");
        for (Attribution a : result.attributions()) {
            writeAttribution(a);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("speakers");
        for (Speaker s : result.speakers()) {
            json.writeStartObject();
            json.writeStringField("id", s.id());
            json.writeStringField("name", s.name());
            writeStrings("aliases", s.aliases());
            writeStrings("roles", s.roles());
            json.writeNumberField("mentions", s.mentions());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("residue");
        for (Residue r : result.residue()) {
            json.writeStartObject();
            json.writeStringField("kind", r.kind());
            writeSpanFields(r.span());
            json.writeStringField("text", r.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeStrings("diagnostics", result.diagnostics());
        if (withText) {
            json.writeStringField("text", result.article().text());
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void writeAttribution(Attribution a) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", a.kind().label());
        writeSpans("content", a.content());
        writeSpans("cue", a.cue());
        writeSpans("source", a.source());
        json.writeStringField("text", a.text());
        json.writeStringField("cue_text", a.cueText());
        json.writeStringField("source_text", a.sourceText());
        if (a.speaker() == null) {
            json.writeNullField("speaker");
        } else {
            json.writeObjectFieldStart("speaker");
            json.writeStringField("id", a.speaker().id());
            json.writeStringField("name", a.speaker().name());
            json.writeEndObject();
        }
        json.writeNumberField("confidence", Math.round(a.confidence() * 1000) / 1000.0);
        writeTime(a.time());
        writePlace(a.place());
        json.writeArrayFieldStart("mentions");
        for (EntityRef m : a.mentions()) {
            json.writeStartObject();
            json.writeStringField("text", m.text());
            writeSpanObject(m.span());
            json.writeStringField("type", m.type());
            json.writeStringField("name", m.name());
            json.writeStringField("speaker", m.speaker());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeTime(TimeRef t) throws IOException {
        if (t == null) {
            json.writeNullField("time");
            return;
        }
        json.writeObjectFieldStart("time");
        json.writeStringField("text", t.text());
        if (t.span() == null) {
            json.writeNullField("span");
        } else {
            writeSpanObject(t.span());
        }
        json.writeStringField("date", t.date() == null ? null : t.date().toString());
        if (t.end() != null && !t.end().equals(t.date())) {
            json.writeStringField("end", t.end().toString());
        }
        json.writeStringField("precision", t.precision());
        json.writeStringField("source", t.source());
        json.writeBooleanField("resolved", t.resolved());
        json.writeEndObject();
    }

    private void writePlace(PlaceRef p) throws IOException {
        if (p == null) {
            json.writeNullField("place");
            return;
        }
        json.writeObjectFieldStart("place");
        json.writeStringField("text", p.text());
        writeSpanObject(p.span());
        json.writeStringField("kind", p.kind());
        json.writeEndObject();
    }

    private void writeSpanObject(Span s) throws IOException {
        json.writeObjectFieldStart("span");
        writeSpanFields(s);
        json.writeEndObject();
    }

    private void writeSpans(String field, List<Span> spans) throws IOException {
        json.writeArrayFieldStart(field);
        for (Span s : spans) {
            json.writeStartObject();
            writeSpanFields(s);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeSpanFields(Span s) throws IOException {
        json.writeNumberField("start", s.start());
        json.writeNumberField("end", s.end());
    }

    private void writeStrings(String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    @Override
    public void flush() throws IOException {
        json.flush();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
        out.close();
    }
}
