package io.github.verbatim.ingest.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the site's name from the ends of a page title: "Headline | The Site", "SITE - Headline",
 * "Headline – site.com". A segment is cut only when it is separated from the rest by a separator with space on
 * both sides ({@code |}, {@code -}, {@code –}, {@code —}, {@code ·}, {@code ::}, {@code »}, {@code ›},
 * {@code •}) or by a mark that never occurs inside a word ({@code |}, full-width {@code ｜} and {@code ：},
 * Korean {@code ㅣ}), and only when the segment names the site or is a bare date ("28.04.2023"): it equals one of the site's names (letters and
 * digits compared, case and accents folded), is that name plus a domain ending ("Globalnews.ca"), or its
 * words run inside the name's words ("SRF" in "Schweizer Radio und Fernsehen (SRF)") or the name's words
 * inside its own with at most two more ("Metro News" for "Metro"), or three more when the name starts or ends
 * the segment ("Die Neue Südtiroler Tageszeitung" for "tageszeitung"). An unspaced hyphen never separates, so a
 * title is never cut inside a word ("Schwergewichts-Krone"), and a headline's own dash clause ("Wann sie
 * sind - und wie das Wetter wird") stays. The result is never empty: a title that is nothing but site names
 * is returned whole. Immutable and thread-safe.
 */
final class SiteNameStripper {

    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s+(?:[|\\-–—·»›•]|::)\\s+|\\s*[|｜ㅣ：]\\s*");
    private static final Pattern DATE = Pattern.compile(
            "\\d{1,2}[./]\\d{1,2}[./](?:\\d{2}|\\d{4})|\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{2}/\\d{2}");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DOMAIN_END = Pattern.compile("[a-z]{2,3}(?:[a-z]{2})?");

    private final List<String> foldedNames;
    private final List<List<String>> nameWords;

    /** A stripper for a site going by {@code names} (blank and null names are ignored). */
    SiteNameStripper(List<String> names) {
        List<String> folded = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            String f = fold(name);
            if (!f.isEmpty()) {
                folded.add(f);
                words.add(words(name));
            }
        }
        this.foldedNames = List.copyOf(folded);
        this.nameWords = List.copyOf(words);
    }

    /** {@code title} without the site names at either end; null stays null. */
    String strip(String title) {
        if (title == null) {
            return null;
        }
        String current = title.trim();
        boolean cut = true;
        while (cut) {
            cut = false;
            List<int[]> seps = separators(current);
            if (seps.isEmpty()) {
                break;
            }
            int[] last = seps.get(seps.size() - 1);
            String tail = current.substring(last[1]).trim();
            String beforeTail = current.substring(0, last[0]).trim();
            if (!beforeTail.isEmpty() && namesSite(tail)) {
                current = beforeTail;
                cut = true;
                continue;
            }
            int[] first = seps.get(0);
            String head = current.substring(0, first[0]).trim();
            String afterHead = current.substring(first[1]).trim();
            if (!afterHead.isEmpty() && namesSite(head)) {
                current = afterHead;
                cut = true;
            }
        }
        return current.isEmpty() ? title : current;
    }

    /** The separators of {@code title} as [start, end) pairs, in order. */
    private static List<int[]> separators(String title) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            if (m.start() > 0 && m.end() < title.length()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /** Whether {@code segment} is one of the site's names (see the class contract). */
    boolean namesSite(String segment) {
        if (DATE.matcher(segment.trim()).matches()) {
            return true;
        }
        String fs = fold(segment);
        if (fs.isEmpty()) {
            return false;
        }
        List<String> segWords = words(segment);
        for (int i = 0; i < foldedNames.size(); i++) {
            String fn = foldedNames.get(i);
            List<String> nw = nameWords.get(i);
            if (fs.equals(fn)) {
                return true;
            }
            if (fs.startsWith(fn) && DOMAIN_END.matcher(fs.substring(fn.length())).matches()
                    && segment.contains(".")) {
                return true;
            }
            if (!segWords.isEmpty() && Collections.indexOfSubList(nw, segWords) >= 0) {
                return true;
            }
            int at = nw.isEmpty() ? -1 : Collections.indexOfSubList(segWords, nw);
            int extra = segWords.size() - nw.size();
            if (at >= 0 && (extra <= 2 || extra <= 3 && (at == 0 || at == extra))) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case letters and digits only, accents and umlauts folded ("Börsen-Zeitung" → "boersenzeitung"). */
    static String fold(String s) {
        return String.join("", words(s));
    }

    /** The folded words of {@code s}: lower case, umlauts spelled out, accents dropped. */
    static List<String> words(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        List<String> out = new ArrayList<>(Arrays.asList(WORD_BREAK.split(t)));
        out.removeIf(String::isEmpty);
        return out;
    }
}
