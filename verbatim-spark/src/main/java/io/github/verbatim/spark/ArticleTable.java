package io.github.verbatim.spark;

import io.github.verbatim.index.speakers.SpeakerObservation;
import io.github.verbatim.index.statements.StatementReport;
import io.github.verbatim.model.AttributionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's working table, one row per extracted article, computed once on the executor that ran the
 * pipeline and cached by Spark in its columnar form, uncompressed ({@link VerbatimSparkJob}): no Java
 * serialisation, no object graph for the garbage collector to copy. Every later output is a projection of it.
 * <ul>
 *   <li>{@code order}: input order ({@link ArticleRecord#order()});</li>
 *   <li>{@code attributions}: the article's {@link AttributionTable} rows; {@code attribution_count} their
 *       number (counted without reading the rows back);</li>
 *   <li>{@code stored}: whether it is the first article of its article key ({@link ArticleFlags});</li>
 *   <li>{@code result_line}: the JSON Lines contract object with its text, for {@code results/}; null unless
 *       stored, so a text is held once, never per attribution;</li>
 *   <li>{@code reports}, {@code observations}: the index's statement reports and speaker observations (built by
 *       its own {@code StatementReports} and {@code SpeakerObservations}), empty unless stored;</li>
 *   <li>{@code error}: a {@link DiagnosticsTable} row when the pipeline reported an internal error, else null.</li>
 * </ul>
 * Stateless.
 */
final class ArticleTable {

    static final StructType REPORT = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("article_key", DataTypes.StringType, false),
        DataTypes.createStructField("outlet", DataTypes.StringType, true),
        DataTypes.createStructField("published", DataTypes.StringType, true),
        DataTypes.createStructField("speaker_name", DataTypes.StringType, true),
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false)});

    static final StructType OBSERVATION = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("article_key", DataTypes.StringType, false),
        DataTypes.createStructField("outlet", DataTypes.StringType, true),
        DataTypes.createStructField("published", DataTypes.StringType, true),
        DataTypes.createStructField("name", DataTypes.StringType, false),
        DataTypes.createStructField("aliases", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("roles", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("statements", DataTypes.IntegerType, false)});

    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("order", DataTypes.LongType, false),
        DataTypes.createStructField("attributions", DataTypes.createArrayType(AttributionTable.SCHEMA, false), false),
        DataTypes.createStructField("attribution_count", DataTypes.IntegerType, false),
        DataTypes.createStructField("stored", DataTypes.BooleanType, false),
        DataTypes.createStructField("result_line", DataTypes.StringType, true),
        DataTypes.createStructField("reports", DataTypes.createArrayType(REPORT, false), false),
        DataTypes.createStructField("observations", DataTypes.createArrayType(OBSERVATION, false), false),
        DataTypes.createStructField("error", DiagnosticsTable.SCHEMA, true)});

    private ArticleTable() {
    }

    /** The row of one article; {@code resultLine} is null exactly when the article is not stored. */
    static Row row(long order, List<Row> attributions, String resultLine, List<StatementReport> reports,
                   List<SpeakerObservation> observations, SkipRecord error) {
        Row[] r = new Row[reports.size()];
        for (int i = 0; i < r.length; i++) {
            StatementReport s = reports.get(i);
            r[i] = RowFactory.create(s.id(), s.articleKey(), s.outlet(), date(s.published()), s.speakerName(),
                    s.kind().label(), s.text());
        }
        Row[] o = new Row[observations.size()];
        for (int i = 0; i < o.length; i++) {
            SpeakerObservation s = observations.get(i);
            o[i] = RowFactory.create(s.id(), s.articleKey(), s.outlet(), date(s.published()), s.name(),
                    s.aliases().toArray(new String[0]), s.roles().toArray(new String[0]), s.statements());
        }
        return RowFactory.create(order, attributions.toArray(new Row[0]), attributions.size(), resultLine != null,
                resultLine, r, o,
                error == null ? null : DiagnosticsTable.row(error));
    }

    /** A {@link #REPORT} row back as the index's record. */
    static StatementReport report(Row r) {
        return new StatementReport(r.getString(0), r.getString(1), r.getString(2), parse(r.getString(3)),
                r.getString(4), AttributionKind.fromLabel(r.getString(5)), r.getString(6));
    }

    /** An {@link #OBSERVATION} row back as the index's record. */
    static SpeakerObservation observation(Row r) {
        return new SpeakerObservation(r.getString(0), r.getString(1), r.getString(2), parse(r.getString(3)),
                r.getString(4), r.<String>getList(5), r.<String>getList(6), r.getInt(7));
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate parse(String d) {
        return d == null ? null : LocalDate.parse(d);
    }
}
