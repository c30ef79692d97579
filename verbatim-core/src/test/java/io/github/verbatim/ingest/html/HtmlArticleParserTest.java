package io.github.verbatim.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.model.ArticleMetadata;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {

    private static final HtmlArticleParser PARSER = new HtmlArticleParser(InputLimits.DEFAULTS);

    private static final String PAGE = """
            <!doctype html><html lang="en-GB"><head><meta charset="utf-8">
            <title>Minister resigns over budget | The Daily Example</title>
            <meta property="og:site_name" content="The Daily Example">
            <meta property="og:title" content="Minister resigns over budget">
            <meta name="author" content="Jane Reporter">
            <link rel="canonical" href="https://example.com/news/minister-resigns">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Minister resigns over budget","datePublished":"2024-05-03T22:47:42+02:00"}</script>
            </head><body>
            <div class="cookie-banner"><p>We use cookies to improve your experience on this site, accept?</p></div>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
            <article><h1>Minister resigns over budget</h1>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <div class="article-body">
                <p>The finance minister resigned on Friday after the budget was rejected, officials said.</p>
                <p>"I take full responsibility for this outcome," she told reporters in the capital, adding that
                   she would stay on until a successor was found.</p>
                <blockquote>We will not cut pensions, not now and not ever.</blockquote>
                <p>Opposition leaders welcomed the move, but said the government had lost its mandate and
                   called for an early election before the end of the year.</p>
              </div>
              <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Budget row deepens in parliament</a></li>
                <li><a href="/b">What the rejected budget contained</a></li></ul></div>
            </article>
            <section id="comments" class="comments"><p>Reader one: this is a disgrace, she should have gone months ago, frankly.</p></section>
            <footer><p>Copyright The Daily Example 2024. All rights reserved, everywhere, forever.</p></footer>
            </body></html>
            """;

    private static ReadOutcome.Read read(String html) {
        ReadOutcome o = PARSER.parse(html.getBytes(StandardCharsets.UTF_8), "page.html", "page.html",
                HtmlArticleParser.Origin.NONE);
        return assertInstanceOf(ReadOutcome.Read.class, o, () -> o.toString());
    }

    @Test
    void keepsArticleParagraphsAndQuotesAndDropsBoilerplate() {
        String text = read(PAGE).article().text();
        List<String> paragraphs = List.of(text.split("\n\n"));
        assertEquals(4, paragraphs.size(), text);
        assertTrue(paragraphs.get(0).startsWith("The finance minister resigned"));
        assertTrue(paragraphs.get(1).startsWith("\"I take full responsibility"));
        assertEquals("We will not cut pensions, not now and not ever.", paragraphs.get(2));
        for (String junk : List.of("cookies", "Home", "Share on", "Related", "Budget row", "Reader one",
                "Copyright", "Minister resigns over budget")) {
            assertFalse(text.contains(junk), junk + " leaked into: " + text);
        }
    }

    @Test
    void readsMetadataFromMetaTagsJsonLdAndLinks() {
        ArticleMetadata m = read(PAGE).article().metadata();
        assertEquals("Minister resigns over budget", m.title());
        assertEquals("Jane Reporter", m.byline());
        assertEquals(LocalDate.of(2024, 5, 3), m.published(), "the day as written, not shifted to UTC");
        assertEquals("https://example.com/news/minister-resigns", m.url());
        assertEquals("en-GB", m.language());
        assertEquals("The Daily Example", m.outlet());
    }

    @Test
    void fallsBackToTimeElementAndStripsSiteNameFromTitle() {
        String html = "<html><head><title>Storm hits coast - Coastal Times</title>"
                + "<meta property='og:site_name' content='Coastal Times'></head><body><div>"
                + "<time datetime='2023-11-02T08:00:00Z'>2 Nov</time>"
                + "<p>A storm hit the coast on Thursday, flooding streets and cutting power to thousands of homes.</p>"
                + "</div></body></html>";
        ArticleMetadata m = read(html).article().metadata();
        assertEquals(LocalDate.of(2023, 11, 2), m.published());
        assertEquals("Storm hits coast", m.title());
    }

    @Test
    void dateFromOddMetaNamesAndFromTheUrlPath() {
        String body = "<body><p>The bridge reopened to traffic on Tuesday after months of repair work, officials said.</p></body>";
        ArticleMetadata colons = read("<html><head><meta name='article:published:time' content='2024-10-23T15:48:15+00:00'>"
                + "</head>" + body + "</html>").article().metadata();
        assertEquals(LocalDate.of(2024, 10, 23), colons.published());
        ArticleMetadata fromUrl = read("<html><head><link rel='canonical' href='https://example.org/2025/04/01/bridge/'>"
                + "</head>" + body + "</html>").article().metadata();
        assertEquals(LocalDate.of(2025, 4, 1), fromUrl.published());
    }

    @Test
    void wrongDeclaredCharsetIsCorrectedAndReported() {
        String html = "<html><head><meta charset='iso-8859-1'></head><body><p>Der Bürgermeister sagte: „Wir"
                + " schaffen das“, und die Straße blieb gesperrt, bis die Feuerwehr den Schaden geprüft hatte.</p>"
                + "</body></html>";
        ReadOutcome.Read r = assertInstanceOf(ReadOutcome.Read.class, PARSER.parse(
                html.getBytes(StandardCharsets.UTF_8), "p", "p", HtmlArticleParser.Origin.NONE));
        assertTrue(r.article().text().contains("Bürgermeister sagte: „Wir schaffen das“"), r.article().text());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("charset-mismatch")), r.notes().toString());
    }

    @Test
    void undeclaredLegacyCharsetIsSniffed() {
        String html = "<html><body><p>Le président a déclaré que la réforme des retraites serait appliquée dès"
                + " l'été, malgré les grèves qui paralysent le pays depuis des semaines et la colère des élèves.</p>"
                + "</body></html>";
        byte[] latin = html.getBytes(Charset.forName("windows-1252"));
        ReadOutcome.Read r = assertInstanceOf(ReadOutcome.Read.class,
                PARSER.parse(latin, "p", "p", HtmlArticleParser.Origin.NONE));
        assertTrue(r.article().text().contains("président a déclaré"), r.article().text());
    }

    @Test
    void httpHeaderCharsetWinsOverMetaAndBomWinsOverAll() {
        String body = "<html><head><meta charset='utf-8'></head><body><p>Çà et là, les élèves écoutaient"
                + " le maître raconter l'histoire du château pendant que la pluie tombait sur les toits.</p></body></html>";
        byte[] latin = body.getBytes(Charset.forName("windows-1252"));
        DecodedPage viaHeader = PageDecoder.decode(latin, "text/html; charset=windows-1252");
        assertEquals("http", viaHeader.source());
        assertTrue(viaHeader.html().contains("Çà et là"));
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        DecodedPage viaBom = PageDecoder.decode(withBom, "text/html; charset=windows-1252");
        assertEquals("bom", viaBom.source());
        assertTrue(viaBom.html().contains("Çà et là"));
    }

    @Test
    void leftoverMojibakeIsReportedNotHidden() {
        String mojibake = "<html><body><p>Der BÃ¼rgermeister sagte, die StraÃŸe bleibe gesperrt, "
                + "weil die BrÃ¼cke beschÃ¤digt sei und niemand sie betreten dÃ¼rfe.</p></body></html>";
        ReadOutcome.Read r = read(mojibake);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("mojibake")), r.notes().toString());
    }

    @Test
    void dropsTimestampsBylinesAndHiddenBoxesButKeepsDatedSentences() {
        String html = "<html><body><div class='story'>"
                + "<p>Stand: 22.04.2024, 06:00 Uhr</p><p>Von Nina Magoley</p>"
                + "<p>Am 3. Mai 2024 trat er zurück.</p>"
                + "<div class='premium-box hidden'><p>This content is reserved for subscribers only, subscribe now.</p></div>"
                + "<p>The council met again on Monday, and the vote was postponed until the summer recess ended.</p>"
                + "</div></body></html>";
        assertEquals("Am 3. Mai 2024 trat er zurück.\n\nThe council met again on Monday, and the vote was postponed"
                + " until the summer recess ended.", read(html).article().text());
    }

    @Test
    void scriptRenderedPagesFallBackToEmbeddedText() {
        String sentence = "The mayor said the new tram line would open in spring, two years later than planned. ";
        String ld = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + sentence.repeat(6) + "\\n" + sentence.repeat(3) + "\"}</script></head><body><div id='root'></div>"
                + "</body></html>";
        ReadOutcome.Read fromLd = read(ld);
        assertEquals(2, fromLd.article().text().split("\n\n").length, fromLd.article().text());
        assertTrue(fromLd.notes().stream().anyMatch(n -> n.startsWith("embedded-text")));
        String flight = "<html><body><div id='app'></div><script>self.__next_f.push([1,\"<p>" + sentence.repeat(4)
                + "</p><p>" + sentence.repeat(3) + "</p>\"])</script><script>self.__next_f.push([1,\"0:{\\\"P\\\":null,"
                + "\\\"b\\\":\\\"" + "x".repeat(500) + "\\\"}\"])</script></body></html>";
        ReadOutcome.Read fromFlight = read(flight);
        assertEquals((sentence.repeat(4).strip() + "\n\n" + sentence.repeat(3).strip()), fromFlight.article().text());
    }

    @Test
    void pageWithoutTextIsSkipped() {
        ReadOutcome o = PARSER.parse("<html><body><nav><a href='/'>Home</a></nav></body></html>"
                .getBytes(StandardCharsets.UTF_8), "p", "p", HtmlArticleParser.Origin.NONE);
        assertEquals("no-content", assertInstanceOf(ReadOutcome.Skipped.class, o).reason());
    }

    /** Seeded random pages: every article paragraph survives, in order, and no boilerplate does. */
    @Test
    void randomPagesKeepEveryArticleParagraphInOrder() {
        Random random = new Random(42);
        String[] words = "the minister said on tuesday that government would review policy after protests in city"
                .split(" ");
        for (int page = 0; page < 50; page++) {
            List<String> paragraphs = new ArrayList<>();
            StringBuilder html = new StringBuilder("<html><body><header><a href='/'>Logo</a></header>");
            html.append("<div class='sidebar'><ul>");
            for (int i = 0; i < 5; i++) {
                html.append("<li><a href='/x").append(i).append("'>Sidebar link number ").append(i).append("</a></li>");
            }
            html.append("</ul></div><div class='").append(random.nextBoolean() ? "story-body" : "content")
                    .append("'>");
            int n = 3 + random.nextInt(8);
            for (int p = 0; p < n; p++) {
                StringBuilder s = new StringBuilder("Paragraph " + p);
                int len = 15 + random.nextInt(40);
                for (int w = 0; w < len; w++) {
                    s.append(w % 9 == 8 ? ", " : " ").append(words[random.nextInt(words.length)]);
                }
                s.append('.');
                paragraphs.add(s.toString());
                html.append(random.nextInt(6) == 0 ? "<blockquote>" + s + "</blockquote>" : "<p>" + s + "</p>");
            }
            html.append("</div><footer><p>Footer text that is long enough to count as a paragraph of text.</p>"
                    + "</footer></body></html>");
            assertEquals(String.join("\n\n", paragraphs), read(html.toString()).article().text(), "page " + page);
        }
    }
}
