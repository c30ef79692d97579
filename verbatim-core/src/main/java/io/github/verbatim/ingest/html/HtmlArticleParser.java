package io.github.verbatim.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns one HTML page's bytes into an {@link Article}: decodes them ({@link PageDecoder}), parses them
 * with jsoup (nesting capped at {@link InputLimits#maxDomDepth()}), reads the page's metadata
 * ({@link MetadataExtractor}) and main text ({@link MainContentExtractor}, paragraphs joined by blank lines;
 * for pages whose markup holds no text, the JSON-LD {@code articleBody} or the page's JSON data island).
 *
 * <p>Outcomes: {@code Read}, with notes for a wrong declared charset, leftover mojibake or a flattened deep DOM;
 * or {@code Skipped} with reason {@code too-large} (over {@link InputLimits#maxDocumentBytes()}) or
 * {@code no-content} (no main text found). Never throws for bad data. Immutable and thread-safe.
 */
public final class HtmlArticleParser {

    private final InputLimits limits;

    public HtmlArticleParser(InputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The page facts a container (a WARC record, an HTTP response) knows besides the bytes. */
    public record Origin(String contentType, String url, LocalDate date) {
        /** Nothing known. */
        public static final Origin NONE = new Origin(null, null, null);
    }

    /**
     * Reads one page.
     *
     * @param bytes    the raw page
     * @param id       the article id to give it
     * @param location where it came from, for diagnostics
     * @param origin   what the container knows: HTTP content type, fetch URL, fetch date (fallbacks)
     */
    public ReadOutcome parse(byte[] bytes, String id, String location, Origin origin) {
        if (bytes.length > limits.maxDocumentBytes()) {
            return new ReadOutcome.Skipped(location, "too-large",
                    "page is " + bytes.length + " bytes; the limit is " + limits.maxDocumentBytes());
        }
        DecodedPage page = PageDecoder.decode(bytes, origin.contentType());
        List<String> notes = new ArrayList<>(page.notes());
        Parser parser = Parser.htmlParser().setMaxDepth(limits.maxDomDepth());
        Document doc;
        try {
            doc = parser.parseInput(page.html(), origin.url() == null ? "" : origin.url());
        } catch (RuntimeException e) {
            return new ReadOutcome.Skipped(location, "html-error", "jsoup could not parse the page: " + e);
        }
        int depth = maxDepth(doc);
        if (depth >= limits.maxDomDepth() - 2) {
            notes.add("dom-too-deep: element nesting reached the limit of " + limits.maxDomDepth()
                    + " levels; deeper elements were flattened");
        }
        List<JsonNode> jsonLd = JsonLd.objects(doc);
        PageMetadata meta = MetadataExtractor.extract(doc, jsonLd);
        List<EmbeddedText.Island> islands = EmbeddedText.islands(doc);
        List<String> paragraphs = MainContentExtractor.extract(doc);
        String text = String.join("\n\n", paragraphs);
        if (text.length() < 200) {
            String embedded = String.join("\n\n", EmbeddedText.paragraphs(jsonLd, islands));
            if (embedded.length() > text.length()) {
                text = embedded;
                notes.add("embedded-text: the markup held no article text; it came from the page's JSON");
            }
        }
        if (text.isBlank()) {
            return new ReadOutcome.Skipped(location, "no-content", "no main text found in the page");
        }
        String url = meta.canonicalUrl() != null ? meta.canonicalUrl() : origin.url();
        LocalDate published = meta.published() != null ? meta.published() : origin.date();
        ArticleMetadata metadata = new ArticleMetadata(meta.title(), url, published, meta.siteName(),
                meta.language(), meta.byline(), null);
        return new ReadOutcome.Read(new Article(id, text, metadata), location, notes);
    }

    /** The deepest element nesting in {@code doc}, found without recursion. */
    static int maxDepth(Document doc) {
        int[] max = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element && depth > max[0]) {
                    max[0] = depth;
                }
            }
        }, doc);
        return max[0];
    }
}
