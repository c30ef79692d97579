package io.github.verbatim.extract;

import io.github.verbatim.text.WordMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reporting verbs and phrases ("said", "told", "according to", "said in a statement"), looked up by token.
 *
 * <p>The shipped lexicon ({@code cues.tsv}, generated from PolNeAR train by {@link CueLexiconBuilder}) lists
 * every annotated cue phrase with how often it was annotated and how often it occurs at all. Loading keeps
 * the entries whose precision reaches a threshold and adds the regular inflections of their first word
 * ("stressed" gives "stresses", "stressing"; never the bare stem, which is too often a noun), so a verb seen in one form is found in the others.
 *
 * <p>Immutable and thread-safe.
 */
public final class CueLexicon {

    /** Resource path of the shipped lexicon. */
    public static final String RESOURCE = "/io/github/verbatim/extract/cues.tsv";

    /** Default least precision an annotated phrase needs to count as a cue. */
    public static final double DEFAULT_MIN_PRECISION = 0.15;

    private static final int MIN_ANNOTATED = 2;

    /** Least precision of any entry kept, for rules whose syntactic frame is strong evidence on its own. */
    public static final double FLOOR_PRECISION = 0.08;

    /** Inflections not seen in the corpus are trusted less than the forms that were. */
    private static final double VARIANT_DISCOUNT = 0.8;

    private static volatile CueLexicon standard;

    /** Entries by first token, longest first. */
    private final Map<String, List<CueEntry>> byFirst;
    /** The same entries by first token, split by second token (see {@link FirstToken}). */
    private final WordMap<FirstToken> byFirstToken;
    private final int size;
    private final double minPrecision;

    private CueLexicon(List<CueEntry> entries, double minPrecision) {
        this.minPrecision = minPrecision;
        Map<String, List<CueEntry>> map = new HashMap<>();
        for (CueEntry e : entries) {
            map.computeIfAbsent(e.tokens().get(0), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<CueEntry>> e : map.entrySet()) {
            List<CueEntry> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparingInt((CueEntry c) -> -c.tokens().size()));
            e.setValue(List.copyOf(list));
        }
        this.byFirst = Map.copyOf(map);
        Map<String, FirstToken> split = new HashMap<>();
        byFirst.forEach((first, list) -> split.put(first, FirstToken.of(list)));
        this.byFirstToken = WordMap.copyOf(split);
        this.size = (int) entries.stream().filter(e -> e.precision() >= minPrecision).count();
    }

