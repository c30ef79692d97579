package io.github.verbatim.spark;

import io.github.verbatim.index.speakers.DatedRole;
import io.github.verbatim.index.speakers.RegisteredSpeaker;
import io.github.verbatim.index.statements.Statement;
import io.github.verbatim.index.statements.StatementReport;
import io.github.verbatim.index.statements.Variant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Rows of the aggregation tables, from the index's own {@link Statement}s and {@link RegisteredSpeaker}s:
 * {@code statements} (one row per cross-outlet statement, with its earliest report and its variants),
 * {@code statement_reports} (one row per report, {@code rank} 0 being the earliest) and {@code speakers}
 * (one row per registered speaker with article and statement counts). Stateless.
 */
final class AggregateTables {

    private static final StructType VARIANT = new StructType(new StructField[] {
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("edits", DataTypes.IntegerType, false),
        DataTypes.createStructField("outlets", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("report_ids", DataTypes.createArrayType(DataTypes.StringType, false), false)});

    static final StructType STATEMENTS = new StructType(new StructField[] {
        DataTypes.createStructField("statement_id", DataTypes.StringType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("reports", DataTypes.IntegerType, false),
        DataTypes.createStructField("outlets", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("speaker_names", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("earliest_report_id", DataTypes.StringType, false),
        DataTypes.createStructField("earliest_article_key", DataTypes.StringType, false),
        DataTypes.createStructField("earliest_outlet", DataTypes.StringType, true),
        DataTypes.createStructField("earliest_published", DataTypes.StringType, true),
        DataTypes.createStructField("variants", DataTypes.createArrayType(VARIANT, false), false)});

    static final StructType REPORTS = new StructType(new StructField[] {
        DataTypes.createStructField("statement_id", DataTypes.StringType, false),
        DataTypes.createStructField("rank", DataTypes.IntegerType, false),
        DataTypes.createStructField("report_id", DataTypes.StringType, false),
        DataTypes.createStructField("article_key", DataTypes.StringType, false),
        DataTypes.createStructField("outlet", DataTypes.StringType, true),
        DataTypes.createStructField("published", DataTypes.StringType, true),
        DataTypes.createStructField("speaker_name", DataTypes.StringType, true),
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false)});

    private static final StructType ROLE = new StructType(new StructField[] {
        DataTypes.createStructField("role", DataTypes.StringType, false),
        DataTypes.createStructField("first_seen", DataTypes.StringType, true),
        DataTypes.createStructField("last_seen", DataTypes.StringType, true)});

    static final StructType SPEAKERS = new StructType(new StructField[] {
        DataTypes.createStructField("speaker_id", DataTypes.StringType, false),
        DataTypes.createStructField("name", DataTypes.StringType, false),
        DataTypes.createStructField("aliases", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("roles", DataTypes.createArrayType(ROLE, false), false),
        DataTypes.createStructField("outlets", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("articles", DataTypes.IntegerType, false),
        DataTypes.createStructField("statements", DataTypes.IntegerType, false)});

    /** Columns of {@link #STATEMENTS} whose values rarely repeat ({@link ParquetRows}). */
    static final List<String> STATEMENTS_UNIQUE = List.of("statement_id", "text", "earliest_report_id",
            "earliest_article_key", "variants.list.element.text", "variants.list.element.report_ids.list.element");
    /** Columns of {@link #REPORTS} whose values rarely repeat. */
    static final List<String> REPORTS_UNIQUE = List.of("statement_id", "report_id", "article_key", "text");
    /** Columns of {@link #SPEAKERS} whose values rarely repeat. */
    static final List<String> SPEAKERS_UNIQUE = List.of("speaker_id", "name", "aliases.list.element");

    private AggregateTables() {
    }

    /**
     * The {@code statements} rows, built one at a time as they are iterated: the driver writes them straight to
     * Parquet, so they never sit in the heap all at once.
     */
    static Iterable<Row> statements(List<Statement> statements) {
        return () -> statements.stream().map(AggregateTables::statement).iterator();
    }

    /** The {@code statement_reports} rows, built one at a time as they are iterated. */
    static Iterable<Row> reports(List<Statement> statements) {
        return () -> statements.stream().flatMap(s -> IntStream.range(0, s.reports().size()).mapToObj(i -> {
            StatementReport r = s.reports().get(i);
            return RowFactory.create(s.id(), i, r.id(), r.articleKey(), r.outlet(), date(r.published()),
                    r.speakerName(), r.kind().label(), r.text());
        })).iterator();
    }

    /** The {@code speakers} rows, built one at a time as they are iterated. */
    static Iterable<Row> speakers(List<RegisteredSpeaker> speakers) {
        return () -> speakers.stream().map(AggregateTables::speaker).iterator();
    }

    private static Row statement(Statement s) {
        StatementReport first = s.earliest();
        List<Row> variants = new ArrayList<>();
        for (Variant v : s.variants()) {
            variants.add(RowFactory.create(v.text(), v.edits().size(), strings(v.outlets()), strings(v.reportIds())));
        }
        return RowFactory.create(s.id(), s.text(), s.reports().size(), strings(s.outlets()), strings(s.speakerNames()),
                first.id(), first.articleKey(), first.outlet(), date(first.published()), variants.toArray(new Row[0]));
    }

    private static Row speaker(RegisteredSpeaker s) {
        List<Row> roles = new ArrayList<>();
        for (DatedRole r : s.roles()) {
            roles.add(RowFactory.create(r.role(), date(r.firstSeen()), date(r.lastSeen())));
        }
        return RowFactory.create(s.id(), s.name(), strings(s.aliases()), roles.toArray(new Row[0]), strings(s.outlets()),
                s.articles(), s.statements());
    }

    /** Spark's row encoder takes arrays, not Java lists, for array columns. */
    private static String[] strings(List<String> values) {
        return values.toArray(new String[0]);
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
