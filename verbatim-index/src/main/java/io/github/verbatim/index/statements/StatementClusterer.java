package io.github.verbatim.index.statements;

import io.github.verbatim.index.text.StableHash;
import io.github.verbatim.index.text.Words;
import io.github.verbatim.model.AttributionKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups reports of the same statement across articles and outlets.
 *
 * <p>Two reports belong to one statement when their wordings, compared word by word after normalisation
 * ({@link Words}), are identical (at least {@value #MIN_WORDS_EXACT} words) or nearly so (at least
 * {@value #MIN_WORDS_FUZZY} words and {@link WordDiff#similarity} of at least {@value #SAME_STATEMENT}),
 * and their speakers do not contradict each other (two known speakers must share a surname). Near matches
 * are found with MinHash over word bigrams, then verified exactly, and must carry the same numbers ("168 mln"
 * and "215 mln" are different statements); statements are the connected components.
 * Shorter wordings stay single reports: a few shared words are no evidence of one statement.
 *
 * <p>Variants are only reported for direct quotations whose wording differs from the reference wording inside
 * the stretch both quote ({@link WordDiff#alterations}: quoting more or less of a statement is not altering
 * it) and whose similarity to it is at least {@value #SAME_STATEMENT}, so a chain of small changes never
 * produces a variant that is not itself clearly the same statement.
 *
 * <p>The result does not depend on the order of the input: statements, reports and variants come out
 * sorted, and ids derive from content. Plain Java, no storage types; instances are immutable and
 * thread-safe.
 */
public final class StatementClusterer {

    /** Word similarity at or above which two wordings are the same statement. */
    public static final double SAME_STATEMENT = 0.8;
    /** Minimum words for identical wordings to be clustered. */
    public static final int MIN_WORDS_EXACT = 4;
    /** Minimum words for near-identical wordings to be clustered. */
    public static final int MIN_WORDS_FUZZY = 6;
    /** MinHash buckets larger than this are not expanded into pairs (boilerplate, not statements). */
    public static final int MAX_BUCKET = 200;

    private static final String UNKNOWN = "";

    private final MinHash minHash = new MinHash(20, 3, 2);

    /** Clusters {@code reports} into statements, sorted by earliest report. Report ids must be unique. */
    public List<Statement> cluster(Collection<StatementReport> reports) {
        List<StatementReport> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(StatementReport::id));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("duplicate report id '" + sorted.get(i).id() + "'");
            }
        }
        // forms: distinct normalised wordings, in first-seen order over the id-sorted input
        Map<String, Integer> formIndex = new LinkedHashMap<>();
        List<List<String>> formWords = new ArrayList<>();
        int[] formOf = new int[sorted.size()];
        for (int r = 0; r < sorted.size(); r++) {
            List<String> words = Words.norms(sorted.get(r).text());
            String key = String.join(" ", words);
            Integer f = formIndex.get(key);
            if (f == null) {
                f = formWords.size();
                formIndex.put(key, f);
                formWords.add(words);
            }
            formOf[r] = f;
        }
        // nodes: (form, speaker surname) for clusterable forms, single reports otherwise
        Map<String, Integer> nodeIndex = new HashMap<>();
        int[] nodeOf = new int[sorted.size()];
        List<Map<String, Integer>> nodesOfForm = new ArrayList<>();
        for (int f = 0; f < formWords.size(); f++) {
            nodesOfForm.add(new TreeMap<>());
        }
        Map<Integer, Set<String>> knownSurnames = new HashMap<>();
        String[] surnames = new String[sorted.size()];
        for (int r = 0; r < sorted.size(); r++) {
            String s = surname(sorted.get(r).speakerName());
            surnames[r] = s;
            if (!s.equals(UNKNOWN)) {
                knownSurnames.computeIfAbsent(formOf[r], k -> new TreeSet<>()).add(s);
            }
        }
        for (int r = 0; r < sorted.size(); r++) {
            int f = formOf[r];
            String nodeKey;
            if (formWords.get(f).size() < MIN_WORDS_EXACT) {
                nodeKey = "#" + r;
            } else {
                String s = surnames[r];
                Set<String> known = knownSurnames.getOrDefault(f, Set.of());
                if (s.equals(UNKNOWN) && known.size() == 1) {
                    s = known.iterator().next();
                }
                nodeKey = f + "|" + s;
            }
            Integer node = nodeIndex.get(nodeKey);
            if (node == null) {
                node = nodeIndex.size();
                nodeIndex.put(nodeKey, node);
                if (!nodeKey.startsWith("#")) {
                    nodesOfForm.get(f).put(nodeKey.substring(nodeKey.indexOf('|') + 1), node);
                }
            }
            nodeOf[r] = node;
        }
        UnionFind components = new UnionFind(nodeIndex.size());
        int[][] bags = bags(formWords);
        for (long pair : candidatePairs(formWords)) {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            // LCS never exceeds the shared word multiset, so a low bag overlap rules the pair out cheaply
            if (2.0 * sharedWords(bags[a], bags[b]) / (bags[a].length + bags[b].length) >= SAME_STATEMENT
                    && sameNumbers(formWords.get(a), formWords.get(b))
                    && WordDiff.similarity(formWords.get(a), formWords.get(b)) >= SAME_STATEMENT) {
                linkCompatible(nodesOfForm.get(a), nodesOfForm.get(b), components);
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int r = 0; r < sorted.size(); r++) {
            groups.computeIfAbsent(components.find(nodeOf[r]), k -> new ArrayList<>(1)).add(r);
        }
        List<Statement> statements = new ArrayList<>(groups.size());
        for (List<Integer> group : groups.values()) {
            statements.add(statement(group, sorted, formOf, formWords));
        }
        statements.sort(Comparator.comparing(Statement::earliest, StatementReport.CHRONOLOGICAL));
        return statements;
    }

    private Set<Long> candidatePairs(List<List<String>> formWords) {
        // band keys of every fuzzy-clusterable form; almost all keys are met once, so only keys met by 2 to
        // MAX_BUCKET forms (found by sorting a copy) get a bucket: no map entry per key and form
        long[][] keysOf = new long[formWords.size()][];
        int total = 0;
        for (int f = 0; f < formWords.size(); f++) {
            if (formWords.get(f).size() >= MIN_WORDS_FUZZY) {
                keysOf[f] = minHash.bandKeys(formWords.get(f));
                total += keysOf[f].length;
            }
        }
        long[] sortedKeys = new long[total];
        int n = 0;
        for (long[] keys : keysOf) {
            if (keys != null) {
                System.arraycopy(keys, 0, sortedKeys, n, keys.length);
                n += keys.length;
            }
        }
        java.util.Arrays.sort(sortedKeys);
        long[] shared = new long[total];
        int sharedCount = 0;
        for (int i = 0; i < total; ) {
            int j = i + 1;
            while (j < total && sortedKeys[j] == sortedKeys[i]) {
                j++;
            }
            if (j - i >= 2 && j - i <= MAX_BUCKET) {
                shared[sharedCount++] = sortedKeys[i];
            }
            i = j;
        }
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int f = 0; f < formWords.size(); f++) {
            if (keysOf[f] == null) {
                continue;
            }
            for (long key : keysOf[f]) {
                if (java.util.Arrays.binarySearch(shared, 0, sharedCount, key) >= 0) {
                    buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(f);
                }
            }
        }
        Set<Long> pairs = new HashSet<>();
        for (List<Integer> bucket : buckets.values()) {
            if (bucket.size() < 2 || bucket.size() > MAX_BUCKET) {
                continue;
            }
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    int a = Math.min(bucket.get(i), bucket.get(j));
                    int b = Math.max(bucket.get(i), bucket.get(j));
                    int la = formWords.get(a).size();
                    int lb = formWords.get(b).size();
                    // similarity >= 0.8 needs 2 * min / (la + lb) >= 0.8
                    if (a != b && 2.0 * Math.min(la, lb) / (la + lb) >= SAME_STATEMENT) {
                        pairs.add(((long) a << 32) | b);
                    }
                }
            }
        }
        return pairs;
    }

    private static void linkCompatible(Map<String, Integer> a, Map<String, Integer> b, UnionFind components) {
        for (Map.Entry<String, Integer> x : a.entrySet()) {
            for (Map.Entry<String, Integer> y : b.entrySet()) {
                boolean compatible = x.getKey().equals(y.getKey())
                        || x.getKey().equals(UNKNOWN) && b.size() == 1
                        || y.getKey().equals(UNKNOWN) && a.size() == 1;
                if (compatible) {
                    components.union(x.getValue(), y.getValue());
                }
            }
        }
    }

    /**
     * The statement of the reports at {@code members} (indices into {@code sorted}); a report's normalised words
     * are those of its form, computed once in {@link #cluster}.
     */
    private static Statement statement(List<Integer> members, List<StatementReport> sorted, int[] formOf,
                                       List<List<String>> formWords) {
        members.sort((x, y) -> StatementReport.CHRONOLOGICAL.compare(sorted.get(x), sorted.get(y)));
        List<StatementReport> group = new ArrayList<>(members.size());
        boolean anyDirect = false;
        for (int r : members) {
            group.add(sorted.get(r));
            anyDirect |= sorted.get(r).kind() == AttributionKind.DIRECT;
        }
        // wordings (forms) in chronological order of first appearance; the reports of each
        Map<Integer, List<StatementReport>> byForm = new LinkedHashMap<>();
        for (int r : members) {
            if (!anyDirect || sorted.get(r).kind() == AttributionKind.DIRECT) {
                byForm.computeIfAbsent(formOf[r], k -> new ArrayList<>(1)).add(sorted.get(r));
            }
        }
        int referenceForm = -1;
        for (Map.Entry<Integer, List<StatementReport>> e : byForm.entrySet()) {
            if (referenceForm < 0 || e.getValue().size() > byForm.get(referenceForm).size()) {
                referenceForm = e.getKey();
            }
        }
        String referenceText = byForm.get(referenceForm).get(0).text();
        List<String> referenceWords = formWords.get(referenceForm);
        List<Variant> variants = new ArrayList<>();
        if (anyDirect) {
            for (Map.Entry<Integer, List<StatementReport>> e : byForm.entrySet()) {
                if (e.getKey() == referenceForm) {
                    continue;
                }
                String text = e.getValue().get(0).text();
                if (WordDiff.similarity(referenceWords, formWords.get(e.getKey())) < SAME_STATEMENT) {
                    continue;
                }
                List<WordEdit> edits = WordDiff.alterations(referenceText, text);
                if (edits.isEmpty()) {
                    continue;
                }
                variants.add(new Variant(text, edits, outlets(e.getValue()),
                        e.getValue().stream().map(StatementReport::id).sorted().toList()));
            }
        }
        variants.sort(Comparator.comparing((Variant v) -> -v.reportIds().size()).thenComparing(Variant::text));
        TreeSet<String> speakers = new TreeSet<>();
        for (StatementReport r : group) {
            if (r.speakerName() != null && !r.speakerName().isBlank()) {
                speakers.add(r.speakerName());
            }
        }
        String minId = group.stream().map(StatementReport::id).min(Comparator.naturalOrder()).orElseThrow();
        return new Statement("st-" + StableHash.hex(minId), referenceText, group, List.copyOf(speakers),
                outlets(group), variants);
    }

    /** Each form's words as sorted ids (a multiset), for {@link #sharedWords}. */
    private static int[][] bags(List<List<String>> formWords) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] bags = new int[formWords.size()][];
        for (int f = 0; f < formWords.size(); f++) {
            List<String> words = formWords.get(f);
            int[] bag = new int[Math.min(words.size(), WordDiff.MAX_WORDS)];
            for (int i = 0; i < bag.length; i++) {
                bag[i] = ids.computeIfAbsent(words.get(i), k -> ids.size());
            }
            java.util.Arrays.sort(bag);
            bags[f] = bag;
        }
        return bags;
    }

    /** Size of the multiset intersection of two sorted id arrays. */
    private static int sharedWords(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** Numbers identify a statement ("168 mln" vs "215 mln"): near matches must carry the same ones. */
    private static boolean sameNumbers(List<String> a, List<String> b) {
        List<String> na = numbers(a);
        List<String> nb = numbers(b);
        return na.equals(nb);
    }

    private static List<String> numbers(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                out.add(w);
            }
        }
        out.sort(null);
        return out;
    }

    private static List<String> outlets(List<StatementReport> reports) {
        TreeSet<String> outlets = new TreeSet<>();
        for (StatementReport r : reports) {
            if (r.outlet() != null) {
                outlets.add(r.outlet());
            }
        }
        return List.copyOf(outlets);
    }

    private static String surname(String speakerName) {
        if (speakerName == null) {
            return UNKNOWN;
        }
        List<String> words = Words.norms(speakerName);
        return words.isEmpty() ? UNKNOWN : words.get(words.size() - 1);
    }
}
