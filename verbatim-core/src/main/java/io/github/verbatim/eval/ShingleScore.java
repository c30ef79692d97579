package io.github.verbatim.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark (Scrapinghub) measure of main-text extraction: both texts are cut into
 * {@code \w+} tokens (Unicode word characters), then into overlapping 4-token shingles counted as multisets;
 * true positives are the shared shingle counts. A text shorter than four tokens is one shorter shingle; two
 * empty texts score a perfect match.
 *
 * @param truePositives  shingles in both
 * @param falsePositives shingles only in the prediction
 * @param falseNegatives shingles only in the gold text
 */
public record ShingleScore(double truePositives, double falsePositives, double falseNegatives) {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** Scores {@code predicted} text against {@code gold}. */
    public static ShingleScore of(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - g.getOrDefault(e.getKey(), 0));
        }
        if (tp + fp + fn == 0) {
            return new ShingleScore(1, 0, 0);
        }
        return new ShingleScore(tp, fp, fn);
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        int last = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < last; i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                out.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return out;
    }
}
