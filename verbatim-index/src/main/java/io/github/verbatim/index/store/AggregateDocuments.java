package io.github.verbatim.index.store;

import static io.github.verbatim.index.store.StoreFields.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.verbatim.index.speakers.DatedRole;
import io.github.verbatim.index.speakers.RegisteredSpeaker;
import io.github.verbatim.index.statements.Statement;
import io.github.verbatim.index.statements.StatementReport;
import io.github.verbatim.index.statements.Variant;
import io.github.verbatim.index.statements.WordEdit;
import io.github.verbatim.index.text.Words;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * Lucene documents for statements and speakers. Each keeps its whole record as JSON (the shape
 * {@code verbatim statement --json} and {@code verbatim speakers --json} print) plus the fields it is found by.
 */
final class AggregateDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AggregateDocuments() {
    }

    static Document statement(Statement s) {
        Document d = new Document();
        d.add(new StringField(TYPE, STATEMENT, Field.Store.NO));
        d.add(new StringField(ID, s.id(), Field.Store.YES));
        for (StatementReport r : s.reports()) {
            d.add(new StringField(MEMBER, r.id(), Field.Store.NO));
        }
        d.add(new NumericDocValuesField(STATEMENTS, s.reports().size()));
        d.add(new StoredField(JSON, statementJson(s).toString()));
        return d;
    }

    /**
     * @param names     folded names whose every observation belongs to {@code s}
     * @param loose     ids of the other observations of {@code s}
     */
    static Document speaker(RegisteredSpeaker s, java.util.Collection<String> names, List<String> loose) {
        Document d = new Document();
        d.add(new StringField(TYPE, SPEAKER, Field.Store.NO));
        d.add(new StringField(ID, s.id(), Field.Store.YES));
        d.add(new TextField(SPEAKER_NAME, s.name() + " " + String.join(" ", s.aliases()), Field.Store.NO));
        d.add(new StringField(ALIAS_KEY, Words.fold(s.name().strip()), Field.Store.NO));
        for (String a : s.aliases()) {
            d.add(new StringField(ALIAS_KEY, Words.fold(a.strip()), Field.Store.NO));
        }
        for (String n : names) {
            d.add(new StoredField(OWNED_NAME, n));
        }
        for (String o : loose) {
            d.add(new StoredField(OBSERVATION, o));
        }
        for (String o : s.observations()) {
            d.add(new StringField(SPEAKER_OBSERVATION, o, Field.Store.NO));
        }
        d.add(new NumericDocValuesField(STATEMENTS, s.statements()));
        d.add(new StoredField(JSON, speakerJson(s).toString()));
        return d;
    }

    static ObjectNode statementJson(Statement s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", s.id());
        n.put("text", s.text());
        n.set("earliest", report(s.earliest()));
        strings(n.putArray("speakers"), s.speakerNames());
        strings(n.putArray("outlets"), s.outlets());
        ArrayNode reports = n.putArray("reports");
        for (StatementReport r : s.reports()) {
            reports.add(report(r));
        }
        ArrayNode variants = n.putArray("variants");
        for (Variant v : s.variants()) {
            ObjectNode vn = variants.addObject();
            vn.put("text", v.text());
            ArrayNode edits = vn.putArray("edits");
            for (WordEdit e : v.edits()) {
                ObjectNode en = edits.addObject();
                en.put("position", e.position());
                en.put("removed", e.removed());
                en.put("added", e.added());
                en.put("diff", e.render());
            }
            strings(vn.putArray("outlets"), v.outlets());
            strings(vn.putArray("reports"), v.reportIds());
        }
        return n;
    }

    private static ObjectNode report(StatementReport r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("article", r.articleKey());
        n.put("outlet", r.outlet());
        n.put("published", date(r.published()));
        n.put("speaker", r.speakerName());
        n.put("kind", r.kind().label());
        n.put("text", r.text());
        return n;
    }

    static ObjectNode speakerJson(RegisteredSpeaker s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", s.id());
        n.put("name", s.name());
        strings(n.putArray("aliases"), s.aliases());
        ArrayNode roles = n.putArray("roles");
        for (DatedRole r : s.roles()) {
            ObjectNode rn = roles.addObject();
            rn.put("role", r.role());
            rn.put("first_seen", date(r.firstSeen()));
            rn.put("last_seen", date(r.lastSeen()));
        }
        strings(n.putArray("outlets"), s.outlets());
        n.put("articles", s.articles());
        n.put("statements", s.statements());
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
