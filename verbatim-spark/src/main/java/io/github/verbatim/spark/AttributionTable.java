package io.github.verbatim.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.EntityRef;
import io.github.verbatim.model.PlaceRef;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.TimeRef;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code attributions} table: one row per attribution, carrying the JSON Lines contract's attribution
 * fields ({@code io.github.verbatim.sink.JsonLinesWriter}: kind, content/cue/source spans in code points,
 * text, cue_text, source_text, speaker id and name, confidence rounded to 3 places; the context as
 * {@code time_text}, {@code time_date}, {@code time_end} (ISO dates; {@code time_end} equals {@code time_date}
 * for a day, both null when unresolved), {@code time_precision}, {@code time_source}, {@code place_text},
 * {@code place_kind} (all null when the contract's time or place is null) and {@code mentions}, the contract's
 * mentions array as a JSON string, {@code []} when none) next to the article's
 * contract fields (doc, title, published, url, outlet, language, byline, duplicate_of), its store key and
 * where it was read. {@code index} is the attribution's position in the article's contract array. Stateless.
 */
final class AttributionTable {

    static final StructType SPAN = new StructType(new StructField[] {
        DataTypes.createStructField("start", DataTypes.IntegerType, false),
        DataTypes.createStructField("end", DataTypes.IntegerType, false)});

    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("article_key", DataTypes.StringType, false),
        DataTypes.createStructField("location", DataTypes.StringType, false),
        DataTypes.createStructField("doc", DataTypes.StringType, false),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("published", DataTypes.StringType, true),
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("outlet", DataTypes.StringType, true),
        DataTypes.createStructField("language", DataTypes.StringType, true),
        DataTypes.createStructField("byline", DataTypes.StringType, true),
        DataTypes.createStructField("duplicate_of", DataTypes.StringType, true),
        DataTypes.createStructField("is_duplicate", DataTypes.BooleanType, false),
        DataTypes.createStructField("index", DataTypes.IntegerType, false),
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("content", DataTypes.createArrayType(SPAN, false), false),
        DataTypes.createStructField("cue", DataTypes.createArrayType(SPAN, false), false),
        DataTypes.createStructField("source", DataTypes.createArrayType(SPAN, false), false),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("cue_text", DataTypes.StringType, false),
        DataTypes.createStructField("source_text", DataTypes.StringType, false),
        DataTypes.createStructField("speaker_id", DataTypes.StringType, true),
        DataTypes.createStructField("speaker_name", DataTypes.StringType, true),
        DataTypes.createStructField("confidence", DataTypes.DoubleType, false),
        DataTypes.createStructField("time_text", DataTypes.StringType, true),
        DataTypes.createStructField("time_date", DataTypes.StringType, true),
        DataTypes.createStructField("time_end", DataTypes.StringType, true),
        DataTypes.createStructField("time_precision", DataTypes.StringType, true),
        DataTypes.createStructField("time_source", DataTypes.StringType, true),
        DataTypes.createStructField("place_text", DataTypes.StringType, true),
        DataTypes.createStructField("place_kind", DataTypes.StringType, true),
        DataTypes.createStructField("mentions", DataTypes.StringType, false)});

    /** Columns whose values rarely repeat: written without a Parquet dictionary ({@link ParquetRows}). */
    static final java.util.List<String> UNIQUE_COLUMNS = java.util.List.of("article_key", "location", "doc", "title",
            "url", "text", "source_text", "mentions");

    private static final ObjectMapper JSON = new ObjectMapper();

    private AttributionTable() {
    }

    /** The rows of {@code result}, in contract order. */
    static List<Row> rows(String articleKey, String location, DocumentResult result) {
        ArticleMetadata m = result.article().metadata();
        List<Row> rows = new ArrayList<>(result.attributions().size());
        for (int i = 0; i < result.attributions().size(); i++) {
            Attribution a = result.attributions().get(i);
            TimeRef t = a.time();
            PlaceRef p = a.place();
            rows.add(RowFactory.create(articleKey, location, result.article().id(), m.title(),
                    m.published() == null ? null : m.published().toString(), m.url(), m.outlet(), m.language(),
                    m.byline(), m.duplicateOf(), m.duplicateOf() != null, i, a.kind().label(), spans(a.content()),
                    spans(a.cue()), spans(a.source()), a.text(), a.cueText(), a.sourceText(),
                    a.speaker() == null ? null : a.speaker().id(), a.speaker() == null ? null : a.speaker().name(),
                    Math.round(a.confidence() * 1000) / 1000.0, t == null ? null : t.text(),
                    t == null || t.date() == null ? null : t.date().toString(),
                    t == null || t.end() == null ? null : t.end().toString(), t == null ? null : t.precision(),
                    t == null ? null : t.source(), p == null ? null : p.text(), p == null ? null : p.kind(),
                    mentions(a.mentions())));
        }
        return rows;
    }

    /** The contract's {@code "mentions"} array of one attribution, as compact JSON. */
    static String mentions(List<EntityRef> mentions) {
        ArrayNode array = JSON.createArrayNode();
        for (EntityRef m : mentions) {
            ObjectNode n = array.addObject();
            n.put("text", m.text());
            n.putObject("span").put("start", m.span().start()).put("end", m.span().end());
            n.put("type", m.type());
            n.put("name", m.name());
            n.put("speaker", m.speaker());
        }
        return array.toString();
    }

    /** Spans as an array of structs (as arrays, what {@link ParquetRows} and Spark both take for array columns). */
    private static Row[] spans(List<Span> spans) {
        Row[] rows = new Row[spans.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = RowFactory.create(spans.get(i).start(), spans.get(i).end());
        }
        return rows;
    }
}
