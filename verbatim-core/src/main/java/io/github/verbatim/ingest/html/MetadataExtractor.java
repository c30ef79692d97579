package io.github.verbatim.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a page's {@link PageMetadata} from its {@code <meta>} tags (Open Graph, Twitter, Dublin Core,
 * {@code article:*}, {@code itemprop}), its JSON-LD article objects, {@code <time>} elements, {@code <h1>},
 * {@code <title>}, {@code <html lang>} and {@code rel=canonical}. Must run on the unmodified parsed page.
 * Stateless and thread-safe.
 */
public final class MetadataExtractor {

    private static final String[] DATE_META = {
        "article:published_time", "og:article:published_time", "og:published_time", "datePublished",
        "article.published", "published_time", "publish-date", "publish_date", "publishdate", "pubdate",
        "date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "sailthru.date",
        "parsely-pub-date", "cxenseparse:recs:publishtime", "article_date_original", "displaydate",
        "og:updated_time", "article:modified_time", "dateModified", "last-modified",
    };

    private static final Pattern SECTION_TAIL = Pattern.compile("\\s*[|/\\-–—·]\\s*[\\p{L}\\p{N}]+\\s*");
    private static final Pattern KICKER_END = Pattern.compile(".*[\\p{L}\\p{N}\"'!?.)]\\s*(?::|\\s[|/-])\\s+");
    private static final Pattern KICKER_SEPARATOR = Pattern.compile("(?<=[\\p{L}\\p{N}\"'!?.)»“”])\\s*:\\s+|\\s[|/\\-–—]\\s+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[-_.]|$)");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MetadataExtractor() {
    }

    /** The metadata of {@code doc}; the JSON-LD objects are passed in so they are parsed once per page. */
    static PageMetadata extract(Document doc, List<JsonNode> jsonLd) {
        List<JsonNode> articles = new ArrayList<>();
        for (JsonNode n : jsonLd) {
            if (JsonLd.isArticle(n)) {
                articles.add(n);
            }
        }
        String siteName = siteName(doc, jsonLd, articles);
        return new PageMetadata(title(doc, articles, siteName), byline(doc, articles),
                published(doc, articles, jsonLd),
                canonical(doc), language(doc, articles), siteName);
    }

    /** The metadata of a parsed page. */
    public static PageMetadata extract(Document doc) {
        return extract(doc, JsonLd.objects(doc));
    }

