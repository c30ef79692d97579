package io.github.verbatim.index.store;

import static io.github.verbatim.index.store.StoreFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.verbatim.index.text.Words;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.Span;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Reads a store: searches statements, lists speakers, shows one statement's trail. Sees the store as of its
 * last commit when opened. Thread-safe for concurrent reads.
 */
public final class StoreReader implements Closeable {

    private static final Sort NEWEST_FIRST;

    static {
        SortField day = new SortField(PUBLISHED_DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        NEWEST_FIRST = new Sort(day);
    }

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = new StatementAnalyzer();

    private StoreReader(FSDirectory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the store in {@code dir}; fails with {@link NoSuchFileException} when there is none. */
    public static StoreReader open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no store here (run 'verbatim index' first)");
        }
        FSDirectory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new NoSuchFileException(dir.toString(), null, "no store here (run 'verbatim index' first)");
            }
            return new StoreReader(directory, DirectoryReader.open(directory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** What the store holds. */
    public StoreCounts counts() throws IOException {
        Map<String, String> data = reader.getIndexCommit().getUserData();
        int articles = count(ARTICLE);
        return new StoreCounts(articles, count(ATTRIBUTION), count(STATEMENT), count(SPEAKER),
                articles == 0 || CURRENT.equals(data.get(AGGREGATES)));
    }

    /** Article keys of every stored article, sorted (each stored article appears once). */
    public List<String> articleKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        TopDocs all = searcher.search(new TermQuery(new Term(TYPE, ARTICLE)), Math.max(1, reader.maxDoc()));
        StoredFields stored = reader.storedFields();
        for (ScoreDoc sd : all.scoreDocs) {
            keys.add(stored.document(sd.doc, Set.of(ARTICLE_KEY)).get(ARTICLE_KEY));
        }
        keys.sort(null);
        return keys;
    }

    /** Runs {@code request}; throws {@link InvalidQueryException} for bad syntax or an over-broad query. */
    public SearchResults search(SearchRequest request) throws IOException {
        Query text = parse(request.query());
        BooleanQuery.Builder q = filtered(text, request);
        TopDocs top;
        try {
            top = text instanceof MatchAllDocsQuery
                    ? searcher.search(q.build(), request.limit(), NEWEST_FIRST)
                    : searcher.search(q.build(), request.limit());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("query '" + request.query() + "' matches too many terms; make the "
                    + "wildcard or range narrower", e);
        }
        Set<String> wanted = new HashSet<>();
        collectTerms(text, wanted);
        List<StatementHit> hits = new ArrayList<>(top.scoreDocs.length);
        StoredFields stored = reader.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(hit(stored.document(sd.doc), wanted, Float.isNaN(sd.score) ? 0f : sd.score));
        }
        return new SearchResults(top.totalHits.value, hits);
    }

    /** The attribution query {@code request} runs (for {@link StoreViews}' facets); same errors as search. */
    Query query(SearchRequest request) throws IOException {
        return filtered(parse(request.query()), request).build();
    }

