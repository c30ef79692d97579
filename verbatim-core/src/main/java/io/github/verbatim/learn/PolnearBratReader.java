package io.github.verbatim.learn;

import io.github.verbatim.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR split ({@code DIR/text/NAME.txt}, {@code DIR/attributions/NAME_<annotator>.ann}) as training
 * articles. Of several annotator files for one article, the first in name order is used. {@code T} lines of
 * type Source, Cue and Content give spans (code points; several segments separated by ';'), {@code E} lines
 * tie them into attributions; other lines are ignored. Malformed lines are skipped.
 */
public final class PolnearBratReader {

    private PolnearBratReader() {
    }

    /** Every annotated article of the split, in name order. */
    public static List<TrainingArticle> read(Path split) {
        Path textDir = split.resolve("text");
        Path annDir = split.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new IllegalArgumentException(split + " is not a PolNeAR split (needs text/ and attributions/)");
        }
        TreeMap<String, Path> firstAnnotation = new TreeMap<>();
        try (Stream<Path> files = Files.list(annDir)) {
            files.map(Path::getFileName).map(Path::toString).filter(n -> n.endsWith(".ann")).sorted()
                    .forEach(n -> {
                        int cut = n.lastIndexOf('_');
                        String name = cut > 0 ? n.substring(0, cut) : n.substring(0, n.length() - 4);
                        firstAnnotation.putIfAbsent(name, annDir.resolve(n));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<TrainingArticle> articles = new ArrayList<>();
        for (Map.Entry<String, Path> e : firstAnnotation.entrySet()) {
            Path textFile = textDir.resolve(e.getKey() + ".txt");
            if (!Files.isRegularFile(textFile)) {
                continue;
            }
            try {
                String text = Files.readString(textFile, StandardCharsets.UTF_8);
                articles.add(new TrainingArticle(e.getKey(), text,
                        parse(Files.readAllLines(e.getValue(), StandardCharsets.UTF_8))));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return articles;
    }

    /** Parses the lines of one brat file. */
    static List<GoldAttribution> parse(List<String> lines) {
        Map<String, String> types = new HashMap<>();
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            if (parts.length < 2) {
                continue;
            }
            if (parts[0].startsWith("T")) {
                int space = parts[1].indexOf(' ');
                if (space < 0) {
                    continue;
                }
                List<Span> segments = new ArrayList<>();
                try {
                    for (String seg : parts[1].substring(space + 1).split(";")) {
                        String[] se = seg.trim().split(" ");
                        segments.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
                    }
                } catch (RuntimeException bad) {
                    continue;
                }
                types.put(parts[0], parts[1].substring(0, space));
                spans.put(parts[0], segments);
            } else if (parts[0].startsWith("E")) {
                events.add(parts[1].trim().split(" "));
            }
        }
        List<GoldAttribution> result = new ArrayList<>();
        for (String[] args : events) {
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            List<Span> content = new ArrayList<>();
            for (String arg : args) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String ref = arg.substring(colon + 1);
                String type = types.get(ref);
                List<Span> segments = spans.get(ref);
                if (type == null) {
                    continue;
                }
                switch (type) {
                    case "Source" -> source.addAll(segments);
                    case "Cue" -> cue.addAll(segments);
                    case "Content" -> content.addAll(segments);
                    default -> { }
                }
            }
            if (!content.isEmpty() || !cue.isEmpty()) {
                result.add(new GoldAttribution(source, cue, content));
            }
        }
        return result;
    }
}
