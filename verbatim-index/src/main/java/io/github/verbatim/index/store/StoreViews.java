package io.github.verbatim.index.store;

import static io.github.verbatim.index.store.StoreFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.verbatim.index.speakers.SpeakerObservations;
import io.github.verbatim.index.statements.StatementReports;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Read-only views of one store for browsing: an article with its attributions, a speaker with its activity
 * over time, facet counts of a search. Every view is JSON (Jackson trees) in the shapes the HTTP API returns.
 * Thread-safe for concurrent reads, like the {@link StoreReader} it wraps; it does not own the reader.
 */
public final class StoreViews {

    /** Co-mentioned names are read from the articles of a speaker's newest this-many statements. */
    public static final int MAX_COMENTION_ATTRIBUTIONS = 500;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Sort NEWEST_FIRST;

    static {
        SortField day = new SortField(PUBLISHED_DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        NEWEST_FIRST = new Sort(day);
    }

    private final StoreReader store;
    private final IndexSearcher searcher;

    /** Views over {@code store}. */
    public StoreViews(StoreReader store) {
        this.store = Objects.requireNonNull(store, "store");
        this.searcher = store.searcher();
    }

    /**
     * The article stored under {@code key}: metadata, text, its contract object ({@code result}, without the
     * text) and, per attribution index, the cross-outlet statement id it belongs to (null while aggregates are
     * stale).
     */
    public Optional<ObjectNode> article(String key) throws IOException {
        Objects.requireNonNull(key, "key");
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, ARTICLE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ARTICLE_KEY, key)), BooleanClause.Occur.FILTER).build();
        TopDocs top = searcher.search(q, 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
        ObjectNode n = MAPPER.createObjectNode();
        n.put("key", key);
        n.put("doc", d.get(DOC));
        n.put("title", d.get(TITLE));
        n.put("url", d.get(URL));
        n.put("outlet", d.get(OUTLET));
        n.put("published", d.get(PUBLISHED));
        n.put("language", d.get(LANGUAGE));
        n.put("text", d.get(ARTICLE_TEXT));
        JsonNode result = ResultJson.tree(d.get(RESULT_JSON));
        n.set("result", result);
        ArrayNode statements = n.putArray("statements");
        ArrayNode speakers = n.putArray("speaker_ids");
        int count = result.path("attributions").size();
        for (int i = 0; i < count; i++) {
            String reportId = StatementReports.reportId(key, i);
            statements.add(aggregateId(MEMBER, reportId, STATEMENT));
        }
        for (JsonNode s : result.path("speakers")) {
            String observation = SpeakerObservations.observationId(key,
                    s.path("id").asText());
            ObjectNode link = speakers.addObject();
            link.put("local", s.path("id").asText());
            link.put("speaker", registeredSpeakerOf(observation));
        }
        return Optional.of(n);
    }

    /** The text of the article stored under {@code key}, if any. */
    public Optional<String> articleText(String key) throws IOException {
        Objects.requireNonNull(key, "key");
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, ARTICLE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ARTICLE_KEY, key)), BooleanClause.Occur.FILTER).build();
        TopDocs top = searcher.search(q, 1);
        return top.scoreDocs.length == 0 ? Optional.empty()
                : Optional.ofNullable(searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(ARTICLE_TEXT))
                        .get(ARTICLE_TEXT));
    }

    /**
     * The id of the registered speaker that article {@code articleKey}'s local speaker {@code localId} (as in
     * its contract object) was merged into, or null when there is none (or aggregates are stale).
     */
    public String speakerIdOf(String articleKey, String localId) throws IOException {
        return registeredSpeakerOf(SpeakerObservations.observationId(articleKey, localId));
    }

    /** The registered speaker {@code id} (the shape {@code verbatim speakers --json} prints), if any. */
    public Optional<ObjectNode> speaker(String id) throws IOException {
        Document d = speakerDocument(id);
        return d == null ? Optional.empty() : Optional.of((ObjectNode) ResultJson.tree(d.get(JSON)));
    }

    /**
     * What speaker {@code id} did over time: statement counts by month over all its statements ({@code YYYY-MM},
     * ascending; undated ones counted under {@code undated}), its {@code recent} newest statements, and the
     * entities most often named beside it ({@code top} of them, from the articles of its newest
     * {@link #MAX_COMENTION_ATTRIBUTIONS} statements: other speakers of the same articles, plus attribution
     * {@code mentions} when the stored results carry them), each with the number of shared articles.
     */
    public Optional<ObjectNode> speakerActivity(String id, int recent, int top) throws IOException {
        if (recent < 0 || top < 0) {
            throw new IllegalArgumentException("recent and top must be >= 0, got " + recent + ", " + top);
        }
        Document d = speakerDocument(id);
        if (d == null) {
            return Optional.empty();
        }
        Query said = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, ATTRIBUTION)), BooleanClause.Occur.FILTER)
                .add(attributionsOf(d), BooleanClause.Occur.FILTER).build();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", id);
        MonthCounts months = searcher.search(said, MonthCounts.manager());
        n.put("statements_total", months.matched);
        ArrayNode byMonth = n.putArray("months");
        months.months.forEach((month, c) -> byMonth.addObject().put("month", month).put("statements", c));
        n.put("undated", months.undated);
        TopDocs newest = searcher.search(said, Math.max(1, Math.max(recent, MAX_COMENTION_ATTRIBUTIONS)),
                NEWEST_FIRST);
        StoredFields stored = searcher.storedFields();
        ArrayNode recentNode = n.putArray("recent");
        Map<String, Set<String>> localIdsByArticle = new LinkedHashMap<>();
        for (int i = 0; i < newest.scoreDocs.length; i++) {
            Document a = stored.document(newest.scoreDocs[i].doc);
            if (i < recent) {
                recentNode.add(attributionSummary(a));
            }
            JsonNode local = ResultJson.tree(a.get(ATTRIBUTION_JSON)).path("speaker");
            if (local.isObject()) {
                localIdsByArticle.computeIfAbsent(a.get(ARTICLE_KEY), k -> new HashSet<>())
                        .add(local.path("id").asText());
            }
        }
        n.set("co_mentioned", coMentioned(localIdsByArticle, top));
        return Optional.of(n);
    }

    /**
     * Facet counts (speaker, outlet, kind, month) over every match of {@code request} (its limit is ignored),
     * from doc values; {@code counted} is the number of matches. Most frequent first, at most {@code top}
     * values per facet. Stores written before facet doc values existed count no values (re-index them).
     */
    public ObjectNode facets(SearchRequest request, int top) throws IOException {
        if (top < 1) {
            throw new IllegalArgumentException("top must be >= 1, got " + top);
        }
        Query query = store.query(request);
        FacetCounts counted;
        try {
            counted = searcher.search(query, FacetCounts.manager());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("query '" + request.query() + "' matches too many terms", e);
        }
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String f : List.of("speaker", "outlet", "kind", "month")) {
            facets.put(f, counted.counts.get(f));
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("counted", counted.matched);
        for (var e : facets.entrySet()) {
            ArrayNode values = n.putArray(e.getKey());
            e.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(top)
                    .forEach(v -> values.addObject().put("value", v.getKey()).put("count", v.getValue()));
        }
        return n;
    }

    private static void count(Map<String, Integer> counts, String value) {
        if (value != null && !value.isBlank()) {
            counts.merge(value, 1, Integer::sum);
        }
    }

    private ArrayNode coMentioned(Map<String, Set<String>> localIdsByArticle, int top) throws IOException {
        Map<String, Set<String>> articlesByName = new HashMap<>();
        for (var e : localIdsByArticle.entrySet()) {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TYPE, ARTICLE)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(ARTICLE_KEY, e.getKey())), BooleanClause.Occur.FILTER).build();
            TopDocs found = searcher.search(q, 1);
            if (found.scoreDocs.length == 0) {
                continue;
            }
            JsonNode result = ResultJson.tree(searcher.storedFields()
                    .document(found.scoreDocs[0].doc, Set.of(RESULT_JSON)).get(RESULT_JSON));
            Set<String> self = e.getValue();
            Set<String> selfNames = new HashSet<>();
            for (JsonNode s : result.path("speakers")) {
                if (self.contains(s.path("id").asText())) {
                    selfNames.add(s.path("name").asText());
                }
            }
            for (JsonNode s : result.path("speakers")) {
                String name = s.path("name").asText("");
                if (!self.contains(s.path("id").asText()) && !name.isBlank() && !selfNames.contains(name)) {
                    articlesByName.computeIfAbsent(name, k -> new HashSet<>()).add(e.getKey());
                }
            }
            for (JsonNode a : result.path("attributions")) {
                for (JsonNode m : a.path("mentions")) {
                    String name = m.path("name").asText(m.path("text").asText(""));
                    if (!name.isBlank() && !selfNames.contains(name)) {
                        articlesByName.computeIfAbsent(name, k -> new HashSet<>()).add(e.getKey());
                    }
                }
            }
        }
        ArrayNode out = MAPPER.createArrayNode();
        articlesByName.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Set<String>>>comparingInt(x -> x.getValue().size()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(top)
                .forEach(x -> out.addObject().put("name", x.getKey()).put("articles", x.getValue().size()));
        return out;
    }

    private ObjectNode attributionSummary(Document d) throws IOException {
        ObjectNode n = MAPPER.createObjectNode();
        String id = d.get(ID);
        n.put("id", id);
        n.put("statement", aggregateId(MEMBER, id, STATEMENT));
        n.put("article", d.get(ARTICLE_KEY));
        n.put("title", d.get(TITLE));
        n.put("outlet", d.get(OUTLET));
        n.put("published", d.get(PUBLISHED));
        n.put("kind", d.get(KIND));
        n.put("text", d.get(TEXT));
        return n;
    }

    private Document speakerDocument(String id) throws IOException {
        Objects.requireNonNull(id, "id");
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, SPEAKER)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.FILTER).build();
        TopDocs top = searcher.search(q, 1);
        return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
    }

    /** The registered speaker an article-local speaker (its observation id) was merged into, or null. */
    private String registeredSpeakerOf(String observation) throws IOException {
        return aggregateId(SPEAKER_OBSERVATION, observation, SPEAKER);
    }

    /**
     * The attributions speaker document {@code d} speaks: those whose folded speaker name the speaker owns,
     * and those listed one by one (names shared with other speakers), as the store's speaker filter does.
     */
    private static Query attributionsOf(Document d) {
        TreeSet<BytesRef> observations = new TreeSet<>();
        TreeSet<BytesRef> names = new TreeSet<>();
        for (String o : d.getValues(OBSERVATION)) {
            observations.add(new BytesRef(o));
        }
        for (String k : d.getValues(OWNED_NAME)) {
            names.add(new BytesRef(k));
        }
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        filter.setMinimumNumberShouldMatch(1);
        filter.add(new TermInSetQuery(SPEAKER_KEY, observations), BooleanClause.Occur.SHOULD);
        filter.add(new TermInSetQuery(SPEAKER_NAME_KEY, names), BooleanClause.Occur.SHOULD);
        return filter.build();
    }

    private String aggregateId(String memberField, String member, String type) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, type)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(memberField, member)), BooleanClause.Occur.FILTER).build();
        TopDocs top = searcher.search(q, 1);
        return top.scoreDocs.length == 0 ? null
                : searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(ID)).get(ID);
    }
}
