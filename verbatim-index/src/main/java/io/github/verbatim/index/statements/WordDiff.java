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

    /** Longest pure insertion or deletion still counted as an alteration rather than a passage quoted or left out. */
    public static final int MAX_ALTERATION_WORDS = 3;

    /**
     * The edits that change what the statement says, strictly inside the stretch both wordings quote. Dropped:
     * edits touching the start or the end of both (quoted at a different length, not altered); insertions or
     * deletions longer than {@value #MAX_ALTERATION_WORDS} words (a passage quoted by one and left out by the
     * other); spelling ("judgement", "montary", "emphasize") and spacing ("a more"/"amore") differences. Empty
     * when nothing is left.
     */
    public static List<WordEdit> alterations(String reference, String other) {
        List<WordEdit> out = new ArrayList<>();
        for (WordEdit e : edits(reference, other, true)) {
            boolean passage = (e.removed().isEmpty() || e.added().isEmpty())
                    && Math.max(words(e.removed()), words(e.added())) > MAX_ALTERATION_WORDS;
            if (!passage && !orthographic(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private static int words(String s) {
        return s.isEmpty() ? 0 : s.split(" ").length;
    }

    /**
     * Same letters apart from spacing or contraction ("we have"/"we've"), or one word spelled differently: one
     * letter apart (a letter added or dropped from words of three letters or more, any one-letter change from
     * four), two apart from eight letters.
     */
    private static boolean orthographic(WordEdit e) {
        String a = expandContractions(e.removed());
        String b = expandContractions(e.added());
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        if (words(e.removed()) != 1 || words(e.added()) != 1) {
            return false;
        }
        int shorter = Math.min(a.length(), b.length());
        int allowed = shorter >= 8 ? 2 : shorter >= 4 || shorter == 3 && a.length() != b.length() ? 1 : 0;
        return allowed > 0 && distance(a, b, allowed) <= allowed;
    }

    private static final String[][] CONTRACTIONS = {{"n't", "not"}, {"'ve", "have"}, {"'ll", "will"},
        {"'re", "are"}, {"'m", "am"}, {"'d", "would"}};

    /** The words' folded letters, contractions written out, without spaces. */
    private static String expandContractions(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : Words.norms(words)) {
            String expanded = w;
            for (String[] c : CONTRACTIONS) {
                if (w.endsWith(c[0]) && w.length() > c[0].length()) {
                    expanded = w.substring(0, w.length() - c[0].length()) + c[1];
                    break;
                }
            }
            sb.append(expanded);
        }
        return sb.toString();
    }

    /** Optimal string alignment distance (adjacent swaps count once), or {@code limit + 1} when larger. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
