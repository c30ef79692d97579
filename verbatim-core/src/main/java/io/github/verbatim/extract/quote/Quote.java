package io.github.verbatim.extract.quote;

/**
 * One top-level quotation found by the {@link QuoteScanner}, as UTF-16 ranges of the original text.
 *
 * @param start        first char of the quotation, its opening mark when it has one
 * @param end          end of the quotation, after its closing mark when it has one
 * @param contentStart first char inside the marks, white space skipped
 * @param contentEnd   end of the last char inside the marks, white space skipped; {@code > contentStart}
 * @param single       true when delimited by single marks (‘ ’, ' ', ‹ ›)
 * @param repaired     true when an opening or closing mark was missing and the scanner chose the boundary
 */
public record Quote(int start, int end, int contentStart, int contentEnd, boolean single, boolean repaired) {
    public Quote {
        if (start < 0 || contentStart < start || contentEnd <= contentStart || end < contentEnd) {
            throw new IllegalArgumentException("invalid quote " + start + "/" + contentStart + ".." + contentEnd
                    + "/" + end);
        }
    }
}
