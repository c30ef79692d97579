package io.github.verbatim.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.verbatim.index.store.ResultJson;
import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.ingest.html.HtmlArticleParser;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.DocumentResult;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code POST /api/extract}: runs extraction over one pasted article and answers with the JSON Lines contract
 * object for it, plus {@code text} (the text its offsets point into, which for HTML input is the extracted
 * text). The body is either JSON ({@code {"text"| "html", "title"?, "url"?, "outlet"?, "published"?}}) or
 * raw {@code text/plain} / {@code text/html}. HTML goes through the project's page reader
 * ({@link HtmlArticleParser}: metadata and main text, nothing fetched). Bodies over the limit answer 413,
 * invalid UTF-8 or JSON 400, a page without article text 400.
 */
final class ExtractApi {

    private final Function<Article, DocumentResult> extraction;
    private final ServerLimits limits;
    private final HtmlArticleParser htmlParser = new HtmlArticleParser(InputLimits.DEFAULTS);

    ExtractApi(Function<Article, DocumentResult> extraction, ServerLimits limits) {
        this.extraction = Objects.requireNonNull(extraction, "extraction");
        this.limits = limits;
    }

    void handle(Context ctx) throws IOException {
        String body = body(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        Article article;
        if (type.startsWith("application/json")) {
            article = fromJson(body);
        } else if (type.startsWith("text/html")) {
            article = fromHtml(body, ArticleMetadata.EMPTY);
        } else if (type.startsWith("text/plain")) {
            article = plain(body, ArticleMetadata.EMPTY);
        } else {
            throw new ApiException(415, "unsupported_media_type", "send application/json, text/plain or "
                    + "text/html, got '" + (ctx.contentType() == null ? "" : ctx.contentType()) + "'");
        }
        DocumentResult result = extraction.apply(article);
        ObjectNode out = (ObjectNode) ResultJson.tree(ResultJson.write(result));
        out.put("text", article.text());
        Json.send(ctx, out);
    }

    private String body(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limits.maxBodyBytes()) {
            throw tooLarge(declared);
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(limits.maxBodyBytes() + 1);
        }
        if (bytes.length > limits.maxBodyBytes()) {
            throw tooLarge(bytes.length);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("bad_encoding", "the body is not valid UTF-8");
        }
    }

    private ApiException tooLarge(long bytes) {
        return new ApiException(413, "body_too_large", "the body has " + (bytes > limits.maxBodyBytes()
                ? "more than " + limits.maxBodyBytes() : bytes) + " bytes; the limit is " + limits.maxBodyBytes());
    }

    private Article fromJson(String body) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed_json", "the body is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw ApiException.badRequest("malformed_json", "the body must be a JSON object with \"text\" or \"html\"");
        }
        String text = string(n, "text");
        String html = string(n, "html");
        if ((text == null) == (html == null)) {
            throw ApiException.badRequest("bad_parameter", "give exactly one of \"text\" and \"html\"");
        }
        String published = string(n, "published");
        LocalDate date = null;
        if (published != null) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("bad_date", "published must be a date YYYY-MM-DD, got '" + published
                        + "'");
            }
        }
        ArticleMetadata meta = new ArticleMetadata(string(n, "title"), string(n, "url"), date, string(n, "outlet"),
                null);
        return html != null ? fromHtml(html, meta) : plain(text, meta);
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest("bad_parameter", "\"" + field + "\" must be a string");
        }
        return v.asText();
    }

    private Article fromHtml(String html, ArticleMetadata meta) {
        ReadOutcome outcome = htmlParser.parse(html.getBytes(StandardCharsets.UTF_8), "pasted", "pasted page",
                new HtmlArticleParser.Origin("text/html; charset=utf-8", meta.url(), meta.published()));
        if (outcome instanceof ReadOutcome.Skipped skipped) {
            throw ApiException.badRequest("no_content", "no article text found in the HTML (" + skipped.reason()
                    + (skipped.detail() == null ? "" : ": " + skipped.detail()) + ")");
        }
        Article page = ((ReadOutcome.Read) outcome).article();
        ArticleMetadata found = page.metadata();
        ArticleMetadata merged = new ArticleMetadata(meta.title() != null ? meta.title() : found.title(),
                meta.url() != null ? meta.url() : found.url(),
                meta.published() != null ? meta.published() : found.published(),
                meta.outlet() != null ? meta.outlet() : found.outlet(), found.language());
        return plain(page.text(), merged);
    }

    private static Article plain(String text, ArticleMetadata meta) {
        if (text.isBlank()) {
            throw ApiException.badRequest("empty_text", "the article text is empty");
        }
        return new Article("pasted", text, meta);
    }
}