    /**
     * The headline. The candidates, in order of trust: the JSON-LD article headline (the article's own headline as
     * the publisher's CMS states it), the Open Graph title, the page's first {@code <h1>}, the Twitter title, a
     * {@code <meta name=headline>} and the document title. Site names ({@link #siteNames} and the JSON-LD
     * publishers) are removed from every candidate but the {@code <h1>} by {@link SiteNameStripper}; a candidate
     * shorter than four characters is passed over. The first candidate is taken, with five corrections:
     * <ol>
     * <li>when the JSON-LD headline and the Open Graph title are two different headlines, the Open Graph title
     * is more than the site's name, and the JSON-LD article is a {@code LiveBlogPosting}, the Open Graph title is
     * taken: a live blog's headline is the standing label of its running coverage ("UK riots LIVE: …"), the Open
     * Graph title the story it tells;</li>
     * <li>when the JSON-LD headline and the Open Graph title are two different headlines, the Open Graph title
     * is more than the site's name, and the page shows its reader only the Open Graph one as a heading of its own
     * story ({@link ShownHeadlines}: not in navigation, breadcrumbs, teasers or hidden), the Open Graph title is
     * taken: the headline on the page is the one the editors wrote for readers, the other an alternative written
     * for search engines;</li>
     * <li>under the same first two conditions, when the JSON-LD headline is the Open Graph title with a kicker label before it ("Neue Leipziger
     * Schule: Judy Lybke…") and the page shows the Open Graph title as a heading or as the headline part of a
     * heading that sets its kicker apart, the Open Graph title is taken: the kicker is a label over the
     * headline, not part of it;</li>
     * <li>when the chosen candidate is "Label: Headline", the page never shows it whole and shows the headline
     * under another label as a kicker + headline heading, the headline alone is taken
     * ({@link #withoutUnshownLabel}): the label is one only the metadata carries;</li>
     * <li>when the chosen candidate is another candidate plus one trailing word after a separator ("Headline |
     * Sport", "…커졌다-정치"), that word is a section label the other source leaves out, and the shorter candidate
     * is taken. An unspaced hyphen counts here only because another source confirms the cut.</li>
     * </ol>
     */
    static String title(Document doc, List<JsonNode> articles, String siteName) {
        List<String> names = siteNames(doc, siteName);
        for (JsonNode a : articles) {
            String publisher = JsonLd.text(a, "publisher");
            if (publisher != null && !publisher.startsWith("http")) {
                names.add(publisher);
            }
        }
        SiteNameStripper stripper = new SiteNameStripper(names);
        List<String> candidates = new ArrayList<>();
        String declared = null;
        boolean liveBlog = false;
        for (JsonNode a : articles) {
            String ld = JsonLd.text(a, "headline");
            if (ld != null) {
                declared = stripper.strip(clean(Parser.unescapeEntities(ld, false)));
                liveBlog = JsonLd.isLiveBlog(a);
                break;
            }
        }
        String openGraph = stripper.strip(meta(doc, "og:title"));
        candidates.add(declared);
        candidates.add(openGraph);
        Element headline = doc.selectFirst("h1");
        candidates.add(headline == null ? null : clean(headline.text()));
        candidates.add(stripper.strip(meta(doc, "twitter:title")));
        candidates.add(stripper.strip(meta(doc, "headline")));
        candidates.add(stripper.strip(clean(doc.title())));
        candidates.removeIf(c -> c == null || c.length() < 4);
        if (candidates.isEmpty()) {
            return stripper.strip(clean(doc.title()));
        }
        String chosen = candidates.get(0);
        ShownHeadlines shown = null;
        if (usable(declared) && usable(openGraph) && !stripper.namesSite(openGraph)
                && !ShownHeadlines.key(declared).equals(ShownHeadlines.key(openGraph))) {
            if (liveBlog) {
                chosen = openGraph;
            } else {
                shown = ShownHeadlines.of(doc);
                chosen = pageDecides(shown, declared, openGraph);
            }
        }
        if (KICKER_SEPARATOR.matcher(chosen).find()) {
            chosen = withoutUnshownLabel(shown == null ? ShownHeadlines.of(doc) : shown, chosen);
        }
        for (String other : candidates) {
            if (other.length() < chosen.length() && chosen.startsWith(other)
                    && SECTION_TAIL.matcher(chosen.substring(other.length())).matches()) {
                chosen = other;
                break;
            }
        }
        return chosen;
    }

    /**
     * Between a JSON-LD headline and a different Open Graph title, the one the page shows: the Open Graph title
     * when only it is shown, or when the JSON-LD headline is it with a kicker before it and it is shown; else the
     * JSON-LD headline.
     */
    private static String pageDecides(ShownHeadlines shown, String declared, String openGraph) {
        boolean openGraphShown = shown.shows(openGraph);
        if (openGraphShown && (!shown.shows(declared) || isKickerOf(declared, openGraph))) {
            return openGraph;
        }
        return declared;
    }