    /** The shipped lexicon with the default threshold; loaded once. */
    public static CueLexicon standard() {
        CueLexicon s = standard;
        if (s == null) {
            synchronized (CueLexicon.class) {
                s = standard;
                if (s == null) {
                    try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        s = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_MIN_PRECISION);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = s;
                }
            }
        }
        return s;
    }

    /** Raw annotated entries of a lexicon file ({@code phrase \t annotated \t occurrences}), in file order. */
    public static List<CueEntry> readEntries(String tsv) {
        List<CueEntry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(tsv))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalArgumentException("cue lexicon line " + no + " needs 3 tab-separated fields: " + line);
                }
                int annotated = Integer.parseInt(f[1]);
                int occurrences = Integer.parseInt(f[2]);
                double precision = annotated / (double) Math.max(annotated, occurrences);
                out.add(new CueEntry(Arrays.asList(f[0].split(" ")), annotated, precision));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A lexicon from file text, keeping entries of at least {@code minPrecision} plus their inflections. */
    public static CueLexicon parse(String tsv, double minPrecision) {
        if (!(minPrecision >= 0 && minPrecision <= 1)) {
            throw new IllegalArgumentException("minPrecision " + minPrecision + " outside [0, 1]");
        }
        Map<String, CueEntry> kept = new LinkedHashMap<>();
        List<CueEntry> raw = readEntries(tsv);
        java.util.Set<String> listed = new java.util.HashSet<>();
        raw.forEach(e -> listed.add(e.phrase()));
        for (CueEntry e : raw) {
            if (e.annotated() >= MIN_ANNOTATED && e.precision() >= FLOOR_PRECISION && startsWithLetter(e)) {
                kept.put(e.phrase(), e);
            }
        }
        Map<String, CueEntry> all = new LinkedHashMap<>(kept);
        for (CueEntry e : kept.values()) {
            if (e.precision() < minPrecision) {
                continue;
            }
            for (String variant : Inflections.of(e.tokens().get(0))) {
                List<String> tokens = new ArrayList<>(e.tokens());
                tokens.set(0, variant);
                CueEntry v = new CueEntry(tokens, e.annotated(), e.precision() * VARIANT_DISCOUNT);
                if (!listed.contains(v.phrase())) { // the corpus already judged listed forms
                    all.putIfAbsent(v.phrase(), v);
                }
            }
        }
        return new CueLexicon(new ArrayList<>(all.values()), minPrecision);
    }

    private static boolean startsWithLetter(CueEntry e) {
        String first = e.tokens().get(0);
        return !first.isEmpty() && Character.isLetter(first.charAt(0));
    }

    /** Number of phrases at or above the lexicon's threshold, inflections included. */
    public int size() {
        return size;
    }

    /** The longest cue starting at token {@code i}, or null. */
    public CueMatch match(TokenText tokens, int i) {
        return match(tokens, i, tokens.size());
    }

    /** The longest cue of at least the lexicon's threshold starting at token {@code i} and ending by {@code limit}. */
    public CueMatch match(TokenText tokens, int i, int limit) {
        return match(tokens, i, limit, minPrecision);
    }

    /**
     * The longest cue of at least {@code least} precision starting at token {@code i} and ending by
     * {@code limit}, or null. A threshold below the lexicon's own reaches entries down to
     * {@link #FLOOR_PRECISION}.
     */
    public CueMatch match(TokenText tokens, int i, int limit, double least) {
        if (i < 0 || i >= limit) {
            return null;
        }
        FirstToken first = byFirstToken.get(tokens.get(i));
        if (first == null) {
            return null;
        }
        if (i + 1 < Math.min(limit, tokens.size())) {
            // only the entries whose second token is the next token's can match with two tokens or more
            List<CueEntry> longer = first.bySecond().get(tokens.get(i + 1));
            if (longer != null) {
                CueMatch m = firstMatch(longer, tokens, i, limit, least);
                if (m != null) {
                    return m;
                }
            }
        }
        return firstMatch(first.single(), tokens, i, limit, least);
    }

    /** The first entry of {@code candidates} (longest first) that matches at token {@code i}, or null. */
    private static CueMatch firstMatch(List<CueEntry> candidates, TokenText tokens, int i, int limit, double least) {
        for (int c = 0; c < candidates.size(); c++) {
            CueEntry e = candidates.get(c);
            int n = e.tokens().size();
            if (i + n > limit || e.precision() < least) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = e.tokens().get(k).equals(tokens.get(i + k));
            }
            if (ok) {
                return new CueMatch(i, i + n, e);
            }
        }
        return null;
    }

    /**
     * The entries that start with one token, split for matching: those of two tokens or more by their second
     * token, and the one-token entries. Each list keeps the longest-first order of the whole list, and every
     * longer entry precedes every one-token entry there, so the first match in the longer entries for the
     * next token, else the first in the one-token entries, is the first match in the whole list.
     */
    private record FirstToken(WordMap<List<CueEntry>> bySecond, List<CueEntry> single) {

        static FirstToken of(List<CueEntry> longestFirst) {
            Map<String, List<CueEntry>> bySecond = new HashMap<>();
            List<CueEntry> single = new ArrayList<>();
            for (CueEntry e : longestFirst) {
                if (e.tokens().size() == 1) {
                    single.add(e);
                } else {
                    bySecond.computeIfAbsent(e.tokens().get(1), k -> new ArrayList<>()).add(e);
                }
            }
            bySecond.replaceAll((k, v) -> List.copyOf(v));
            return new FirstToken(WordMap.copyOf(bySecond), List.copyOf(single));
        }
    }

    /** Every entry held, below the threshold too (down to {@link #FLOOR_PRECISION}), for tests. */
    List<CueEntry> allEntries() {
        List<CueEntry> out = new ArrayList<>();
        byFirst.values().forEach(out::addAll);
        return out;
    }

    /** Every phrase at or above the lexicon's threshold, for inspection and tests. */
    public List<CueEntry> entries() {
        List<CueEntry> out = new ArrayList<>();
        byFirst.values().forEach(l -> l.stream().filter(e -> e.precision() >= minPrecision).forEach(out::add));
        out.sort(Comparator.comparing(CueEntry::phrase));
        return Collections.unmodifiableList(out);
    }

    /** Regular English inflections of a verb form. */
    static final class Inflections {
        private Inflections() {
        }

        static List<String> of(String word) {
            List<String> bases = new ArrayList<>();
            if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
                return List.of();
            }
            if (word.endsWith("ied")) {
                bases.add(word.substring(0, word.length() - 3) + "y");
            } else if (word.endsWith("ed")) {
                String stem = word.substring(0, word.length() - 2);
                bases.add(stem);
                bases.add(stem + "e");
                int n = stem.length();
                if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                    bases.add(stem.substring(0, n - 1));
                }
            } else if (word.endsWith("ing")) {
                String stem = word.substring(0, word.length() - 3);
                bases.add(stem);
                bases.add(stem + "e");
            } else if (word.endsWith("ies")) {
                bases.add(word.substring(0, word.length() - 3) + "y");
            } else if (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches")) {
                bases.add(word.substring(0, word.length() - 2));
            } else if (word.endsWith("s") && !word.endsWith("ss")) {
                bases.add(word.substring(0, word.length() - 1));
            } else {
                bases.add(word);
            }
            List<String> out = new ArrayList<>();
            for (String b : bases) {
                if (b.length() < 3) {
                    continue;
                }
                boolean y = b.endsWith("y") && b.length() > 1 && "aeiou".indexOf(b.charAt(b.length() - 2)) < 0;
                boolean sibilant = b.endsWith("s") || b.endsWith("sh") || b.endsWith("ch") || b.endsWith("x");
                out.add(y ? b.substring(0, b.length() - 1) + "ies" : sibilant ? b + "es" : b + "s");
                out.add(b.endsWith("e") ? b.substring(0, b.length() - 1) + "ing" : b + "ing");
                out.add(y ? b.substring(0, b.length() - 1) + "ied" : b.endsWith("e") ? b + "d" : b + "ed");
            }
            out.remove(word);
            return out;
        }
    }
}
