package io.github.verbatim.ingest.html;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * An HTML page's bytes decoded to text.
 *
 * @param html    the decoded markup
 * @param charset the charset it was decoded with
 * @param source  how that charset was chosen: {@code bom}, {@code http}, {@code meta}, {@code sniffed} or
 *                {@code default}
 * @param notes   diagnostics, such as a declared charset that proved wrong ({@code charset-mismatch: ...})
 */
public record DecodedPage(String html, Charset charset, String source, List<String> notes) {
    public DecodedPage {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
        notes = List.copyOf(notes);
    }
}
