package io.github.verbatim.index.statements;

import io.github.verbatim.index.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level difference and similarity of two wordings, by longest common subsequence over the words'
 * comparison forms ({@link Words}): case, diacritics and punctuation do not count as changes.
 * Stateless and thread-safe.
 */
public final class WordDiff {

    /** Wordings longer than this are compared on their first this-many words only. */
    public static final int MAX_WORDS = 400;

    private WordDiff() {
    }

    /** Similarity in [0, 1]: {@code 2 * lcs / (|a| + |b|)}; 1 for two empty wordings. */
    public static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int[][] t = lcsTable(cap(a), cap(b));
        return 2.0 * t[0][0] / (cap(a).size() + cap(b).size());
    }

    /** The edits that turn {@code reference} into {@code other}, in reference order; empty when equal. */
    public static List<WordEdit> edits(String reference, String other) {
        return edits(reference, other, false);
    }

    /**
     * The edits strictly inside the shared stretch of the two wordings: edits touching the start or the end of
     * both are dropped, since a quotation that starts or stops elsewhere is quoted at a different length, not
     * altered. Empty when the wordings differ only at their edges.
     */
    public static List<WordEdit> alterations(String reference, String other) {
        return edits(reference, other, true);
    }

    private static List<WordEdit> edits(String reference, String other, boolean interiorOnly) {
        List<Words.Word> a = cap(Words.of(reference));
        List<Words.Word> b = cap(Words.of(other));
        List<String> an = norms(a);
        List<String> bn = norms(b);
        int[][] t = lcsTable(an, bn);
        List<WordEdit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        int n = a.size();
        int m = b.size();
        while (i < n || j < m) {
            if (i < n && j < m && an.get(i).equals(bn.get(j))) {
                i++;
                j++;
                continue;
            }
            int startI = i;
            int startJ = j;
            while ((i < n || j < m) && !(i < n && j < m && an.get(i).equals(bn.get(j)))) {
                if (j >= m || (i < n && t[i + 1][j] >= t[i][j + 1])) {
                    i++;
                } else {
                    j++;
                }
            }
            boolean edge = startI == 0 && startJ == 0 || i == n && j == m;
            if (!(interiorOnly && edge)) {
                edits.add(new WordEdit(startI, join(a, startI, i), join(b, startJ, j)));
            }
        }
        return edits;
    }

    private static int[][] lcsTable(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] t = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t;
    }

    private static <T> List<T> cap(List<T> words) {
        return words.size() <= MAX_WORDS ? words : words.subList(0, MAX_WORDS);
    }

    private static List<String> norms(List<Words.Word> words) {
        List<String> out = new ArrayList<>(words.size());
        for (Words.Word w : words) {
            out.add(w.norm());
        }
        return out;
    }

    private static String join(List<Words.Word> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(words.get(k).surface());
        }
        return sb.toString();
    }
}