    /**
     * {@code title} without the label before its headline when the page shows that headline under another label
     * and never shows the title whole: "Iranischer Angriff auf Israel: «Die israelische Zurückhaltung…»" on a page
     * whose heading is "Eskalation im Nahen Osten - «Die israelische Zurückhaltung…»" is the headline with a label
     * only the metadata carries. Else {@code title} unchanged.
     */
    static String withoutUnshownLabel(ShownHeadlines shown, String title) {
        if (shown.shows(title)) {
            return title;
        }
        Matcher m = KICKER_SEPARATOR.matcher(title);
        while (m.find()) {
            String label = ShownHeadlines.letters(title.substring(0, m.start()));
            String rest = title.substring(m.end()).trim();
            String restLetters = ShownHeadlines.letters(rest);
            if (label.isEmpty() || restLetters.isEmpty()) {
                continue;
            }
            for (ShownHeadlines.Heading h : shown.headings()) {
                String whole = ShownHeadlines.letters(h.text());
                if (h.headlinePart() != null && ShownHeadlines.letters(h.headlinePart()).equals(restLetters)
                        && whole.endsWith(restLetters)
                        && !whole.substring(0, whole.length() - restLetters.length()).equals(label)) {
                    return rest;
                }
            }
        }
        return title;
    }

    /** Whether {@code longer} is {@code headline} with a label and a separator before it ("Kicker: Headline"). */
    static boolean isKickerOf(String longer, String headline) {
        String l = ShownHeadlines.key(longer);
        String h = ShownHeadlines.key(headline);
        return l.length() > h.length() && l.endsWith(h)
                && KICKER_END.matcher(l.substring(0, l.length() - h.length())).matches();
    }

    private static boolean usable(String candidate) {
        return candidate != null && candidate.length() >= 4;
    }

    /**
     * Every name the site goes by: {@code og:site_name} (or the publisher name passed in),
     * {@code application-name}, {@code twitter:site}, {@code apple-mobile-web-app-title}, and the main label of
     * the canonical host, or of the page's own address when it declares none ("boersen-zeitung").
     */
    static List<String> siteNames(Document doc, String siteName) {
        List<String> names = new ArrayList<>();
        if (siteName != null) {
            names.add(siteName);
        }
        for (String n : new String[] {meta(doc, "application-name"), meta(doc, "twitter:site"),
                meta(doc, "apple-mobile-web-app-title")}) {
            if (n != null) {
                names.add(n.replace("@", ""));
            }
        }
        String url = canonical(doc);
        if (url == null && doc.location().matches("(?i)https?://.+")) {
            url = doc.location();
        }
        if (url != null) {
            try {
                String host = java.net.URI.create(url.replace(" ", "%20")).getHost();
                if (host != null) {
                    String[] labels = host.split("\\.");
                    if (labels.length >= 2) {
                        names.add(labels[labels.length - 2]);
                    }
                }
            } catch (IllegalArgumentException e) {
                // not a usable URL; the other names remain
            }
        }
        return names;
    }

    static String byline(Document doc, List<JsonNode> articles) {
        for (JsonNode a : articles) {
            String author = JsonLd.text(a, "author");
            if (author != null && !author.startsWith("http")) {
                return author;
            }
        }
        String meta = meta(doc, "author", "article:author", "dc.creator", "sailthru.author", "parsely-author",
                "byl");
        if (meta != null && !meta.startsWith("http")) {
            return meta;
        }
        Element e = doc.selectFirst("[rel=author], [itemprop=author], [class*=byline], [class*=author-name]");
        if (e != null) {
            String t = clean(e.text());
            if (t != null && t.length() <= 200) {
                return t;
            }
        }
        return null;
    }

