package io.github.verbatim.eval;

/**
 * How one page's extraction compares with its gold record.
 *
 * @param page      the page file, relative to the data set folder
 * @param text      shingle match of the main text
 * @param english   whether the gold text is English
 * @param titleOk   whether the title matched (after normalising case, spaces, quotes, dashes and invisible characters)
 * @param dateOk    whether the publication day matched; null when the gold has no date
 * @param predictedTitle the title extracted
 * @param goldTitle the gold title
 */
public record HtmlPageScore(String page, ShingleScore text, boolean english, boolean titleOk, Boolean dateOk,
                            String predictedTitle, String goldTitle) {
}
