package io.github.verbatim.index.store;

import static io.github.verbatim.index.store.StoreFields.*;

import io.github.verbatim.index.speakers.SpeakerDirectory;
import io.github.verbatim.index.speakers.SpeakerObservation;
import io.github.verbatim.index.speakers.SpeakerObservations;
import io.github.verbatim.index.speakers.SpeakerRegistry;
import io.github.verbatim.index.statements.Statement;
import io.github.verbatim.index.statements.StatementClusterer;
import io.github.verbatim.index.statements.StatementReport;
import io.github.verbatim.index.statements.StatementReports;
import io.github.verbatim.index.text.Words;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.DocumentResult;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Writes articles, their attributions and the cross-article aggregates (statements, speakers) into a store
 * folder holding one Lucene index.
 *
 * <p>Durability: each article and its attributions are added as one block, atomically. A commit happens
 * every {@code commitEvery} added articles and on {@link #close()}; a process killed at any moment leaves the
 * last commit, which opens and answers. Articles are keyed by {@link ArticleKey}; an article whose key is
 * already stored (committed or added earlier in this run) is skipped, so re-running an interrupted or
 * finished run adds exactly what is missing. Each commit records whether the aggregates are current;
 * {@link #rebuildAggregates()} makes them so.
 *
 * <p>One writer per store at a time (Lucene's write lock enforces it). Not thread-safe.
 */
public final class StoreWriter implements Closeable {

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final int commitEvery;
    private final Set<String> storedKeys;
    private int sinceCommit;
    private boolean aggregatesCurrent;

    private StoreWriter(FSDirectory directory, IndexWriter writer, int commitEvery, Set<String> storedKeys,
                        boolean aggregatesCurrent) {
        this.directory = directory;
        this.writer = writer;
        this.commitEvery = commitEvery;
        this.storedKeys = storedKeys;
        this.aggregatesCurrent = aggregatesCurrent;
    }

    /**
     * Opens (creating when needed) the store in {@code dir}.
     *
     * @param commitEvery commit after this many added articles, at least 1
     */
    public static StoreWriter open(Path dir, int commitEvery) throws IOException {
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be >= 1, got " + commitEvery);
        }
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new StatementAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        Set<String> keys = new HashSet<>();
        boolean current = true;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(STORED_ARTICLE);
                if (terms != null) {
                    TermsEnum te = terms.iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        if (te.docFreq() > 0) {
                            keys.add(t.utf8ToString());
                        }
                    }
                }
            }
            Map<String, String> data = reader.getIndexCommit() == null ? Map.of()
                    : reader.getIndexCommit().getUserData();
            current = keys.isEmpty() || CURRENT.equals(data.get(AGGREGATES));
        }
        return new StoreWriter(directory, writer, commitEvery, keys, current);
    }

    /** Number of articles stored, committed or not. */
    public int articleCount() {
        return storedKeys.size();
    }

    /** True when statements and speakers reflect every stored article. */
    public boolean aggregatesCurrent() {
        return aggregatesCurrent;
    }

    /** Whether an article with {@code article}'s key is stored (so extraction can be skipped for it). */
    public boolean isStored(Article article) {
        return storedKeys.contains(ArticleKey.of(article));
    }

    /** Stores {@code result} unless its key is already stored; commits when {@code commitEvery} are pending. */
    public AddOutcome add(DocumentResult result) throws IOException {
        Objects.requireNonNull(result, "result");
        String key = ArticleKey.of(result.article());
        if (storedKeys.contains(key)) {
            return AddOutcome.ALREADY_STORED;
        }
        // the key set covers everything committed or added by this writer, so a plain add cannot duplicate
        writer.addDocuments(block(key, result));
        storedKeys.add(key);
        aggregatesCurrent = false;
        if (++sinceCommit >= commitEvery) {
            commit();
        }
        return AddOutcome.ADDED;
    }

    /** Makes everything added so far durable, in one atomic commit. */
    public void commit() throws IOException {
        writer.setLiveCommitData(Map.of(AGGREGATES, aggregatesCurrent ? CURRENT : STALE).entrySet());
        writer.commit();
        sinceCommit = 0;
    }

    /**
     * Recomputes statements and speakers from every stored article and commits them with the articles, so
     * that the commit is marked current. Replaces the previous aggregates in the same commit.
     */
    public AggregateSummary rebuildAggregates() throws IOException {
        List<StatementReport> reports = new ArrayList<>();
        List<SpeakerObservation> observations = new ArrayList<>();
        int articles = 0;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs all = searcher.search(new TermQuery(new Term(TYPE, ARTICLE)), Math.max(1, reader.maxDoc()));
            StoredFields stored = reader.storedFields();
            for (ScoreDoc sd : all.scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(ARTICLE_KEY, RESULT_JSON, ARTICLE_TEXT));
                String key = d.get(ARTICLE_KEY);
                DocumentResult result = ResultJson.read(d.get(RESULT_JSON), d.get(ARTICLE_TEXT));
                reports.addAll(StatementReports.of(key, result));
                observations.addAll(SpeakerObservations.of(key, result));
                articles++;
            }
        }
        List<Statement> statements = new StatementClusterer().cluster(reports);
        SpeakerDirectory speakers = new SpeakerRegistry().build(observations);
        writer.deleteDocuments(new Term(TYPE, STATEMENT), new Term(TYPE, SPEAKER));
        int variants = 0;
        for (Statement s : statements) {
            writer.addDocument(AggregateDocuments.statement(s));
            variants += s.variants().size();
        }
        // a name all of whose observations went to one speaker finds that speaker's statements by name;
        // the other observations (bare surnames split between people) are listed one by one
        Map<String, Set<String>> speakersOfName = new HashMap<>();
        Map<String, String> nameOfObservation = new HashMap<>();
        for (SpeakerObservation o : observations) {
            String name = Words.fold(o.name().strip());
            nameOfObservation.put(o.id(), name);
            speakersOfName.computeIfAbsent(name, k -> new HashSet<>()).add(speakers.speakerIdOf(o.id()));
        }
        for (var s : speakers.speakers()) {
            Set<String> names = new TreeSet<>();
            List<String> loose = new ArrayList<>();
            for (String o : s.observations()) {
                String name = nameOfObservation.get(o);
                if (speakersOfName.get(name).size() == 1) {
                    names.add(name);
                } else {
                    loose.add(o);
                }
            }
            writer.addDocument(AggregateDocuments.speaker(s, names, loose));
        }
        aggregatesCurrent = true;
        commit();
        return new AggregateSummary(articles, reports.size(), statements.size(), variants,
                speakers.speakers().size());
    }

    private static List<Document> block(String key, DocumentResult result) {
        ArticleMetadata meta = result.article().metadata();
        String json = ResultJson.write(result);
        var tree = ResultJson.tree(json);
        List<Document> docs = new ArrayList<>(1 + result.attributions().size());
        Document article = new Document();
        article.add(new StringField(TYPE, ARTICLE, Field.Store.NO));
        article.add(new StringField(ARTICLE_KEY, key, Field.Store.YES));
        article.add(new StringField(STORED_ARTICLE, key, Field.Store.NO));
        article.add(new StoredField(DOC, result.article().id()));
        addMetadata(article, meta);
        article.add(new StoredField(ARTICLE_TEXT, result.article().text()));
        article.add(new StoredField(RESULT_JSON, json));
        docs.add(article);
        for (int i = 0; i < result.attributions().size(); i++) {
            Attribution a = result.attributions().get(i);
            Document d = new Document();
            d.add(new StringField(TYPE, ATTRIBUTION, Field.Store.NO));
            d.add(new StringField(ARTICLE_KEY, key, Field.Store.YES));
            d.add(new StringField(ID, StatementReports.reportId(key, i), Field.Store.YES));
            d.add(new StoredField(DOC, result.article().id()));
            addMetadata(d, meta);
            d.add(new StringField(KIND, a.kind().label(), Field.Store.YES));
            d.add(new SortedDocValuesField(FACET_KIND, new BytesRef(a.kind().label())));
            if (meta.outlet() != null) {
                d.add(new SortedDocValuesField(FACET_OUTLET, facetValue(meta.outlet())));
            }
            d.add(new TextField(TEXT, a.text(), Field.Store.YES));
            d.add(new StoredField(CUE_TEXT, a.cueText()));
            d.add(new StoredField(SOURCE_TEXT, a.sourceText()));
            if (a.speaker() != null) {
                d.add(new TextField(SPEAKER_NAME, a.speaker().name(), Field.Store.YES));
                d.add(new SortedDocValuesField(FACET_SPEAKER, facetValue(a.speaker().name())));
                d.add(new StringField(SPEAKER_KEY, SpeakerObservations.observationId(key, a.speaker().id()),
                        Field.Store.NO));
                d.add(new StringField(SPEAKER_NAME_KEY, Words.fold(a.speaker().name().strip()), Field.Store.NO));
            }
            d.add(new StoredField(ATTRIBUTION_JSON, tree.path("attributions").path(i).toString()));
            docs.add(d);
        }
        return docs;
    }

    private static void addMetadata(Document d, ArticleMetadata meta) {
        if (meta.title() != null) {
            d.add(new StoredField(TITLE, meta.title()));
        }
        if (meta.url() != null) {
            d.add(new StoredField(URL, meta.url()));
        }
        if (meta.outlet() != null) {
            d.add(new StoredField(OUTLET, meta.outlet()));
            d.add(new StringField(OUTLET_KEY, outletKey(meta.outlet()), Field.Store.NO));
        }
        if (meta.language() != null) {
            d.add(new StoredField(LANGUAGE, meta.language()));
        }
        if (meta.published() != null) {
            long day = meta.published().toEpochDay();
            d.add(new StoredField(PUBLISHED, meta.published().toString()));
            d.add(new LongPoint(PUBLISHED_DAY, day));
            d.add(new NumericDocValuesField(PUBLISHED_DAY, day));
        }
    }

    /** A facet value: doc values hold at most 32,766 bytes, so longer values are cut (at a code point). */
    private static BytesRef facetValue(String value) {
        String v = value.length() > 1000 ? value.substring(0, Character.isHighSurrogate(value.charAt(999)) ? 999 : 1000)
                : value;
        return new BytesRef(v);
    }

    /** The comparison form of an outlet name: folded, trimmed. */
    static String outletKey(String outlet) {
        return Words.fold(outlet.strip()).toLowerCase(Locale.ROOT);
    }

    /** Commits pending work (keeping the aggregates' state) and releases the store. */
    @Override
    public void close() throws IOException {
        try {
            if (writer.hasUncommittedChanges() || sinceCommit > 0) {
                commit();
            }
            writer.close();
        } finally {
            directory.close();
        }
    }
}
