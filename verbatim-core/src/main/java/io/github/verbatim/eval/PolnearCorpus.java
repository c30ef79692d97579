package io.github.verbatim.eval;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR split: {@code DIR/text/NAME.txt} and {@code DIR/attributions/NAME_<annotator>.ann} (brat
 * standoff), with {@code metadata.tsv} from {@code DIR} or its parent when present.
 *
 * <p>When an article has several annotator files, the first in name order is used. Spans are code point
 * offsets ({@code start end;start end} for several segments). {@code E} lines tie one attribution's
 * {@code Content}, {@code Cue} and {@code Source} spans together; {@code Attribution-no-source} events have
 * no source. Lines of other kinds ({@code Discard}, {@code Discuss}, notes) are not attributions and are
 * skipped. A span text holding a line break continues on the next line, which is skipped. A malformed
 * line fails loudly with its file and line number: gold data must be trusted.
 */
public final class PolnearCorpus {

    private PolnearCorpus() {
    }

    /** Loads every annotated article of the split in {@code dir}, in name order. */
    public static List<GoldDocument> load(Path dir) throws IOException {
        Path textDir = dir.resolve("text");
        Path annDir = dir.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new NoSuchFileException(dir.toString(), null,
                    "not a PolNeAR split: expected folders text/ and attributions/");
        }
        Map<String, Path> firstAnnotation = new TreeMap<>();
        try (Stream<Path> files = Files.list(annDir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                String base = name.substring(0, name.length() - 4);
                int underscore = base.lastIndexOf('_');
                String article = underscore > 0 && Files.exists(textDir.resolve(base.substring(0, underscore) + ".txt"))
                        ? base.substring(0, underscore) : base;
                firstAnnotation.putIfAbsent(article, p);
            });
        }
        Map<String, ArticleMetadata> metadata = readMetadata(dir);
        List<GoldDocument> docs = new ArrayList<>(firstAnnotation.size());
        for (Map.Entry<String, Path> e : firstAnnotation.entrySet()) {
            Path textFile = textDir.resolve(e.getKey() + ".txt");
            if (!Files.exists(textFile)) {
                continue;
            }
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            Article article = new Article(e.getKey() + ".txt", text,
                    metadata.getOrDefault(e.getKey(), ArticleMetadata.EMPTY));
            docs.add(new GoldDocument(article, parseAnnotations(e.getValue(), text), e.getValue().toString()));
        }
        return docs;
    }

    /** True for a brat annotation id: a letter followed by digits ("T12", "E3"). */
    private static boolean isAnnotationId(String id) {
        if (id.length() < 2 || !Character.isUpperCase(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Parses one brat file's attribution events. */
    static List<GoldAttribution> parseAnnotations(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int codePoints = text.codePointCount(0, text.length());
        Map<String, List<Span>> spans = new HashMap<>();
        Map<String, String> spanTypes = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            String where = file + ":" + (i + 1);
            if (!isAnnotationId(cols[0])) {
                continue; // the rest of a span text that held a line break ("T12\tContent 5 90\tfirst line\nrest")
            }
            if (line.startsWith("T")) {
                if (cols.length < 2) {
                    throw new IllegalStateException(where + ": malformed span line");
                }
                int space = cols[1].indexOf(' ');
                String type = cols[1].substring(0, space);
                List<Span> segments = new ArrayList<>();
                for (String seg : cols[1].substring(space + 1).split(";")) {
                    String[] se = seg.trim().split(" ");
                    int s = Integer.parseInt(se[0]);
                    int en = Integer.parseInt(se[1]);
                    if (en > codePoints) {
                        throw new IllegalStateException(where + ": span end " + en + " past text end " + codePoints);
                    }
                    segments.add(new Span(s, en));
                }
                spans.put(cols[0], segments);
                spanTypes.put(cols[0], type);
            } else if (line.startsWith("E")) {
                events.add(new String[] {cols[0], cols[1]});
            }
        }
        List<GoldAttribution> result = new ArrayList<>();
        for (String[] event : events) {
            Map<String, List<Span>> roles = new LinkedHashMap<>();
            for (String arg : event[1].trim().split(" ")) {
                int colon = arg.indexOf(':');
                String role = arg.substring(0, colon).replaceAll("\\d+$", "");
                List<Span> s = spans.get(arg.substring(colon + 1));
                if (s != null) {
                    roles.merge(role, s, (a, b) -> {
                        List<Span> merged = new ArrayList<>(a);
                        merged.addAll(b);
                        merged.sort(null);
                        return merged;
                    });
                }
            }
            List<Span> content = roles.getOrDefault("Content", List.of());
            if (content.isEmpty()) {
                continue;
            }
            result.add(new GoldAttribution(event[0], content, roles.getOrDefault("Cue", List.of()),
                    roles.getOrDefault("Source", List.of())));
        }
        return result;
    }

    private static Map<String, ArticleMetadata> readMetadata(Path dir) throws IOException {
        Path tsv = dir.resolve("metadata.tsv");
        if (!Files.exists(tsv) && dir.toAbsolutePath().getParent() != null) {
            tsv = dir.toAbsolutePath().getParent().resolve("metadata.tsv");
        }
        Map<String, ArticleMetadata> result = new HashMap<>();
        if (!Files.exists(tsv)) {
            return result;
        }
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return result;
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int file = header.indexOf("filename");
        int publisher = header.indexOf("publisher");
        int date = header.indexOf("publication_date");
        int title = header.indexOf("title");
        if (file < 0) {
            throw new UncheckedIOException(new IOException(tsv + ": no 'filename' column"));
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            if (cols.length <= file) {
                continue;
            }
            ArticleMetadata m = ArticleMetadata.EMPTY;
            if (title >= 0 && title < cols.length && !cols[title].isBlank()) {
                m = m.withTitle(cols[title]);
            }
            if (publisher >= 0 && publisher < cols.length && !cols[publisher].isBlank()) {
                m = m.withOutlet(cols[publisher]);
            }
            if (date >= 0 && date < cols.length) {
                try {
                    m = m.withPublished(LocalDate.parse(cols[date].trim()));
                } catch (DateTimeParseException ignored) {
                    // metadata dates are optional; an unparsable one is treated as unknown
                }
            }
            result.put(cols[file], m.withLanguage("en"));
        }
        return result;
    }
}
