package io.github.verbatim.sink;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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

    // field names encoded once: the generator copies their bytes instead of encoding each name per use
    private static final SerializedString F_ALIASES = new SerializedString("aliases");
    private static final SerializedString F_ATTRIBUTIONS = new SerializedString("attributions");
    private static final SerializedString F_BYLINE = new SerializedString("byline");
    private static final SerializedString F_CONFIDENCE = new SerializedString("confidence");
    private static final SerializedString F_CONTENT = new SerializedString("content");
    private static final SerializedString F_CUE = new SerializedString("cue");
    private static final SerializedString F_CUE_TEXT = new SerializedString("cue_text");
    private static final SerializedString F_DATE = new SerializedString("date");
    private static final SerializedString F_DIAGNOSTICS = new SerializedString("diagnostics");
    private static final SerializedString F_DOC = new SerializedString("doc");
    private static final SerializedString F_DUPLICATE_OF = new SerializedString("duplicate_of");
    private static final SerializedString F_END = new SerializedString("end");
    private static final SerializedString F_ID = new SerializedString("id");
    private static final SerializedString F_KIND = new SerializedString("kind");
    private static final SerializedString F_LANGUAGE = new SerializedString("language");
    private static final SerializedString F_MENTIONS = new SerializedString("mentions");
    private static final SerializedString F_NAME = new SerializedString("name");
    private static final SerializedString F_OUTLET = new SerializedString("outlet");
    private static final SerializedString F_PLACE = new SerializedString("place");
    private static final SerializedString F_PRECISION = new SerializedString("precision");
    private static final SerializedString F_PUBLISHED = new SerializedString("published");
    private static final SerializedString F_RESIDUE = new SerializedString("residue");
    private static final SerializedString F_RESOLVED = new SerializedString("resolved");
    private static final SerializedString F_ROLES = new SerializedString("roles");
    private static final SerializedString F_SOURCE = new SerializedString("source");
    private static final SerializedString F_SOURCE_TEXT = new SerializedString("source_text");
    private static final SerializedString F_SPAN = new SerializedString("span");
    private static final SerializedString F_SPEAKER = new SerializedString("speaker");
    private static final SerializedString F_SPEAKERS = new SerializedString("speakers");
    private static final SerializedString F_START = new SerializedString("start");
    private static final SerializedString F_TEXT = new SerializedString("text");
    private static final SerializedString F_TIME = new SerializedString("time");
    private static final SerializedString F_TITLE = new SerializedString("title");
    private static final SerializedString F_TYPE = new SerializedString("type");
    private static final SerializedString F_URL = new SerializedString("url");

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
        json.writeFieldName(F_DOC);
        json.writeString(result.article().id());
        json.writeFieldName(F_TITLE);
        json.writeString(meta.title());
        json.writeFieldName(F_PUBLISHED);
        json.writeString(meta.published() == null ? null : meta.published().toString());
        if (meta.url() != null) {
            json.writeFieldName(F_URL);
            json.writeString(meta.url());
        }
        if (meta.outlet() != null) {
            json.writeFieldName(F_OUTLET);
            json.writeString(meta.outlet());
        }
        if (meta.language() != null) {
            json.writeFieldName(F_LANGUAGE);
            json.writeString(meta.language());
        }
        if (meta.byline() != null) {
            json.writeFieldName(F_BYLINE);
            json.writeString(meta.byline());
        }
        if (meta.duplicateOf() != null) {
            json.writeFieldName(F_DUPLICATE_OF);
            json.writeString(meta.duplicateOf());
        }
        json.writeFieldName(F_ATTRIBUTIONS);
        json.writeStartArray();
        for (Attribution a : result.attributions()) {
            writeAttribution(a);
        }
        json.writeEndArray();
        json.writeFieldName(F_SPEAKERS);
        json.writeStartArray();
        for (Speaker s : result.speakers()) {
            json.writeStartObject();
            json.writeFieldName(F_ID);
            json.writeString(s.id());
            json.writeFieldName(F_NAME);
            json.writeString(s.name());
            writeStrings(F_ALIASES, s.aliases());
            writeStrings(F_ROLES, s.roles());
            json.writeFieldName(F_MENTIONS);
            json.writeNumber(s.mentions());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeFieldName(F_RESIDUE);
        json.writeStartArray();
        for (Residue r : result.residue()) {
            json.writeStartObject();
            json.writeFieldName(F_KIND);
            json.writeString(r.kind());
            writeSpanFields(r.span());
            json.writeFieldName(F_TEXT);
            json.writeString(r.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeStrings(F_DIAGNOSTICS, result.diagnostics());
        if (withText) {
            json.writeFieldName(F_TEXT);
            json.writeString(result.article().text());
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void writeAttribution(Attribution a) throws IOException {
        json.writeStartObject();
        json.writeFieldName(F_KIND);
        json.writeString(a.kind().label());
        writeSpans(F_CONTENT, a.content());
        writeSpans(F_CUE, a.cue());
        writeSpans(F_SOURCE, a.source());
        json.writeFieldName(F_TEXT);
        json.writeString(a.text());
        json.writeFieldName(F_CUE_TEXT);
        json.writeString(a.cueText());
        json.writeFieldName(F_SOURCE_TEXT);
        json.writeString(a.sourceText());
        if (a.speaker() == null) {
            json.writeFieldName(F_SPEAKER);
            json.writeNull();
        } else {
            json.writeFieldName(F_SPEAKER);
            json.writeStartObject();
            json.writeFieldName(F_ID);
            json.writeString(a.speaker().id());
            json.writeFieldName(F_NAME);
            json.writeString(a.speaker().name());
            json.writeEndObject();
        }
        json.writeFieldName(F_CONFIDENCE);
        json.writeNumber(Math.round(a.confidence() * 1000) / 1000.0);
        writeTime(a.time());
        writePlace(a.place());
        json.writeFieldName(F_MENTIONS);
        json.writeStartArray();
        for (EntityRef m : a.mentions()) {
            json.writeStartObject();
            json.writeFieldName(F_TEXT);
            json.writeString(m.text());
            writeSpanObject(m.span());
            json.writeFieldName(F_TYPE);
            json.writeString(m.type());
            json.writeFieldName(F_NAME);
            json.writeString(m.name());
            json.writeFieldName(F_SPEAKER);
            json.writeString(m.speaker());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeTime(TimeRef t) throws IOException {
        if (t == null) {
            json.writeFieldName(F_TIME);
            json.writeNull();
            return;
        }
        json.writeFieldName(F_TIME);
        json.writeStartObject();
        json.writeFieldName(F_TEXT);
        json.writeString(t.text());
        if (t.span() == null) {
            json.writeFieldName(F_SPAN);
            json.writeNull();
        } else {
            writeSpanObject(t.span());
        }
        json.writeFieldName(F_DATE);
        json.writeString(t.date() == null ? null : t.date().toString());
        if (t.end() != null && !t.end().equals(t.date())) {
            json.writeFieldName(F_END);
            json.writeString(t.end().toString());
        }
        json.writeFieldName(F_PRECISION);
        json.writeString(t.precision());
        json.writeFieldName(F_SOURCE);
        json.writeString(t.source());
        json.writeFieldName(F_RESOLVED);
        json.writeBoolean(t.resolved());
        json.writeEndObject();
    }

    private void writePlace(PlaceRef p) throws IOException {
        if (p == null) {
            json.writeFieldName(F_PLACE);
            json.writeNull();
            return;
        }
        json.writeFieldName(F_PLACE);
        json.writeStartObject();
        json.writeFieldName(F_TEXT);
        json.writeString(p.text());
        writeSpanObject(p.span());
        json.writeFieldName(F_KIND);
        json.writeString(p.kind());
        json.writeEndObject();
    }

    private void writeSpanObject(Span s) throws IOException {
        json.writeFieldName(F_SPAN);
        json.writeStartObject();
        writeSpanFields(s);
        json.writeEndObject();
    }

    private void writeSpans(SerializedString field, List<Span> spans) throws IOException {
        json.writeFieldName(field);
        json.writeStartArray();
        for (Span s : spans) {
            json.writeStartObject();
            writeSpanFields(s);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeSpanFields(Span s) throws IOException {
        json.writeFieldName(F_START);
        json.writeNumber(s.start());
        json.writeFieldName(F_END);
        json.writeNumber(s.end());
    }

    private void writeStrings(SerializedString field, List<String> values) throws IOException {
        json.writeFieldName(field);
        json.writeStartArray();
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
