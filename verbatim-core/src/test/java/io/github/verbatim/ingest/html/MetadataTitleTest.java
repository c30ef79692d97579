package io.github.verbatim.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                "<h1>Search gets a makeover</h1>"));
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
}
