package io.github.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.context.CharSpan;
import io.github.verbatim.context.ContextAnnotator;
import io.github.verbatim.context.StatementSpans;
import io.github.verbatim.context.ner.NerTagger;
import io.github.verbatim.model.Article;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.TokenType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim bench-context}: single-threaded throughput of segmentation, named-entity tagging and the
 * whole context annotation over English articles of {@code shared/news/news-mix.jsonl.gz}. Every sentence
 * holding a quotation mark stands in for a statement. Prints MB/s of UTF-8 text per stage, best of the
 * timed rounds after a warm-up round.
 */
@Command(name = "bench-context", mixinStandardHelpOptions = true,
        description = "Measure segmentation, NER and context-annotation throughput (one thread).")
public final class BenchContextCommand implements Callable<Integer> {

    @Option(names = "--shared", description = "The shared data folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared")
    Path shared;

    @Option(names = "--megabytes", description = "Text to read, in MB of UTF-8 (default: ${DEFAULT-VALUE}).",
            defaultValue = "8")
    int megabytes;

    @Option(names = "--rounds", description = "Timed rounds (default: ${DEFAULT-VALUE}).", defaultValue = "3")
    int rounds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path file = shared.resolve("news").resolve("news-mix.jsonl.gz");
        if (!Files.exists(file)) {
            spec.commandLine().getErr().println("verbatim: " + file.toAbsolutePath() + " is missing");
            return VerbatimCli.EXIT_USAGE;
        }
        List<Article> articles = new ArrayList<>();
        long bytes = 0;
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && bytes < (long) megabytes << 20) {
                JsonNode j = mapper.readTree(line);
                if (!"en".equals(j.path("lang").asText())) {
                    continue;
                }
                String text = j.path("text").asText();
                articles.add(Article.of(j.path("id").asText(), text));
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Segmenter segmenter = new Segmenter();
        NerTagger tagger = NerTagger.standard();
        ContextAnnotator annotator = ContextAnnotator.standard();
        List<Segmentation> segs = new ArrayList<>();
        List<List<StatementSpans>> statements = new ArrayList<>();
        long quoted = 0;
        for (Article a : articles) {
            Segmentation seg = segmenter.segment(a.text());
            segs.add(seg);
            List<StatementSpans> list = new ArrayList<>();
            for (Sentence s : seg.sentences()) {
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    if (seg.tokens().get(i).type() == TokenType.QUOTE) {
                        list.add(new StatementSpans(List.of(new CharSpan(s.start(), s.end())), null, null));
                        break;
                    }
                }
            }
            quoted += list.size();
            statements.add(list);
        }
        System.out.printf(Locale.ROOT, "%d English articles, %.1f MB UTF-8, %d statement stand-ins%n",
                articles.size(), bytes / 1e6, quoted);
        double mb = bytes / 1e6;
        double segment = Double.MAX_VALUE;
        double ner = Double.MAX_VALUE;
        double context = Double.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round <= rounds; round++) {
            long t0 = System.nanoTime();
            for (Article a : articles) {
                sink += segmenter.segment(a.text()).tokens().size();
            }
            long t1 = System.nanoTime();
            for (Segmentation seg : segs) {
                sink += tagger.tag(seg).size();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < articles.size(); i++) {
                Segmentation seg = segmenter.segment(articles.get(i).text());
                sink += annotator.annotate(articles.get(i), seg, statements.get(i), List.of()).size();
            }
            long t3 = System.nanoTime();
            if (round > 0) {
                segment = Math.min(segment, (t1 - t0) / 1e9);
                ner = Math.min(ner, (t2 - t1) / 1e9);
                context = Math.min(context, (t3 - t2) / 1e9);
            }
        }
        System.out.printf(Locale.ROOT, "segmentation              %7.2f MB/s%n", mb / segment);
        System.out.printf(Locale.ROOT, "NER tagging (segmented)   %7.2f MB/s%n", mb / ner);
        System.out.printf(Locale.ROOT, "segment + context         %7.2f MB/s  (NER, time, place, mentions per statement)%n",
                mb / context);
        System.out.println("checksum " + sink);
        return 0;
    }
}
