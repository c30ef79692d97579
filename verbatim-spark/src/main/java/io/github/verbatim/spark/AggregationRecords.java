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
 * The index's statement reports and speaker observations of the stored articles on their way from the task that
 * extracted them to the driver, packed by the {@link #REPORT} and {@link #OBSERVATION} schemas into one byte
 * array per task ({@link RowBlock}): compact, no article texts, no Java serialisation of each record. Stateless.
 */
final class AggregationRecords {

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

    private AggregationRecords() {
    }

    /** {@code reports} packed by {@link #REPORT}. */
    static byte[] packReports(List<StatementReport> reports) {
        List<Row> rows = new ArrayList<>(reports.size());
        for (StatementReport s : reports) {
            rows.add(RowFactory.create(s.id(), s.articleKey(), s.outlet(), date(s.published()), s.speakerName(),
                    s.kind().label(), s.text()));
        }
        return RowBlock.pack(rows, REPORT);
    }

    /** {@code observations} packed by {@link #OBSERVATION}. */
    static byte[] packObservations(List<SpeakerObservation> observations) {
        List<Row> rows = new ArrayList<>(observations.size());
        for (SpeakerObservation s : observations) {
            rows.add(RowFactory.create(s.id(), s.articleKey(), s.outlet(), date(s.published()), s.name(),
                    s.aliases().toArray(new String[0]), s.roles().toArray(new String[0]), s.statements()));
        }
        return RowBlock.pack(rows, OBSERVATION);
    }

    /** Appends the reports {@link #packReports} packed to {@code into}. */
    static void unpackReports(byte[] block, List<StatementReport> into) {
        for (Row r : RowBlock.unpack(block, REPORT)) {
            into.add(report(r));
        }
    }

    /** Appends the observations {@link #packObservations} packed to {@code into}. */
    static void unpackObservations(byte[] block, List<SpeakerObservation> into) {
        for (Row r : RowBlock.unpack(block, OBSERVATION)) {
            into.add(observation(r));
        }
    }

    /** A {@link #REPORT} row back as the index's record. */
    static StatementReport report(Row r) {
        return new StatementReport(r.getString(0), r.getString(1), r.getString(2), parse(r.getString(3)),
                r.getString(4), AttributionKind.fromLabel(r.getString(5)), r.getString(6));
    }

    /** An {@link #OBSERVATION} row back as the index's record. */
    static SpeakerObservation observation(Row r) {
        return new SpeakerObservation(r.getString(0), r.getString(1), r.getString(2), parse(r.getString(3)),
                r.getString(4), List.of((String[]) r.get(5)), List.of((String[]) r.get(6)), r.getInt(7));
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate parse(String d) {
        return d == null ? null : LocalDate.parse(d);
    }
}