    private BooleanQuery.Builder filtered(Query text, SearchRequest request) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(text, BooleanClause.Occur.MUST);
        q.add(new TermQuery(new Term(TYPE, ATTRIBUTION)), BooleanClause.Occur.FILTER);
        if (request.kind() != null) {
            q.add(new TermQuery(new Term(KIND, request.kind().label())), BooleanClause.Occur.FILTER);
        }
        if (request.outlet() != null) {
            q.add(new TermQuery(new Term(OUTLET_KEY, StoreWriter.outletKey(request.outlet()))),
                    BooleanClause.Occur.FILTER);
        }
        if (request.since() != null || request.until() != null) {
            long from = request.since() == null ? Long.MIN_VALUE : request.since().toEpochDay();
            long to = request.until() == null ? Long.MAX_VALUE : request.until().toEpochDay();
            q.add(LongPoint.newRangeQuery(PUBLISHED_DAY, from, to), BooleanClause.Occur.FILTER);
        }
        if (request.speaker() != null) {
            q.add(speakerFilter(request.speaker()), BooleanClause.Occur.FILTER);
        }
        return q;
    }

    /** Speakers, most statements first, as JSON objects (id, name, aliases, roles with dates, outlets, counts). */
    public List<JsonNode> speakers(int limit) throws IOException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        SortField byStatements = new SortField(STATEMENTS, SortField.Type.LONG, true);
        TopDocs top = searcher.search(new TermQuery(new Term(TYPE, SPEAKER)), limit, new Sort(byStatements));
        List<JsonNode> out = new ArrayList<>();
        StoredFields stored = reader.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(ResultJson.tree(stored.document(sd.doc, Set.of(JSON)).get(JSON)));
        }
        return out;
    }

    /** One statement's trail (reports, earliest, speakers, variants) as JSON, if {@code id} names one. */
    public Optional<JsonNode> statement(String id) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, STATEMENT)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.FILTER).build();
        TopDocs top = searcher.search(q, 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(ResultJson.tree(reader.storedFields().document(top.scoreDocs[0].doc, Set.of(JSON))
                .get(JSON)));
    }

    private Query parse(String query) {
        String q = query.strip();
        if (q.isEmpty() || q.equals("*") || q.equals("*:*")) {
            return new MatchAllDocsQuery();
        }
        QueryParser parser = new QueryParser(TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(q);
        } catch (ParseException e) {
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new InvalidQueryException("cannot parse query '" + query + "': " + first, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("query '" + query + "' has too many clauses", e);
        }
    }

    private Query speakerFilter(String name) throws IOException {
        String folded = Words.fold(name.strip());
        BooleanQuery.Builder speakers = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, SPEAKER)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ALIAS_KEY, folded)), BooleanClause.Occur.MUST);
        TopDocs found = searcher.search(speakers.build(), 50);
        TreeSet<BytesRef> observations = new TreeSet<>();
        TreeSet<BytesRef> names = new TreeSet<>();
        StoredFields stored = reader.storedFields();
        for (ScoreDoc sd : found.scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(OBSERVATION, OWNED_NAME));
            for (String member : d.getValues(OBSERVATION)) {
                observations.add(new BytesRef(member));
            }
            for (String key : d.getValues(OWNED_NAME)) {
                names.add(new BytesRef(key));
            }
        }
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        filter.setMinimumNumberShouldMatch(1);
        if (!observations.isEmpty()) {
            filter.add(new TermInSetQuery(SPEAKER_KEY, observations), BooleanClause.Occur.SHOULD);
        }
        if (!names.isEmpty()) {
            filter.add(new TermInSetQuery(SPEAKER_NAME_KEY, names), BooleanClause.Occur.SHOULD);
        }
        QueryParser parser = new QueryParser(SPEAKER_NAME, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            filter.add(parser.parse(QueryParser.escape(name)), BooleanClause.Occur.SHOULD);
        } catch (ParseException e) {
            throw new InvalidQueryException("cannot use speaker name '" + name + "': " + e.getMessage(), e);
        }
        return filter.build();
    }

    private static void collectTerms(Query query, Set<String> out) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        for (Term t : terms) {
            if (t.field().equals(TEXT)) {
                out.add(t.text());
            }
        }
    }

    private StatementHit hit(Document d, Set<String> wanted, float score) throws IOException {
        String id = d.get(ID);
        String text = d.get(TEXT);
        return new StatementHit(id, statementOf(id), d.get(ARTICLE_KEY), d.get(DOC), d.get(TITLE), d.get(OUTLET),
                d.get(PUBLISHED), d.get(KIND), d.get(SPEAKER_NAME), text, d.get(CUE_TEXT), d.get(SOURCE_TEXT),
                highlights(text, wanted), d.get(ATTRIBUTION_JSON), score);
    }

    private String statementOf(String attributionId) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, STATEMENT)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(MEMBER, attributionId)), BooleanClause.Occur.FILTER).build();
        TopDocs top = searcher.search(q, 1);
        return top.scoreDocs.length == 0 ? null
                : reader.storedFields().document(top.scoreDocs[0].doc, Set.of(ID)).get(ID);
    }

    private List<Span> highlights(String text, Set<String> wanted) {
        List<Span> spans = new ArrayList<>();
        if (wanted.isEmpty() || text == null) {
            return spans;
        }
        CodePointIndex cpi = CodePointIndex.of(text);
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (wanted.contains(term.toString())) {
                    spans.add(cpi.span(offset.startOffset(), offset.endOffset()));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }

    private int count(String type) throws IOException {
        return searcher.count(new TermQuery(new Term(TYPE, type)));
    }

    /** The searcher over this reader's commit, for {@link StoreViews}. */
    IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
