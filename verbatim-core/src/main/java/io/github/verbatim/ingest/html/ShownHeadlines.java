package io.github.verbatim.ingest.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The headlines a page shows its reader: the texts of its {@code <h1>} and {@code <h2>} elements and of elements
 * marked {@code itemprop=headline}, leaving out those a reader does not see as this article's headline: inside
 * navigation, breadcrumbs, menus, list items, links, asides, footers and teasers of other stories, or hidden
 * ({@code hidden}, {@code aria-hidden=true}, {@code display:none}, "visually hidden" classes).
 *
 * <p>A heading made of a kicker element followed by the headline ("{@code <h2><span>Neue Leipziger Schule</span>
 * <span>Judy Lybke, ganz und gar nicht eigenartig</span></h2>}") also records its headline part: the last of its
 * visible parts, when the first part is an element and every part before the last is shorter than it.
 *
 * <p>Texts are compared by their letters and digits (NFKC, lower case), so that quotation marks, dashes, spacing,
 * invisible characters and the punctuation a page puts between a kicker and its headline do not matter; a text
 * with no letter or digit is never shown. At most {@link #MAX_HEADINGS} headings are read, so a hostile page costs no
 * more than that. Immutable once built; thread-confined to its caller like the document it was read from.
 */
final class ShownHeadlines {

    /** The most headings read from one page. */
    static final int MAX_HEADINGS = 200;

    private static final Set<String> OFF_STAGE_TAGS = Set.of("nav", "a", "aside", "footer", "li", "menu",
            "template", "noscript");
    private static final Pattern OFF_STAGE_WORD = Pattern.compile("crumb|teaser|related|menu|^nav|nav$|[_-]nav");
    private static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "d-none", "displaynone", "sr-only",
            "visually-hidden", "visuallyhidden", "screen-reader-text", "h-offscreen", "offscreen");
    private static final Pattern QUOTES = Pattern.compile("[\"'‘’‚‛“”„‟«»‹›「」『』`´]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** One shown heading: its whole text and, when it has a kicker, the headline part after it (else null). */
    record Heading(String text, String headlinePart) {
    }

    private final List<Heading> headings;
    private final List<String> keys;

    private ShownHeadlines(List<Heading> headings) {
        this.headings = List.copyOf(headings);
        List<String> k = new ArrayList<>();
        for (Heading h : headings) {
            k.add(letters(h.text()));
            if (h.headlinePart() != null) {
                k.add(letters(h.headlinePart()));
            }
        }
        this.keys = List.copyOf(k);
    }

    /** The headings {@code doc} shows, in document order. */
    static ShownHeadlines of(Document doc) {
        List<Heading> out = new ArrayList<>();
        Element body = doc.body();
        if (body != null) {
            for (Element e : body.select("h1, h2, [itemprop~=(?i)\\bheadline\\b]")) {
                if (out.size() >= MAX_HEADINGS) {
                    break;
                }
                if (onStage(e)) {
                    String text = MetadataExtractor.clean(e.text());
                    if (text != null) {
                        out.add(new Heading(text, headlinePart(e)));
                    }
                }
            }
        }
        return new ShownHeadlines(out);
    }

    /** The shown headings, in document order. */
    List<Heading> headings() {
        return headings;
    }

    /** Whether {@code candidate} is the text of a shown heading or of a heading's headline part. */
    boolean shows(String candidate) {
        if (candidate == null) {
            return false;
        }
        String l = letters(candidate);
        return !l.isEmpty() && keys.contains(l);
    }

    /** The letters and digits of {@code s}, NFKC and lower case: punctuation between kicker and headline ignored. */
    static String letters(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_LETTER.matcher(t).replaceAll("");
    }

    /** {@code s} folded for comparison: NFKC, lower case, one kind of quote and dash, single spaces. */
    static String key(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = INVISIBLE.matcher(t).replaceAll("");
        t = QUOTES.matcher(t).replaceAll("\"");
        t = DASHES.matcher(t).replaceAll("-");
        return SPACES.matcher(t).replaceAll(" ").trim();
    }

    /** Whether a reader sees {@code e} as a headline of the page's own story (see the class contract). */
    private static boolean onStage(Element e) {
        for (Element x = e; x != null && !x.normalName().equals("body"); x = x.parent()) {
            if (OFF_STAGE_TAGS.contains(x.normalName()) || hidden(x)) {
                return false;
            }
            for (String word : SPACES.split(x.className() + " " + x.id())) {
                if (!word.isEmpty() && OFF_STAGE_WORD.matcher(word.toLowerCase(Locale.ROOT)).find()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code x} itself is hidden from the reader by attribute, inline style or a "hidden" class. */
    private static boolean hidden(Element x) {
        if (x.hasAttr("hidden") || "true".equalsIgnoreCase(x.attr("aria-hidden"))
                || x.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
            return true;
        }
        for (String word : SPACES.split(x.className())) {
            if (HIDDEN_CLASSES.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The headline part of a heading with a kicker: its visible child parts (elements and text), when there are
     * at least two, the first is an element, and each part before the last is shorter than the last; else null.
     */
    private static String headlinePart(Element heading) {
        List<String> parts = new ArrayList<>();
        boolean firstIsElement = false;
        for (Node n : heading.childNodes()) {
            String text;
            if (n instanceof Element el) {
                if (hidden(el)) {
                    continue;
                }
                text = MetadataExtractor.clean(el.text());
                if (text != null && parts.isEmpty()) {
                    firstIsElement = true;
                }
            } else if (n instanceof TextNode tn) {
                text = MetadataExtractor.clean(tn.text());
            } else {
                continue;
            }
            if (text != null) {
                parts.add(text);
            }
        }
        if (parts.size() < 2 || !firstIsElement) {
            return null;
        }
        String last = parts.get(parts.size() - 1);
        for (int i = 0; i < parts.size() - 1; i++) {
            if (parts.get(i).length() >= last.length()) {
                return null;
            }
        }
        return last;
    }
}
