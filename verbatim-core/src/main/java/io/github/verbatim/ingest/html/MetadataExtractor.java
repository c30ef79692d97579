package io.github.verbatim.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»›•]\\s+|\\s+[|–—·»›•]");
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
        return new PageMetadata(title(doc, articles, siteName), byline(doc, articles), published(doc, articles),
                canonical(doc), language(doc, articles), siteName);
    }

    /** The metadata of a parsed page. */
    public static PageMetadata extract(Document doc) {
        return extract(doc, JsonLd.objects(doc));
    }

    static String title(Document doc, List<JsonNode> articles, String siteName) {
        String og = meta(doc, "og:title", "twitter:title");
        String ld = null;
        for (JsonNode a : articles) {
            ld = JsonLd.text(a, "headline");
            if (ld != null) {
                break;
            }
        }
        String docTitle = clean(doc.title());
        String h1 = null;
        Element headline = doc.selectFirst("article h1, main h1, [itemprop=headline], h1[class*=headline], "
                + "h1[class*=title], h1");
        if (headline != null) {
            h1 = clean(headline.text());
        }
        String reference = og != null ? og : ld != null ? ld : docTitle;
        if (h1 != null && h1.length() >= 8) {
            Elements allH1 = doc.select("h1");
            boolean inArticle = headline.closest("article, main") != null || headline.hasAttr("itemprop");
            boolean agrees = reference != null && (norm(reference).contains(norm(h1))
                    || norm(h1).contains(norm(stripSite(reference, siteName))));
            if (agrees || inArticle || allH1.size() == 1) {
                if (siteName == null || !norm(h1).equals(norm(siteName))) {
                    return h1;
                }
            }
        }
        if (ld != null) {
            return ld;
        }
        if (og != null) {
            return stripSite(og, siteName);
        }
        return docTitle == null ? null : stripSite(docTitle, siteName);
    }

    /** Removes a trailing or leading " | Site Name" from a title. */
    static String stripSite(String title, String siteName) {
        if (title == null) {
            return null;
        }
        var m = TITLE_SEPARATOR.matcher(title);
        List<int[]> seps = new ArrayList<>();
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        if (seps.isEmpty()) {
            return title;
        }
        int[] last = seps.get(seps.size() - 1);
        String tail = title.substring(last[1]).trim();
        String head = title.substring(0, last[0]).trim();
        if (siteName != null && norm(tail).contains(norm(siteName)) || tail.length() * 3 < head.length()) {
            return stripSite(head, siteName).equals(head) ? head : stripSite(head, siteName);
        }
        int[] first = seps.get(0);
        String lead = title.substring(0, first[0]).trim();
        if (siteName != null && norm(lead).equals(norm(siteName))) {
            return title.substring(first[1]).trim();
        }
        return title;
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

    static LocalDate published(Document doc, List<JsonNode> articles) {
        for (JsonNode a : articles) {
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
        return null;
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
            for (Element m : doc.getElementsByTag("meta")) {
                String key = m.hasAttr("property") ? m.attr("property")
                        : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
                if (key.equalsIgnoreCase(name)) {
                    String v = clean(m.hasAttr("content") ? m.attr("content") : m.attr("datetime"));
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = SPACES.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").trim();
        return t.isEmpty() ? null : t;
    }

    static String norm(String s) {
        return s == null ? "" : SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