    static LocalDate published(Document doc, List<JsonNode> articles, List<JsonNode> all) {
        List<JsonNode> sources = new java.util.ArrayList<>(articles);
        for (JsonNode n : all) {
            if (!articles.contains(n) && n.has("datePublished") && !JsonLd.types(n).contains("WebSite")) {
                sources.add(n);
            }
        }
        for (JsonNode a : sources) {
            LocalDate d = DateText.parse(JsonLd.text(a, "datePublished"));
            if (d != null) {
                return d;
            }
        }
        for (String name : DATE_META) {
            LocalDate d = DateText.parse(meta(doc, name));
            if (d != null && !name.contains("modified") && !name.contains("updated")) {
                return d;
            }
        }
        for (Element time : doc.select("time[pubdate], article time[datetime], time[itemprop=datePublished], "
                + "time[datetime]")) {
            LocalDate d = DateText.parse(time.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        for (JsonNode a : articles) {
            LocalDate d = DateText.parse(JsonLd.text(a, "dateCreated"));
            if (d != null) {
                return d;
            }
        }
        for (String name : DATE_META) {
            LocalDate d = DateText.parse(meta(doc, name));
            if (d != null) {
                return d;
            }
        }
        for (JsonNode a : articles) {
            LocalDate d = DateText.parse(JsonLd.text(a, "dateModified"));
            if (d != null) {
                return d;
            }
        }
        String url = canonical(doc);
        if (url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                return DateText.parse(m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3)));
            }
        }
        return null;
    }

    private static String pad(String two) {
        return two.length() == 1 ? "0" + two : two;
    }

    static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && !link.attr("abs:href").isEmpty()) {
            return link.attr("abs:href");
        }
        if (link != null && link.attr("href").trim().matches("(?i)https?://.+")) {
            return link.attr("href").trim();
        }
        String og = meta(doc, "og:url");
        // a relative link with no base to resolve it against names nothing
        return og != null && og.matches("(?i)https?://.+") ? og : null;
    }

    static String language(Document doc, List<JsonNode> articles) {
        String raw = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (raw.isBlank()) {
            raw = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("xml:lang");
        }
        if (raw.isBlank()) {
            Element m = doc.selectFirst("meta[http-equiv~=(?i)content-language][content]");
            raw = m == null ? "" : m.attr("content");
        }
        if (raw.isBlank()) {
            for (JsonNode a : articles) {
                String l = JsonLd.text(a, "inLanguage");
                if (l != null) {
                    raw = l;
                    break;
                }
            }
        }
        if (raw.isBlank()) {
            String l = meta(doc, "og:locale");
            raw = l == null ? "" : l;
        }
        return languageTag(raw);
    }

    /** {@code de_DE}, {@code de-de}, {@code DE} → {@code de-DE}, {@code de-DE}, {@code de}; null for junk. */
    static String languageTag(String raw) {
        String s = raw.trim().replace('_', '-');
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma).trim();
        }
        if (s.isEmpty()) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(s).build();
            String tag = locale.toLanguageTag();
            return tag.equals("und") ? null : tag;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    static String siteName(Document doc, List<JsonNode> all, List<JsonNode> articles) {
        String og = meta(doc, "og:site_name", "application-name", "al:android:app_name");
        if (og != null) {
            return og;
        }
        for (JsonNode a : articles) {
            String p = JsonLd.text(a, "publisher");
            if (p != null && !p.startsWith("http")) {
                return p;
            }
        }
        for (JsonNode n : all) {
            List<String> types = JsonLd.types(n);
            if (types.contains("WebSite") || types.contains("NewsMediaOrganization") || types.contains("Organization")) {
                String name = JsonLd.text(n, "name");
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The content of the first meta tag whose property, name or itemprop is one of {@code names}. */
    static String meta(Document doc, String... names) {
        for (String name : names) {
            String wanted = metaKey(name);
            for (Element m : doc.getElementsByTag("meta")) {
                String key = m.hasAttr("property") ? m.attr("property")
                        : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
                if (metaKey(key).equals(wanted)) {
                    String v = clean(m.hasAttr("content") ? m.attr("content") : m.attr("datetime"));
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    /** Meta names compared without case or punctuation: {@code article:published:time} = {@code article_published_time}. */
    private static String metaKey(String name) {
        return NON_ALNUM.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = SPACES.matcher(INVISIBLE.matcher(s.replace('\u00A0', ' ')).replaceAll("")).replaceAll(" ").trim();
        return t.isEmpty() ? null : t;
    }

    static String norm(String s) {
        return s == null ? "" : SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
