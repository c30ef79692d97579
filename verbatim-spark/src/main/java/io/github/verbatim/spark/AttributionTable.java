package io.github.verbatim.spark;

import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.Span;
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
 * text, cue_text, source_text, speaker id and name, confidence rounded to 3 places) next to the article's
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
        DataTypes.createStructField("confidence", DataTypes.DoubleType, false)});

    private AttributionTable() {
    }

    /** The rows of {@code result}, in contract order. */
    static List<Row> rows(String articleKey, String location, DocumentResult result) {
        ArticleMetadata m = result.article().metadata();
        List<Row> rows = new ArrayList<>(result.attributions().size());
        for (int i = 0; i < result.attributions().size(); i++) {
            Attribution a = result.attributions().get(i);
            rows.add(RowFactory.create(articleKey, location, result.article().id(), m.title(),
                    m.published() == null ? null : m.published().toString(), m.url(), m.outlet(), m.language(),
                    m.byline(), m.duplicateOf(), m.duplicateOf() != null, i, a.kind().label(), spans(a.content()),
                    spans(a.cue()), spans(a.source()), a.text(), a.cueText(), a.sourceText(),
                    a.speaker() == null ? null : a.speaker().id(), a.speaker() == null ? null : a.speaker().name(),
                    Math.round(a.confidence() * 1000) / 1000.0));
        }
        return rows;
    }

    /** Spans as an array of structs (Spark's row encoder takes arrays, not Java lists, for array columns). */
    private static Row[] spans(List<Span> spans) {
        Row[] rows = new Row[spans.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = RowFactory.create(spans.get(i).start(), spans.get(i).end());
        }
        return rows;
    }
}
