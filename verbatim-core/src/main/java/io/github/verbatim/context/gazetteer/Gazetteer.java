package io.github.verbatim.context.gazetteer;

import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import io.github.verbatim.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Countries, capitals, demonyms and government metonyms, matched over {@link Segmenter} tokens
 * case-insensitively (except that a one-token name of two or three letters must match its case, so "us"
 * is not "US").
 *
 * <p>Built by code at run time, not typed in: country names and their official languages' names come from
 * the JDK's locale data ({@link Locale#getISOCountries()}, display names in English, and the countries of
 * {@link Locale#getAvailableLocales()} for each language, so "French" → France); further demonyms are
 * derived from country names by English suffix rules ("Syria" → "Syrian", "Iraq" → "Iraqi", "Mexico" →
 * "Mexican", "Brazil" → "Brazilian"). Neither the JDK nor ICU4J carries capital cities or irregular
 * demonyms, so {@link #CAPITALS}, {@link #ALIASES} and {@link #INSTITUTIONS} are short hand-written lists
 * (about 90 capitals of countries often in the news, a few dozen aliases and irregular demonyms, and eight
 * metonymic buildings).
 *
 * <p>Immutable and thread-safe; {@link #standard()} is built once.
 */
public final class Gazetteer {

    /** Longest name in tokens that {@link #match} looks for. */
    static final int MAX_TOKENS = 5;

    /** ISO code and capital, for countries often in the news. Hand-written: no library provides capitals. */
    private static final String[] CAPITALS = {
        "AF Kabul", "AL Tirana", "DZ Algiers", "AR Buenos Aires", "AM Yerevan", "AU Canberra", "AT Vienna",
        "AZ Baku", "BH Manama", "BD Dhaka", "BY Minsk", "BE Brussels", "BO La Paz", "BA Sarajevo",
        "BR Brasilia", "BG Sofia", "KH Phnom Penh", "CA Ottawa", "CL Santiago", "CN Beijing", "CO Bogota",
        "HR Zagreb", "CU Havana", "CY Nicosia", "CZ Prague", "DK Copenhagen", "EG Cairo", "EE Tallinn",
        "ET Addis Ababa", "FI Helsinki", "FR Paris", "GE Tbilisi", "DE Berlin", "GH Accra", "GR Athens",
        "HU Budapest", "IS Reykjavik", "IN New Delhi", "ID Jakarta", "IR Tehran", "IQ Baghdad", "IE Dublin",
        "IL Jerusalem", "IT Rome", "JP Tokyo", "JO Amman", "KZ Astana", "KE Nairobi", "KW Kuwait City",
        "LV Riga", "LB Beirut", "LY Tripoli", "LT Vilnius", "MY Kuala Lumpur", "MX Mexico City",
        "MD Chisinau", "MA Rabat", "MM Naypyidaw", "NL Amsterdam", "NZ Wellington", "NG Abuja",
        "KP Pyongyang", "NO Oslo", "PK Islamabad", "PS Ramallah", "PE Lima", "PH Manila", "PL Warsaw",
        "PT Lisbon", "QA Doha", "RO Bucharest", "RU Moscow", "SA Riyadh", "RS Belgrade", "SG Singapore",
        "SK Bratislava", "SO Mogadishu", "ZA Pretoria", "KR Seoul", "ES Madrid", "LK Colombo",
        "SD Khartoum", "SE Stockholm", "CH Bern", "SY Damascus", "TW Taipei", "TH Bangkok", "TN Tunis",
        "TR Ankara", "UA Kyiv", "UA Kiev", "AE Abu Dhabi", "GB London", "US Washington", "VE Caracas",
        "VN Hanoi", "YE Sanaa", "ZW Harare"};

    /** Aliases and irregular demonyms the locale data and the suffix rules miss. Hand-written. */
    private static final String[] ALIASES = {
        "US COUNTRY U.S.", "US COUNTRY US", "US COUNTRY USA", "US COUNTRY U.S.A.", "US COUNTRY America",
        "US COUNTRY United States of America", "GB COUNTRY UK", "GB COUNTRY U.K.", "GB COUNTRY Britain",
        "GB COUNTRY Great Britain", "NL COUNTRY Holland", "RU COUNTRY Russian Federation",
        "KR COUNTRY Korea", "CZ COUNTRY Czech Republic", "CD COUNTRY Congo", "CI COUNTRY Ivory Coast",
        "PS COUNTRY Palestine", "AE COUNTRY UAE", "US DEMONYM American", "US DEMONYM Americans",
        "GB DEMONYM British", "GB DEMONYM Briton", "GB DEMONYM Britons", "CN DEMONYM Chinese",
        "FR DEMONYM French", "DE DEMONYM German", "DE DEMONYM Germans", "ES DEMONYM Spanish",
        "NL DEMONYM Dutch", "TR DEMONYM Turkish", "TR DEMONYM Turk", "TR DEMONYM Turks", "PL DEMONYM Polish",
        "SE DEMONYM Swedish", "DK DEMONYM Danish", "FI DEMONYM Finnish", "IE DEMONYM Irish",
        "CH DEMONYM Swiss", "PH DEMONYM Filipino", "TH DEMONYM Thai", "AF DEMONYM Afghan",
        "SA DEMONYM Saudi", "SA DEMONYM Saudis", "IL DEMONYM Israeli", "IL DEMONYM Israelis",
        "PK DEMONYM Pakistani", "IQ DEMONYM Iraqi", "KW DEMONYM Kuwaiti", "QA DEMONYM Qatari",
        "YE DEMONYM Yemeni", "GR DEMONYM Greek", "PT DEMONYM Portuguese", "JP DEMONYM Japanese",
        "VN DEMONYM Vietnamese", "LB DEMONYM Lebanese", "NZ DEMONYM New Zealander"};

    /** Buildings and streets that stand for a government body. Hand-written. */
    private static final String[] INSTITUTIONS = {
        "RU the Kremlin|Government of Russia", "US the White House|Government of the United States",
        "US the Pentagon|United States Department of Defense",
        "US Capitol Hill|United States Congress", "GB Downing Street|Government of the United Kingdom",
        "GB Whitehall|Government of the United Kingdom", "FR the Elysee|Government of France",
        "FR the Élysée|Government of France"};

    private static final Gazetteer STANDARD = build();

    private final Map<Long, GazetteerEntry> byKey;
    /**
     * Open-addressing table of every name's key and every name prefix's key, for lookups without boxing:
     * keys, the entry named at the same slot (null for a key that is only a prefix), and whether the key is
     * a token prefix of a longer name ("new", "new delhi" for "New Delhi Times"). One probe answers both
     * questions {@link #longestAt} asks of a token run.
     */
    private final long[] slots;
    private final GazetteerEntry[] slotEntries;
    private final boolean[] slotIsPrefix;
    private final int slotShift;

    private Gazetteer(Map<Long, GazetteerEntry> byKey, List<Long> prefixes) {
        this.byKey = byKey;
        int size = Integer.highestOneBit(Math.max(16, (byKey.size() + prefixes.size()) * 4));
        slots = new long[size];
        slotEntries = new GazetteerEntry[size];
        slotIsPrefix = new boolean[size];
        slotShift = 64 - Integer.numberOfTrailingZeros(size);
        for (Map.Entry<Long, GazetteerEntry> e : byKey.entrySet()) {
            int i = insert(e.getKey());
            slotEntries[i] = e.getValue();
        }
        for (long p : prefixes) {
            slotIsPrefix[insert(p)] = true;
        }
    }

    /** The first slot to probe for a key: the top bits of a multiplicative mix, so FNV keys spread evenly. */
    private int home(long k) {
        return (int) ((k * 0x9E3779B97F4A7C15L) >>> slotShift);
    }

    private int insert(long key) {
        long k = key == 0 ? 1 : key;
        long[] table = slots;
        int mask = table.length - 1;
        int i = home(k);
        while (table[i] != 0 && table[i] != k) {
            i = (i + 1) & mask;
        }
        table[i] = k;
        return i;
    }

    /** Slot of {@code key}, a name's or a prefix's, or -1. */
    private int find(long key) {
        long k = key == 0 ? 1 : key;
        long[] table = slots;
        int mask = table.length - 1;
        int i = home(k);
        while (table[i] != 0) {
            if (table[i] == k) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** The gazetteer built from the JDK's locale data and the short lists above. */
    public static Gazetteer standard() {
        return STANDARD;
    }

    /** Number of distinct names known. */
    public int size() {
        return byKey.size();
    }

    /**
     * The entry named exactly by tokens {@code [first, end)} of {@code seg}, or null. Case rule as in the
     * class comment.
     */
    public GazetteerEntry lookup(Segmentation seg, int first, int end) {
        if (end - first > MAX_TOKENS || end <= first) {
            return null;
        }
        long h = SEED;
        for (int i = first; i < end; i++) {
            if (i > first) {
                h = mix(h, ' ');
            }
            Token t = seg.tokens().get(i);
            h = hashLower(h, seg.text(), t.start(), t.end());
        }
        int slot = find(h);
        GazetteerEntry e = slot < 0 ? null : slotEntries[slot];
        if (e != null && end - first == 1 && !caseOk(seg.text(), seg.tokens().get(first), e)) {
            return null;
        }
        return e;
    }

    /** The longest name starting at token {@code first} and ending at or before {@code limit}, or null. */
    public GazetteerMatch longestAt(Segmentation seg, int first, int limit) {
        long h = SEED;
        GazetteerMatch best = null;
        String text = seg.text();
        for (int n = 1; n <= Math.min(MAX_TOKENS, limit - first); n++) {
            if (n > 1) {
                h = mix(h, ' ');
            }
            Token t = seg.tokens().get(first + n - 1);
            h = hashLower(h, text, t.start(), t.end());
            int slot = find(h);
            if (slot < 0) {
                break; // neither a name nor the start of one
            }
            GazetteerEntry e = slotEntries[slot];
            if (e != null && (n > 1 || caseOk(text, t, e))) {
                best = new GazetteerMatch(first, first + n, e);
            }
            if (!slotIsPrefix[slot]) {
                break;
            }
        }
        return best;
    }

    /** Every longest, non-overlapping name in tokens {@code [from, to)}, left to right. */
    public List<GazetteerMatch> match(Segmentation seg, int from, int to) {
        List<GazetteerMatch> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            GazetteerMatch m = longestAt(seg, i, to);
            if (m != null) {
                out.add(m);
                i = m.endToken();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The entry for a name given as a string, tokenised like article text (a leading "the" ignored), or null. */
    public GazetteerEntry lookup(String name) {
        Segmentation seg = new Segmenter().segment(name);
        int first = !seg.tokens().isEmpty() && seg.tokenText(0).equalsIgnoreCase("the") ? 1 : 0;
        return seg.tokens().size() <= first ? null : lookup(seg, first, seg.tokens().size());
    }

    private static boolean caseOk(String text, Token t, GazetteerEntry e) {
        int len = t.end() - t.start();
        if (len > 3 || e.name().length() > 4) {
            return true;
        }
        return text.regionMatches(false, t.start(), e.name(), 0, Math.min(len, e.name().length()));
    }

    // ---------------------------------------------------------------- building

    private static final long SEED = 0xcbf29ce484222325L;

    private static long mix(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    private static long hashLower(long h, String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u2019') {
                c = '\'';
            }
            h = mix(h, Character.toLowerCase(c));
        }
        return h;
    }

    private static Gazetteer build() {
        Segmenter segmenter = new Segmenter();
        Map<Long, GazetteerEntry> byKey = new HashMap<>();
        List<Long> prefixes = new ArrayList<>();
        Map<String, String> countryNames = new HashMap<>();
        List<String[]> derived = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            String display = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (display.isEmpty() || display.equals(code)) {
                continue;
            }
            String name = display;
            int paren = display.indexOf(" (");
            if (paren > 0 && display.endsWith(")")) {
                name = display.substring(0, paren);
                add(byKey, prefixes, segmenter, new GazetteerEntry(display.substring(paren + 2, display.length() - 1),
                        GazetteerKind.COUNTRY, code, name));
            }
            int dash = name.indexOf(" - ");
            if (dash > 0) {
                name = name.substring(0, dash) + " " + name.substring(dash + 3);
            }
            countryNames.put(code, name);
            add(byKey, prefixes, segmenter, new GazetteerEntry(name, GazetteerKind.COUNTRY, code, name));
            if (name.contains("&")) {
                add(byKey, prefixes, segmenter, new GazetteerEntry(name.replace("&", "and"), GazetteerKind.COUNTRY, code,
                        name));
            }
            derived.add(new String[] {code, name});
        }
        for (String line : ALIASES) {
            String code = line.substring(0, 2);
            int kindEnd = line.indexOf(' ', 3);
            GazetteerKind kind = GazetteerKind.valueOf(line.substring(3, kindEnd));
            add(byKey, prefixes, segmenter, new GazetteerEntry(line.substring(kindEnd + 1), kind, code, countryNames.get(code)));
        }
        for (String line : CAPITALS) {
            String code = line.substring(0, 2);
            add(byKey, prefixes, segmenter, new GazetteerEntry(line.substring(3), GazetteerKind.CAPITAL, code,
                    countryNames.get(code)));
        }
        for (String line : INSTITUTIONS) {
            String code = line.substring(0, 2);
            int bar = line.indexOf('|');
            String name = line.substring(3, bar);
            // stored without the article, as names are tagged without it; lookups of "the Kremlin" strip it
            add(byKey, prefixes, segmenter, new GazetteerEntry(name.startsWith("the ") ? name.substring(4) : name,
                    GazetteerKind.INSTITUTION, code, line.substring(bar + 1)));
        }
        for (Map.Entry<String, String> language : languageCountries(countryNames).entrySet()) {
            String code = language.getValue();
            add(byKey, prefixes, segmenter, new GazetteerEntry(language.getKey(), GazetteerKind.DEMONYM, code,
                    countryNames.get(code)));
        }
        for (String[] country : derived) {
            for (String demonym : derivedDemonyms(country[1])) {
                add(byKey, prefixes, segmenter, new GazetteerEntry(demonym, GazetteerKind.DEMONYM, country[0], country[1]));
                add(byKey, prefixes, segmenter, new GazetteerEntry(demonym + "s", GazetteerKind.DEMONYM, country[0],
                        country[1]));
            }
        }
        return new Gazetteer(Collections.unmodifiableMap(byKey), prefixes);
    }

    /** First entry for a key wins, so country names beat derived demonyms and aliases beat locale data. */
    private static void add(Map<Long, GazetteerEntry> byKey, List<Long> prefixes, Segmenter segmenter,
            GazetteerEntry entry) {
        if (entry.refersTo() == null) {
            return;
        }
        Segmentation seg = segmenter.segment(entry.name());
        int n = seg.tokens().size();
        if (n == 0 || n > MAX_TOKENS) {
            return;
        }
        long h = SEED;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                h = mix(h, ' ');
            }
            Token t = seg.tokens().get(i);
            h = hashLower(h, seg.text(), t.start(), t.end());
            if (i + 1 < n) {
                prefixes.add(h);
            }
        }
        byKey.putIfAbsent(h, entry);
    }

    /**
     * Language display name → country, for languages whose available locales name one country, or whose
     * code is also a country code of one of them ("fr" and FR, "ru" and RU).
     */
    private static Map<String, String> languageCountries(Map<String, String> countryNames) {
        Map<String, Set<String>> countriesOf = new HashMap<>();
        for (Locale l : Locale.getAvailableLocales()) {
            if (!l.getLanguage().isEmpty() && !l.getCountry().isEmpty() && countryNames.containsKey(l.getCountry())) {
                countriesOf.computeIfAbsent(l.getLanguage(), k -> new TreeSet<>()).add(l.getCountry());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : new java.util.TreeMap<>(countriesOf).entrySet()) {
            String same = e.getKey().toUpperCase(Locale.ROOT);
            String country = e.getValue().size() == 1 ? e.getValue().iterator().next()
                    : e.getValue().contains(same) ? same : null;
            String name = new Locale(e.getKey()).getDisplayLanguage(Locale.ENGLISH);
            if (country != null && !name.isEmpty() && !name.equals(e.getKey()) && name.indexOf(' ') < 0) {
                out.put(name, country);
            }
        }
        return out;
    }

    /** Demonyms derived from a one-word country name by English suffix rules; may produce non-words. */
    static List<String> derivedDemonyms(String country) {
        if (country.indexOf(' ') >= 0 || country.length() < 4) {
            return List.of();
        }
        String lower = country.toLowerCase(Locale.ROOT);
        char last = lower.charAt(lower.length() - 1);
        if (lower.endsWith("stan") || lower.endsWith("q") || lower.endsWith("el") || lower.endsWith("en")
                || lower.endsWith("ain")) {
            return List.of(country + "i");
        }
        if (lower.endsWith("ia") || lower.endsWith("a")) {
            return List.of(country + "n");
        }
        if (last == 'o') {
            return List.of(country.substring(0, country.length() - 1) + "an");
        }
        if (last == 'y') {
            return List.of(country.substring(0, country.length() - 1) + "ian");
        }
        if (last == 'e') {
            return List.of(country.substring(0, country.length() - 1) + "ian");
        }
        return List.of(country + "ian");
    }
}
