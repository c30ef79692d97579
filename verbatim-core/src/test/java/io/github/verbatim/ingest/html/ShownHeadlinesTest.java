package io.github.verbatim.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ShownHeadlinesTest {

    private static ShownHeadlines shown(String body) {
        return ShownHeadlines.of(Jsoup.parse("<html><body>" + body + "</body></html>"));
    }

    @Test
    void articleHeadingsAreShown() {
        ShownHeadlines s = shown("<article><header><h1>Storm hits the coast</h1></header><h2>What we know</h2>"
                + "<p itemprop=headline>Marked headline</p><div itemprop='headline name'>Also marked</div></article>");
        assertTrue(s.shows("Storm hits the coast"));
        assertTrue(s.shows("What we know"));
        assertTrue(s.shows("Marked headline"));
        assertTrue(s.shows("Also marked"));
        assertFalse(s.shows("Storm hits"));
    }

    @Test
    void comparesAsAReaderWould() {
        ShownHeadlines s = shown("<h1>Trump’s „Big” Day –\u2060 Magisk</h1>");
        assertTrue(s.shows("trump's \"big\" day - magisk"));
        // punctuation between a kicker and its headline is not part of what the reader reads
        assertTrue(shown("<h2><span>Neue Schule</span> <span>Judy Lybke</span></h2>").shows("Neue Schule: Judy Lybke"));
        // nothing to read is nothing shown
        assertFalse(shown("<h1>– – –</h1>").shows("- - - -"));
    }

    @Test
    void navigationBreadcrumbsLinksTeasersAndHiddenHeadingsAreNotShown() {
        ShownHeadlines s = shown("<nav><h1>In nav</h1></nav>"
                + "<div class=breadcrumbs><h1>In breadcrumb</h1></div>"
                + "<ul><li><h1 class=breadcrumb__headline>In list item</h1></li></ul>"
                + "<a href=/other><h2>In link</h2></a>"
                + "<div class='ArticleModuleTeaser_title'><h2>In teaser</h2></div>"
                + "<div class=related-stories><h2>In related</h2></div>"
                + "<h2 hidden>Hidden attribute</h2><h2 aria-hidden=true>Aria hidden</h2>"
                + "<h2 style='display: none'>Display none</h2><h2 class='d-none'>Bootstrap hidden</h2>"
                + "<div class='l-navbar__title'><h2>In navbar</h2></div>"
                + "<div class='overflow-hidden'><h2>Overflow is not hidden</h2></div>");
        for (String off : new String[] {"In nav", "In breadcrumb", "In list item", "In link", "In teaser",
            "In related", "Hidden attribute", "Aria hidden", "Display none", "Bootstrap hidden", "In navbar"}) {
            assertFalse(s.shows(off), off);
        }
        assertTrue(s.shows("Overflow is not hidden"));
    }

    @Test
    void aHeadlineBehindAKickerIsShownOnItsOwn() {
        ShownHeadlines s = shown("<h2><span class=kicker>Neue Leipziger Schule</span>"
                + "<span aria-hidden=true> - </span><span class=headline>Judy Lybke, ganz und gar nicht eigenartig</span></h2>");
        assertTrue(s.shows("Judy Lybke, ganz und gar nicht eigenartig"));
        assertTrue(s.shows("Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig"));
        assertEquals("Judy Lybke, ganz und gar nicht eigenartig", s.headings().get(0).headlinePart());
        // a styled last word is no kicker structure: the first part is text, not an element
        ShownHeadlines styled = shown("<h1>Nordmann dømt <span>til livstid</span></h1>");
        assertFalse(styled.shows("til livstid"));
        // nor is a part longer than the last one
        assertFalse(shown("<h1><span>A long first part of the heading</span><span>Short</span></h1>").shows("Short"));
    }

    @Test
    void readsAtMostTheBoundedNumberOfHeadings() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < ShownHeadlines.MAX_HEADINGS + 50; i++) {
            body.append("<h2>Heading number ").append(i).append("</h2>");
        }
        ShownHeadlines s = shown(body.toString());
        assertEquals(ShownHeadlines.MAX_HEADINGS, s.headings().size());
        assertTrue(s.shows("Heading number 0"));
        assertFalse(s.shows("Heading number " + (ShownHeadlines.MAX_HEADINGS + 10)));
    }

    private static final String[][] WRAPPERS = {
        // {open, close, shown?}
        {"<div>", "</div>", "y"}, {"<article>", "</article>", "y"}, {"<header class=article-header>", "</header>", "y"},
        {"<main>", "</main>", "y"}, {"<section class=overflow-hidden>", "</section>", "y"},
        {"<nav>", "</nav>", "n"}, {"<a href=/x>", "</a>", "n"}, {"<ul><li>", "</li></ul>", "n"},
        {"<div class=breadcrumb>", "</div>", "n"}, {"<div class='teaser big'>", "</div>", "n"},
        {"<aside>", "</aside>", "n"}, {"<footer>", "</footer>", "n"}, {"<div hidden>", "</div>", "n"},
        {"<div style='display:none'>", "</div>", "n"}, {"<div id=main-menu>", "</div>", "n"},
    };

    @Test
    void randomPagesShowExactlyTheHeadingsWithNoOffStageWrapper() {
        Random random = new Random(4_2026_1128L);
        for (int round = 0; round < 400; round++) {
            StringBuilder body = new StringBuilder();
            int headings = 1 + random.nextInt(6);
            boolean[] expected = new boolean[headings];
            for (int h = 0; h < headings; h++) {
                int depth = random.nextInt(4);
                boolean onStage = true;
                StringBuilder close = new StringBuilder();
                for (int d = 0; d < depth; d++) {
                    String[] w = WRAPPERS[random.nextInt(WRAPPERS.length)];
                    body.append(w[0]);
                    close.insert(0, w[1]);
                    onStage &= w[2].equals("y");
                }
                String tag = random.nextBoolean() ? "h1" : "h2";
                body.append('<').append(tag).append(">Headline ").append(round).append(' ').append(h)
                        .append(" words</").append(tag).append('>').append(close);
                expected[h] = onStage;
            }
            ShownHeadlines s = shown(body.toString());
            for (int h = 0; h < headings; h++) {
                assertEquals(expected[h], s.shows("Headline " + round + " " + h + " words"), body.toString());
            }
            assertFalse(s.shows("Headline " + round + " " + headings + " words"), "never a heading not on the page");
        }
    }
}
