package io.github.verbatim.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds a news page's main text and returns it as paragraphs.
 *
 * <p>Three passes over the parsed page, all iterative (no recursion, so DOM depth cannot overflow the stack):
 * <ol>
 *   <li><b>Prune</b> what is never article text: scripts, forms, navigation, asides, footers, hidden elements,
 *       media, and elements whose class, id or role names boilerplate (share bars, related stories, comments,
 *       cookie banners, newsletters, ads) unless the name also says content.</li>
 *   <li><b>Score</b> containers: every text block (paragraph, heading, quote, list item, text-bearing div)
 *       gives its parent and, decaying, its ancestors a score from its length and commas; containers gain or
 *       lose by tag and by class/id hints, and lose by the share of their text inside links. The best container
 *       wins, together with siblings that score close to it.</li>
 *   <li><b>Emit</b> the winner's text blocks in document order as paragraphs, dropping blocks that are mostly
 *       links or are stock boilerplate lines ("Advertisement", "Read more"), and keeping {@code <blockquote>}s.
 *       A lead paragraph just before the winner (a standfirst, teaser or summary) is kept too.</li>
 * </ol>
 * The document is modified; pass a page you no longer need. Stateless and thread-safe.
 */
public final class MainContentExtractor {

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "form", "button", "select", "input", "textarea", "nav", "aside",
            "footer", "link", "meta", "dialog", "audio", "video", "picture", "img", "figcaption", "label", "menu",
            "map", "head");

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
            "tbody", "thead", "tfoot", "tr", "td", "th", "figure", "figcaption", "hr", "address", "center",
            "details", "summary", "aside", "nav", "footer", "form", "fieldset", "body", "caption");

    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)(^|[\\s_-])(ad|ads|advert|advertisement|adslot|ad-slot|banner|breadcrumbs?|combx|comments?|"
                    + "commentary|community|cookies?|consent|gdpr|disqus|extra|footer|legends|menu|navbar|"
                    + "navigation|nav|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|socials|"
                    + "sponsor|sponsored|supplemental|pagination|pager|popup|modal|overlay|newsletter|subscribe|"
                    + "subscription|share|sharing|sharebar|share-bar|toolbar|outbrain|taboola|recommended|"
                    + "recommendations|more-stories|most-popular|popular|trending|tags|tag-list|taglist|"
                    + "keywords|signup|sign-up|print|promo|teaser-list|byline|author-info|author-bio|"
                    + "bio|caption|credit|credits|copyright|hidden|visually-hidden|sr-only|widget|"
                    + "jump-link|skip|app-download|login|also-read|read-more|readmore|read-also|infobox|"
                    + "related-content|player|video|gallery|slideshow|carousel|icon|meta|dateline|timestamp|date|"
                    + "embed|(?:media|video|audio)-?(?:info|player|meta|caption|credit|duration|expiry))"
                    + "($|[\\s_-])");
    private static final Pattern STRONG_NEGATIVE = Pattern.compile(
            "(?i)comment(?!ary)|related|recommend|newsletter|cookie|consent|outbrain|taboola|popular|trending|promo");
    /** Names that say "article text", strong enough to keep an element that also says "comments". */
    private static final Pattern STRONG_LIKELY = Pattern.compile("(?i)article|body|content|story|entry|prose|text");
    private static final Pattern LIKELY = Pattern.compile(
            "(?i)and|article|body|column|content|main|shadow|story|text|entry|post|prose|rich");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text|"
                    + "paragraph|copy");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)-ad-|hidden|^hid$|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|"
                    + "meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
                    + "tags|tool|widget|teaser|recommend|newsletter|cookie|consent|byline|caption|nav|menu|"
                    + "social|subscribe");
    private static final Pattern LEAD = Pattern.compile(
            "(?i)lead|intro|standfirst|summary|teaser|subtitle|sub-title|subhead|deck|dek|description|"
                    + "abstract|excerpt|kicker|synopsis|perex|chapo");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?iu)^\\W*(advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|"
                    + "reklame|reklama|annons|mainos|read more|read also|also read|see also|related|"
                    + "share|share this|share this article|follow us|subscribe|sign up|click here|"
                    + "lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|weiterlesen|"
                    + "lire aussi|à lire aussi|leer más|lea también|leggi anche|"
                    + "les også|läs också|zum thema|more|continue reading|weiter|reklam|czytaj więcej|czytaj też|"
                    + "přečtěte si také|čtěte také|weitere informationen|mehr informationen|lees ook|lees meer|"
                    + "læs også|les mer|leia mais|leia também|читайте также|читать далее|devamını oku|"
                    + "e-mail|email|teilen|twitter|facebook|whatsapp|linkedin|telegram|pinterest|feedback|"
                    + "drucken|kommentare|comments|fehler melden|remove ads|don't want to see this\\? remove ads|"
                    + "image|photo|foto|bild|video|audio|getty images|reuters|afp|dpa|ap)\\W*$");
    private static final double SCOPE_BONUS = 1.5;
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…:]\\W*$");
    private static final Pattern HIDDEN_CLASS = Pattern.compile(
            "(?i)(^|\\s)(hidden|is-hidden|d-none|visually-hidden|sr-only|screen-reader-text|invisible)(\\s|$)");
    /** A date: "22.04.2024", "2024-04-22", "2025年1月14日", "28. April 2024", "April 28, 2024". */
    private static final Pattern DATE = Pattern.compile(
            "(?u)\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}年\\s?\\d{1,2}月\\s?\\d{1,2}日"
                    + "|\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?\\s+\\d{4}|\\p{L}{3,10}\\.?\\s+\\d{1,2},?\\s+\\d{4}");
    /** A clock time: "06:00", "01時28分", "14.26 Uhr". */
    private static final Pattern CLOCK = Pattern.compile("(?u)\\b\\d{1,2}(?::\\d{2}|時\\s?\\d{1,2}分|\\.\\d{2}\\s?Uhr)");
    /** A byline line: "By Jane Doe", "Von Nina Magoley". */
    private static final Pattern BYLINE = Pattern.compile(
            "(?u)^(?:By|BY|Von|VON|Par|Por|Di|Da|Av|Af|Door|Autor:|Author:)\\s+\\p{Lu}[\\p{L}.'’-]*(?:[\\s,]+(?:and|und|et|y|e|og|och|en|&)?\\s*\\p{Lu}[\\p{L}.'’-]*){0,5}$");
    private static final Pattern COMMAS = Pattern.compile("[,，、،]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B]+");

    private MainContentExtractor() {
    }

    /** The main text of {@code doc} as paragraphs, each trimmed and whitespace-collapsed; empty when none. */
    public static List<String> extract(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        Element headline = body.selectFirst("h1");
        Element scope = headline == null ? null : headline.closest("article, main, [role=main]");
        prune(body);
        Map<Element, Double> scores = score(body);
        if (scope != null && scope.parent() != null) {
            // the headline's own article or main element is where its story is
            scores.replaceAll((e, v) -> v > 0 && (e == scope || isAncestor(scope, e)) ? v * SCOPE_BONUS : v);
        }
        Element top = sharedAncestor(scores, best(scores, body), body);
        List<Element> chosen = withSiblings(top, scores);
        List<String> paragraphs = new ArrayList<>();
        Element lead = lead(body, top, chosen);
        if (lead != null) {
            emit(lead, paragraphs);
        }
        for (Element e : chosen) {
            emit(e, paragraphs);
        }
        return dropTinyRuns(dedupeAdjacent(paragraphs));
    }

    // ---- pass 1: prune ------------------------------------------------------------------------------------

    private static void prune(Element body) {
        List<Element> doomed = new ArrayList<>();
        int total = paragraphText(body);
        int bodyText = body.text().length();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("form")) {
                // some frameworks (ASP.NET) wrap the whole page in one form
                if (e.text().length() * 2 < bodyText) {
                    doomed.add(e);
                }
                continue;
            }
            if (DROP_TAGS.contains(tag)) {
                doomed.add(e);
                continue;
            }
            if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.hasText()
                    || HIDDEN_CLASS.matcher(e.className()).find()
                    || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
                // streaming renderers park the real article in a hidden element until scripts move it
                if (paragraphText(e) * 3 < total || total == 0) {
                    doomed.add(e);
                }
                continue;
            }
            String role = e.attr("role").toLowerCase(Locale.ROOT);
            if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
                    || role.equals("banner") || role.equals("dialog") || role.equals("alert")) {
                doomed.add(e);
                continue;
            }
            if (tag.equals("figure") && e.selectFirst("blockquote, p") == null) {
                doomed.add(e);
                continue;
            }
            if (tag.equals("header") && !hasAncestor(e, "article", "article")) {
                doomed.add(e);
                continue;
            }
            if (tag.equals("article") || tag.equals("main") || tag.equals("html")) {
                continue;
            }
            String hint = hint(e);
            boolean unlikely = UNLIKELY.matcher(hint).find() && !LIKELY.matcher(hint).find()
                    || STRONG_NEGATIVE.matcher(hint).find() && !STRONG_LIKELY.matcher(hint).find();
            if (!hint.isEmpty() && unlikely && !e.hasAttr("itemprop") && !holdsProse(e, hint)
                    && e.text().length() * 5 < bodyText * 2) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /**
     * Whether an element with a boilerplate-sounding name still holds article prose: three or more long
     * paragraphs, little of it linked. Layout names ("sidebar-grid") wrap articles too; comment threads do not
     * count.
     */
    private static boolean holdsProse(Element e, String hint) {
        if (STRONG_NEGATIVE.matcher(hint).find()) {
            return false;
        }
        int paragraphs = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= 80 && linkDensity(p) < 0.2 && ++paragraphs >= 3) {
                return true;
            }
        }
        return false;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static String hint(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty()) {
            return id;
        }
        return id.isEmpty() ? cls : cls + " " + id;
    }

    // ---- pass 2: score ------------------------------------------------------------------------------------

    private static Map<Element, Double> score(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            String text;
            if (tag.equals("p") || tag.equals("pre") || tag.equals("blockquote")) {
                if (tag.equals("p") && hasAncestor(e, "p", "blockquote")) {
                    continue;
                }
                text = e.text();
            } else if (tag.equals("div") || tag.equals("section") || tag.equals("td") || tag.equals("article")
                    || tag.equals("span") && e.parent() != null && !e.parent().normalName().equals("p")) {
                text = e.ownText();
            } else {
                continue;
            }
            int len = text.length();
            if (len < 25) {
                continue;
            }
            double s = 1 + count(COMMAS, text) + Math.min(len / 100.0, 3.0);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++) {
                double share = level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
                scores.merge(ancestor, initial(ancestor) + share, (a, b) -> a + share);
                ancestor = ancestor.parent();
            }
        }
        scores.replaceAll((e, s) -> s * (1 - linkDensity(e)));
        return scores;
    }

    private static double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String hint = hint(e);
        if (!hint.isEmpty()) {
            if (NEGATIVE.matcher(hint).find()) {
                s -= 25;
            }
            if (POSITIVE.matcher(hint).find()) {
                s += 25;
            }
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            s += 50;
        }
        return s;
    }

    private static Element best(Map<Element, Double> scores, Element body) {
        Element top = body;
        double best = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            if (en.getValue() > best || en.getValue() == best && isAncestor(en.getKey(), top)) {
                best = en.getValue();
                top = en.getKey();
            }
        }
        return top;
    }

    /**
     * When the best few candidates (three within 75% of the winner, or two separate ones within 90%) are parts
     * of one body split up by wrappers or ads, their nearest common ancestor is the article; Readability makes
     * a similar correction.
     */
    private static Element sharedAncestor(Map<Element, Double> scores, Element top, Element body) {
        double topScore = scores.getOrDefault(top, 0.0);
        List<Element> near = scores.entrySet().stream().filter(en -> en.getValue() >= topScore * 0.75)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(5).map(Map.Entry::getKey)
                .toList();
        List<Element> disjoint = new ArrayList<>();
        for (Element e : near) {
            boolean nested = false;
            for (Element d : disjoint) {
                nested |= isAncestor(d, e) || isAncestor(e, d);
            }
            if (!nested) {
                disjoint.add(e);
            }
        }
        boolean twins = disjoint.size() >= 2 && scores.get(disjoint.get(1)) >= topScore * 0.9;
        if (!twins && near.size() < 3) {
            return top;
        }
        Element common = near.get(0);
        for (Element e : near.subList(1, near.size())) {
            while (common != null && common != e && !isAncestor(common, e)) {
                common = common.parent();
            }
        }
        if (common == null || common == body || common.normalName().equals("html")) {
            return top;
        }
        return common;
    }

    /** Whether an ancestor of {@code e} is a {@code tag1} or {@code tag2} element (a cheap {@code closest}). */
    private static boolean hasAncestor(Element e, String tag1, String tag2) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String name = p.normalName();
            if (name.equals(tag1) || name.equals(tag2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Element a, Element b) {
        for (Element p = b.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double s = scores.getOrDefault(sibling, 0.0);
            if (!top.className().isEmpty() && sibling.className().equals(top.className())) {
                s += topScore * 0.2;
            }
            if (s >= threshold) {
                out.add(sibling);
                continue;
            }
            String tag = sibling.normalName();
            if (tag.equals("p") || tag.equals("blockquote")) {
                String text = sibling.text();
                double ld = linkDensity(sibling);
                if (text.length() > 80 && ld < 0.25
                        || text.length() > 0 && ld == 0 && text.matches("(?s).*[.!?。！？]\\s*$")) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /** A lead paragraph (standfirst, teaser) just before the chosen content, outside it, in the same article. */
    private static Element lead(Element body, Element top, List<Element> chosen) {
        Element scope = top.closest("article");
        if (scope == null || scope == top) {
            scope = top.parent() != null && top.parent() != body ? top.parent() : null;
        }
        if (scope == null) {
            return null;
        }
        for (Element e : scope.getAllElements()) {
            if (e == top) {
                return null;
            }
            if (e == scope || !LEAD.matcher(hint(e)).find() || insideAny(e, chosen)) {
                continue;
            }
            String text = e.text();
            if (text.length() >= 40 && text.length() <= 1500 && linkDensity(e) < 0.2
                    && e.select("h1").isEmpty() && !containsAny(e, chosen)) {
                return e;
            }
        }
        return null;
    }

    private static boolean insideAny(Element e, List<Element> roots) {
        for (Element r : roots) {
            if (r == e || isAncestor(r, e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(Element e, List<Element> roots) {
        for (Element r : roots) {
            if (isAncestor(e, r)) {
                return true;
            }
        }
        return false;
    }

    // ---- pass 3: emit -------------------------------------------------------------------------------------

    private static void emit(Element root, List<String> out) {
        ParagraphCollector collector = new ParagraphCollector(out);
        NodeTraversor.traverse(collector, root);
        collector.flush();
    }

    /** Walks a subtree, cutting paragraphs at block boundaries and {@code <br>}, measuring link text. */
    private static final class ParagraphCollector implements NodeVisitor {
        private final List<String> out;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int inLink;
        private int inHeading;

        ParagraphCollector(List<String> out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (!s.isEmpty()) {
                    appendText(s);
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                flush();
            } else if (BLOCK_TAGS.contains(tag)) {
                flush();
            }
            if (tag.equals("a")) {
                inLink++;
            }
            if (tag.equals("h1")) {
                inHeading++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
            }
            if (tag.equals("a")) {
                inLink--;
            }
            if (tag.equals("h1")) {
                inHeading--;
            }
        }

        private void appendText(String s) {
            int before = text.length();
            String collapsed = SPACES.matcher(s).replaceAll(" ");
            if (text.length() > 0 && text.charAt(text.length() - 1) == ' ' && collapsed.startsWith(" ")) {
                collapsed = collapsed.substring(1);
            }
            text.append(collapsed);
            if (inLink > 0) {
                linkChars += text.length() - before;
            }
        }

        void flush() {
            String p = text.toString().trim();
            int links = linkChars;
            boolean heading = inHeading > 0;
            text.setLength(0);
            linkChars = 0;
            if (p.isEmpty() || heading) {
                return;
            }
            double density = (double) links / p.length();
            if (density > 0.5 && p.length() < 400 || density > 0.8) {
                return;
            }
            if (p.length() < 80 && (BOILERPLATE_LINE.matcher(p).matches() || isDateStamp(p)
                    || BYLINE.matcher(p).matches())) {
                return;
            }
            out.add(p);
        }
    }

    /**
     * Drops runs of three or more tiny paragraphs (four words or fewer, no sentence end): tag lists, share
     * bars, table cells and menus, not prose. Also drops paragraphs without a letter or digit.
     */
    private static List<String> dropTinyRuns(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        int i = 0;
        while (i < paragraphs.size()) {
            int j = i;
            while (j < paragraphs.size() && isTiny(paragraphs.get(j))) {
                j++;
            }
            if (j - i >= 3) {
                i = j;
                continue;
            }
            for (int k = i; k < Math.max(j, i + 1); k++) {
                if (HAS_WORD.matcher(paragraphs.get(k)).find()) {
                    out.add(paragraphs.get(k));
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static boolean isTiny(String p) {
        return p.length() < 40 && p.split("\\s+").length <= 4 && !SENTENCE_END.matcher(p).find();
    }

    /** A short line holding a date and a clock time and little else: a timestamp, not prose. */
    private static boolean isDateStamp(String p) {
        return p.length() < 90 && DATE.matcher(p).find() && CLOCK.matcher(p).find()
                && p.split("\\s+").length <= 12;
    }

    private static List<String> dedupeAdjacent(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) {
                out.add(p);
            }
        }
        return out;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    private static int count(Pattern p, String s) {
        var m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
