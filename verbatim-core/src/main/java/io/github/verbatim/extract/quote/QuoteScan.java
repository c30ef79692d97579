package io.github.verbatim.extract.quote;

import java.util.List;

/**
 * What the {@link QuoteScanner} found in one text: the top-level quotations in text order (nested ones are
 * part of their enclosing quotation) and a note for every repair of an unbalanced mark.
 */
public record QuoteScan(List<Quote> quotes, List<String> repairs) {
    public QuoteScan {
        quotes = List.copyOf(quotes);
        repairs = List.copyOf(repairs);
    }
}
