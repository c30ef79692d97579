package io.github.verbatim.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataTitleTest {

    private static String title(String head, String body) {
        return MetadataExtractor.extract(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://www.example-news.com/a/1")).title();
    }

    @Test
    void jsonLdHeadlineComesFirstWithEntitiesDecoded() {
        assertEquals("Google's search makeover", title(
                "<meta property=og:title content='Search gets a makeover'><title>Search | Example News</title>"
                        + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"Google&#039;s search makeover\"}</script>",
                "<h1>Google's search makeover</h1>"));
        // neither shown on the page: the JSON-LD headline still comes first
        assertEquals("Google's search makeover", title(
                "<meta property=og:title content='Search gets a makeover'>"
                        + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"Google&#039;s search makeover\"}</script>", "<p>Body text</p>"));
    }

    private static final String TWO_HEADLINES = "<meta property=og:title content='Pendler zahlen 60 Prozent weniger'>"
            + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Pendler sparen 60 Prozent bei Bus und Bahn\"}</script>";

    @Test
    void theHeadlineThePageShowsDecidesBetweenDisagreeingJsonLdAndOpenGraph() {
        // only the Open Graph headline is on the page: it is the one readers see
        assertEquals("Pendler zahlen 60 Prozent weniger", title(TWO_HEADLINES,
                "<article><h1>Pendler zahlen 60 Prozent weniger</h1><p>Text</p></article>"));
        // the JSON-LD one sits in the breadcrumb trail, the Open Graph one is the article's heading
        assertEquals("Pendler zahlen 60 Prozent weniger", title(TWO_HEADLINES,
                "<nav class=breadcrumb><h1>Pendler sparen 60 Prozent bei Bus und Bahn</h1></nav>"
                        + "<article><h2><span class=kicker>49-Euro-Ticket</span>"
                        + "<span class=headline>Pendler zahlen 60 Prozent weniger</span></h2></article>"));
        // an og:title that is only the site's name, shown as the logo heading, is no headline
        assertEquals("Pendler sparen 60 Prozent bei Bus und Bahn", title(
                "<meta property=og:title content='Example News'><meta property=og:site_name content='Example News'>"
                        + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"Pendler sparen 60 Prozent bei Bus und Bahn\"}</script>",
                "<header><h1 class=logo>Example News</h1></header>"));
        // both shown, or the Open Graph one only in a teaser or link: the JSON-LD headline stays
        assertEquals("Pendler sparen 60 Prozent bei Bus und Bahn", title(TWO_HEADLINES,
                "<h1>Pendler sparen 60 Prozent bei Bus und Bahn</h1><h2>Pendler zahlen 60 Prozent weniger</h2>"));
        assertEquals("Pendler sparen 60 Prozent bei Bus und Bahn", title(TWO_HEADLINES,
                "<div class=teaser><h2>Pendler zahlen 60 Prozent weniger</h2></div>"
                        + "<a href=/x><h2>Pendler zahlen 60 Prozent weniger</h2></a>"));
    }

    @Test
    void aKickerTheJsonLdHeadlineFoldsInIsDroppedWhenThePageSetsItApart() {
        String head = "<meta property=og:title content='Judy Lybke, ganz und gar nicht eigenartig'>"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig\"}</script>";
        assertEquals("Judy Lybke, ganz und gar nicht eigenartig", title(head,
                "<article><h2><span class=article__kicker>Neue Leipziger Schule</span>"
                        + "<span class=article__headline>Judy Lybke, ganz und gar nicht eigenartig</span></h2></article>"));
        // the page shows the kicker run into the headline: nothing tells the label apart, the JSON-LD stays
        assertEquals("Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig", title(head,
                "<article><h1>Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig</h1></article>"));
        // not a kicker: the shorter title is not what follows a label and a separator
        assertEquals("Judy Lybke ist ganz und gar nicht eigenartig", title(
                "<meta property=og:title content='nicht eigenartig'>"
                        + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"Judy Lybke ist ganz und gar nicht eigenartig\"}</script>",
                "<h1>Judy Lybke ist ganz und gar nicht eigenartig</h1><h2>nicht eigenartig</h2>"));
    }

    @Test
    void aLiveBlogIsTitledByItsOpenGraphStoryNotItsRunningCoverageLabel() {
        String ld = "<script type=application/ld+json>{\"@type\":\"%s\","
                + "\"headline\":\"UK riots LIVE: Plymouth stand-off as 3 cops injured\"}</script>";
        String og = "<meta property=og:title content='Protesters throw stones in Plymouth as 3 cops injured'>";
        String body = "<article><h1>UK riots LIVE: Plymouth stand-off as 3 cops injured</h1></article>";
        assertEquals("Protesters throw stones in Plymouth as 3 cops injured",
                title(String.format(ld, "LiveBlogPosting") + og, body));
        // the same sources on an ordinary article: the JSON-LD headline the page shows stays
        assertEquals("UK riots LIVE: Plymouth stand-off as 3 cops injured",
                title(String.format(ld, "NewsArticle") + og, body));
        // a live blog whose og:title is only the site's name keeps its headline
        assertEquals("UK riots LIVE: Plymouth stand-off as 3 cops injured", title(String.format(ld, "LiveBlogPosting")
                + "<meta property=og:title content='Example News'><meta property=og:site_name content='Example News'>",
                body));
    }

    private static final String LABELLED = "<meta property=og:title content='Iranischer Angriff auf Israel: "
            + "«Die Zurückhaltung hat viel mit den USA zu tun»'>";

    @Test
    void aLabelOnlyTheMetadataCarriesIsDroppedWhenThePageShowsTheHeadlineUnderAnotherOne() {
        assertEquals("«Die Zurückhaltung hat viel mit den USA zu tun»", title(LABELLED,
                "<article><h1><span class=kicker>Eskalation im Nahen Osten</span> - "
                        + "<span>«Die Zurückhaltung hat viel mit den USA zu tun»</span></h1></article>"));
        // the page shows the same label over the headline: the label is part of the title as published
        assertEquals("Iranischer Angriff auf Israel: «Die Zurückhaltung hat viel mit den USA zu tun»", title(LABELLED,
                "<article><h1><span class=kicker>Iranischer Angriff auf Israel</span>"
                        + "<span>«Die Zurückhaltung hat viel mit den USA zu tun»</span></h1></article>"));
        // the page shows the labelled title whole somewhere: nothing to drop
        assertEquals("Iranischer Angriff auf Israel: «Die Zurückhaltung hat viel mit den USA zu tun»", title(LABELLED,
                "<h1>Iranischer Angriff auf Israel: «Die Zurückhaltung hat viel mit den USA zu tun»</h1>"
                        + "<h2><span>Eskalation im Nahen Osten</span><span>«Die Zurückhaltung hat viel mit den USA zu tun»"
                        + "</span></h2>"));
        // a heading that is only the headline, with no label of its own, says nothing about the label
        assertEquals("Iranischer Angriff auf Israel: «Die Zurückhaltung hat viel mit den USA zu tun»", title(LABELLED,
                "<h1>«Die Zurückhaltung hat viel mit den USA zu tun»</h1>"));
    }

    @Test
    void aSectionGluedOnWithAnUnspacedHyphenIsCutWhenAnotherSourceLeavesItOut() {
        assertEquals("장동혁, 한동훈 제명했지만 부담 커졌다", title(
                "<meta property=og:title content='장동혁, 한동훈 제명했지만 부담 커졌다-정치ㅣ한국일보'>"
                        + "<meta property=og:site_name content='한국일보'>"
                        + "<meta name=headline content='장동혁, 한동훈 제명했지만 부담 커졌다'>", ""));
        // without the confirming source the hyphenated word stays whole
        assertEquals("Fury und Usyk kämpfen um Schwergewichts-Krone", title(
                "<meta property=og:title content='Fury und Usyk kämpfen um Schwergewichts-Krone'>", ""));
    }

    @Test
    void openGraphThenH1ThenDocumentTitleWithSiteNamesRemoved() {
        assertEquals("Fury und Usyk kämpfen um Schwergewichts-Krone", title(
                "<meta property=og:title content='Fury und Usyk kämpfen um Schwergewichts-Krone | Example News'>"
                        + "<meta property=og:site_name content='Example News'>", ""));
        assertEquals("Visible headline", title("<title>Other - Example News</title>", "<h1>Visible headline</h1>"));
        assertEquals("Only the title", title("<title>Only the title – example-news.com</title>", ""));
    }

    @Test
    void aOneWordSectionLabelOtherSourcesLeaveOutIsDropped() {
        assertEquals("Bubi-Bomber wieder da", title(
                "<meta property=og:title content='Bubi-Bomber wieder da'>"
                        + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"Bubi-Bomber wieder da | Sport\"}</script>", ""));
        // a longer clause is part of the headline even when another source shortens it
        assertEquals("Wann sie sind - und wie das Wetter wird", title(
                "<meta property=og:title content='Wann sie sind'>"
                        + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"Wann sie sind - und wie das Wetter wird\"}</script>", ""));
    }

    private static final String[] PIECES = {"Storm hits coast", "Pendler zahlen weniger", "Sport", "News",
        "Example News", "example-news.com", "Kicker", "Schwergewichts-Krone", "„Zitat“", "2024", "x"};
    private static final String[] JOINS = {" | ", " - ", ": ", "-", " ", " – ", "ㅣ"};

    private static String randomTitle(Random random) {
        StringBuilder t = new StringBuilder(PIECES[random.nextInt(PIECES.length)]);
        for (int i = random.nextInt(3); i > 0; i--) {
            t.append(JOINS[random.nextInt(JOINS.length)]).append(PIECES[random.nextInt(PIECES.length)]);
        }
        return t.toString();
    }

    @Test
    void randomPagesGetATitleCutFromOneOfTheirSourcesNeverLongerThanIt() {
        Random random = new Random(20261128L);
        for (int round = 0; round < 2000; round++) {
            List<String> sources = new ArrayList<>();
            StringBuilder head = new StringBuilder("<meta property=og:site_name content='Example News'>");
            StringBuilder body = new StringBuilder();
            if (random.nextBoolean()) {
                String ld = randomTitle(random);
                sources.add(ld);
                head.append("<script type=application/ld+json>{\"@type\":\"")
                        .append(random.nextBoolean() ? "NewsArticle" : "LiveBlogPosting").append("\",\"headline\":\"")
                        .append(ld).append("\"}</script>");
            }
            String[] metas = {"og:title", "twitter:title", "headline"};
            for (String m : metas) {
                if (random.nextBoolean()) {
                    String v = randomTitle(random);
                    sources.add(v);
                    head.append("<meta property='").append(m).append("' content='").append(v).append("'>");
                }
            }
            String doc = randomTitle(random);
            sources.add(doc);
            head.append("<title>").append(doc).append("</title>");
            for (int h = random.nextInt(3); h > 0; h--) {
                String heading = random.nextBoolean() && !sources.isEmpty()
                        ? sources.get(random.nextInt(sources.size())) : randomTitle(random);
                sources.add(heading);
                String wrap = random.nextBoolean() ? "nav" : "article";
                String label = "";
                if (random.nextBoolean()) {
                    String kicker = PIECES[random.nextInt(PIECES.length)];
                    sources.add(kicker + " " + heading);
                    label = "<span>" + kicker + "</span> ";
                }
                body.append('<').append(wrap).append("><h1>").append(label).append(heading).append("</h1></")
                        .append(wrap).append('>');
            }
            String title = title(head.toString(), body.toString());
            assertNotNull(title, head.toString());
            assertTrue(!title.isBlank(), head.toString());
            boolean fromASource = false;
            for (String source : sources) {
                fromASource |= source.contains(title) && title.length() <= source.length();
            }
            assertTrue(fromASource, "title " + title + " is not cut from any of " + sources);
        }
    }
}
