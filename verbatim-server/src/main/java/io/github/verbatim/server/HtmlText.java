package io.github.verbatim.server;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a pasted HTML page into article text: the title, then each block element's text as its own
 * paragraph (blank-line separated). Scripts, styles and navigation are dropped; nothing is fetched.
 */
final class HtmlText {

    /** The title and text of {@code html}. */
    record Extracted(String title, String text) {
    }

    private HtmlText() {
    }

    static Extracted of(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg").remove();
        Element body = doc.body();
        StringBuilder sb = new StringBuilder();
        for (Element block : body.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td")) {
            if (!block.select("p, li, blockquote").isEmpty() && !block.is("li, td")) {
                continue;
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                sb.append(t).append("\n\n");
            }
        }
        if (sb.length() == 0) {
            sb.append(body.text().strip());
        }
        String title = doc.title().isBlank() ? null : doc.title().strip();
        return new Extracted(title, sb.toString().strip());
    }
}
