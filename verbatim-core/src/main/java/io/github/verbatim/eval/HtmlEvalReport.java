package io.github.verbatim.eval;

import java.util.List;
import java.util.Locale;

/**
 * The scores of an HTML extraction run over a data set, with per-page detail.
 *
 * @param pages every page scored, in manifest order
 */
public record HtmlEvalReport(List<HtmlPageScore> pages) {

    public HtmlEvalReport {
        pages = List.copyOf(pages);
    }

    /** Mean per-page shingle F1 over all pages. */
    public double meanF1() {
        return pages.stream().mapToDouble(p -> p.text().f1()).average().orElse(0);
    }

    /** Mean per-page shingle F1 over pages whose gold text is English. */
    public double meanF1English() {
        return pages.stream().filter(HtmlPageScore::english).mapToDouble(p -> p.text().f1()).average().orElse(0);
    }

    public long englishPages() {
        return pages.stream().filter(HtmlPageScore::english).count();
    }

    /** Share of pages whose title is right. */
    public double titleAccuracy() {
        return pages.stream().mapToDouble(p -> p.titleOk() ? 1 : 0).average().orElse(0);
    }

    /**
     * Share of pages whose title has the gold title's words in the gold's order, punctuation aside
     * ({@link HtmlExtractionEvaluator#sameWords}); a looser figure shown beside {@link #titleAccuracy()}.
     */
    public double titleSameWordsAccuracy() {
        return pages.stream().mapToDouble(p -> p.titleOk()
                || HtmlExtractionEvaluator.sameWords(p.predictedTitle(), p.goldTitle()) ? 1 : 0).average().orElse(0);
    }

    /** Share of pages with a gold date whose extracted day is right. */
    public double dateAccuracy() {
        return pages.stream().filter(p -> p.dateOk() != null).mapToDouble(p -> p.dateOk() ? 1 : 0)
                .average().orElse(0);
    }

    public long datedPages() {
        return pages.stream().filter(p -> p.dateOk() != null).count();
    }

    /** Mean precision and recall, for diagnosis. */
    public double meanPrecision() {
        return pages.stream().mapToDouble(p -> p.text().precision()).average().orElse(0);
    }

    public double meanRecall() {
        return pages.stream().mapToDouble(p -> p.text().recall()).average().orElse(0);
    }

    /** A short multi-line summary. */
    public String summary() {
        return String.format(Locale.ROOT,
                "pages %d (English %d, dated %d)%n"
                        + "shingle F1   all %.4f  English %.4f  (P %.4f R %.4f)%n"
                        + "title        %.4f  (same words, punctuation aside: %.4f)%n"
                        + "date (day)   %.4f%n",
                pages.size(), englishPages(), datedPages(), meanF1(), meanF1English(), meanPrecision(),
                meanRecall(), titleAccuracy(), titleSameWordsAccuracy(), dateAccuracy());
    }
}
