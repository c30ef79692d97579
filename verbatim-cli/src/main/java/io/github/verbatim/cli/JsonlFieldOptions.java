package io.github.verbatim.cli;

import io.github.verbatim.ingest.jsonl.JsonlFields;
import picocli.CommandLine.Option;

/**
 * The JSON Lines field-name options, as a picocli {@code @Mixin} for any verb that reads inputs. Defaults read
 * {@code ../shared/news/news-mix.jsonl.gz} as it is.
 */
public final class JsonlFieldOptions {

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
            description = "JSON Lines field holding the article id (default: ${DEFAULT-VALUE}).")
    String id;

    @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
            description = "JSON Lines field holding the article text (default: ${DEFAULT-VALUE}).")
    String text;

    @Option(names = "--url-field", paramLabel = "NAME", defaultValue = "url",
            description = "JSON Lines field holding the URL (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--date-field", paramLabel = "NAME", defaultValue = "date",
            description = "JSON Lines field holding the publication date (default: ${DEFAULT-VALUE}).")
    String date;

    @Option(names = "--title-field", paramLabel = "NAME", defaultValue = "title",
            description = "JSON Lines field holding the headline (default: ${DEFAULT-VALUE}).")
    String title;

    /** The configured field names. */
    public JsonlFields fields() {
        return JsonlFields.DEFAULTS.withId(id).withText(text).withUrl(url).withDate(date).withTitle(title);
    }
}
