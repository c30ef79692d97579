package io.github.verbatim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.Inputs;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.ingest.html.HtmlArticleParser;
import io.github.verbatim.model.ArticleMetadata;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores HTML main-text and metadata extraction on a data set folder laid out like
 * {@code ../shared/html/fundus}: a {@code manifest.jsonl} whose lines name the page ({@code html_gz} or
 * {@code html}), its gold text ({@code gold_text}), and optionally the gold {@code title} and
 * {@code published} (ISO date-time; its first ten characters are the day). Paths are relative to the folder.
 *
 * <p>Text is scored with {@link ShingleScore} per page and averaged over pages. A page counts as English when
 * at least 12% of its gold tokens are common English function words. A page the reader skips scores zero.
 * Immutable and thread-safe.
 */
public final class HtmlExtractionEvaluator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "a", "in", "is", "that", "for",
            "it", "was", "on", "with", "he", "she", "as", "at", "by", "his", "her", "they", "are", "be", "this",
            "from", "have", "has", "said", "were", "not", "but", "an", "which", "who", "their", "been", "would");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QUOTES = Pattern.compile("[\"'‘’‚‛“”„‟«»‹›「」『』`´]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private final HtmlArticleParser parser;

    public HtmlExtractionEvaluator(InputLimits limits) {
        this.parser = new HtmlArticleParser(limits);
    }

    /** Scores every page listed in {@code folder/manifest.jsonl}. */
    public HtmlEvalReport evaluate(Path folder) throws IOException {
        Path manifest = folder.resolve("manifest.jsonl");
        if (!Files.isRegularFile(manifest)) {
            throw new NoSuchFileException(manifest.toString(), null, "no manifest.jsonl in the data set folder");
        }
        List<HtmlPageScore> scores = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    scores.add(scorePage(folder, JSON.readTree(line)));
                }
            }
        }
        return new HtmlEvalReport(scores);
    }

    private HtmlPageScore scorePage(Path folder, JsonNode entry) throws IOException {
        String pageName = entry.hasNonNull("html_gz") ? entry.get("html_gz").asText() : entry.get("html").asText();
        Path page = folder.resolve(pageName);
        String gold = Files.readString(folder.resolve(entry.get("gold_text").asText()), StandardCharsets.UTF_8);
        byte[] bytes;
        try (InputStream in = Inputs.open(page, Long.MAX_VALUE)) {
            bytes = in.readAllBytes();
        }
        String url = entry.hasNonNull("url") ? entry.get("url").asText() : null;
        ReadOutcome outcome = parser.parse(bytes, page.getFileName().toString(), page.toString(),
                new HtmlArticleParser.Origin(null, url, null));
        String text = "";
        ArticleMetadata meta = ArticleMetadata.EMPTY;
        if (outcome instanceof ReadOutcome.Read read) {
            text = read.article().text();
            meta = read.article().metadata();
        }
        String goldTitle = entry.hasNonNull("title") ? entry.get("title").asText() : null;
        boolean titleOk = goldTitle != null && normTitle(goldTitle).equals(normTitle(meta.title()));
        Boolean dateOk = null;
        if (entry.hasNonNull("published") && entry.get("published").asText().length() >= 10) {
            LocalDate goldDay = LocalDate.parse(entry.get("published").asText().substring(0, 10));
            dateOk = goldDay.equals(meta.published());
        }
        return new HtmlPageScore(pageName, ShingleScore.of(gold, text), isEnglish(gold), titleOk, dateOk,
                meta.title(), goldTitle);
    }

    /** Whether {@code text} reads as English by its share of English function words. */
    public static boolean isEnglish(String text) {
        List<String> tokens = ShingleScore.tokens(text);
        if (tokens.isEmpty()) {
            return false;
        }
        long hits = tokens.stream().filter(t -> ENGLISH.contains(t.toLowerCase(Locale.ROOT))).count();
        return hits * 100 >= tokens.size() * 12L;
    }

    /**
     * Whether two titles have the same words in the same order (NFKC, case folded, words being runs of letters and
     * digits), whatever punctuation stands between them: "Rückbau von Atomkraftwerk - Kühltürme gesprengt" and
     * "Rückbau von Atomkraftwerk: Kühltürme gesprengt". A looser reading of "the title is right" than
     * {@link #normTitle} equality, reported beside it and never in its place.
     */
    public static boolean sameWords(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        List<String> wa = titleWords(a);
        return !wa.isEmpty() && wa.equals(titleWords(b));
    }

    private static List<String> titleWords(String title) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(t)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    static String normTitle(String title) {
        if (title == null) {
            return "";
        }
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\u00AD\\u200B\\u2060\\uFEFF]", "");
        t = QUOTES.matcher(t).replaceAll("\"");
        t = DASHES.matcher(t).replaceAll("-");
        return SPACES.matcher(t).replaceAll(" ").trim();
    }
}
