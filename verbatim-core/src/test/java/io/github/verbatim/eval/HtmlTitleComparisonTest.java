package io.github.verbatim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTitleComparisonTest {

    @Test
    void strictComparisonFoldsCaseSpacesQuoteAndDashStylesOnly() {
        assertEquals(HtmlExtractionEvaluator.normTitle("„Wegovy“ – so  teuer"),
                HtmlExtractionEvaluator.normTitle("\"wegovy\" - So teuer"));
        assertFalse(HtmlExtractionEvaluator.normTitle("Rückbau - Kühltürme gesprengt")
                .equals(HtmlExtractionEvaluator.normTitle("Rückbau: Kühltürme gesprengt")));
    }

    @Test
    void sameWordsIgnoresPunctuationButNotWordsOrTheirOrder() {
        assertTrue(HtmlExtractionEvaluator.sameWords("Rückbau von Atomkraftwerk - Kühltürme gesprengt",
                "Rückbau von Atomkraftwerk: Kühltürme gesprengt"));
        assertTrue(HtmlExtractionEvaluator.sameWords("\"شعر وردي يُشعل السخرية\"… لغز", "شعر وردي يُشعل السخرية… لغز"));
        assertFalse(HtmlExtractionEvaluator.sameWords("Pendler zahlen weniger", "Pendler zahlen viel weniger"));
        assertFalse(HtmlExtractionEvaluator.sameWords("Kühltürme gesprengt, Rückbau", "Rückbau: Kühltürme gesprengt"));
        assertFalse(HtmlExtractionEvaluator.sameWords("?!", "?!"));
        assertFalse(HtmlExtractionEvaluator.sameWords(null, "x"));
    }

    @Test
    void theReportCountsAStrictMatchAsSameWordsAndShowsBothFigures() {
        ShingleScore text = ShingleScore.of("a b c d", "a b c d");
        HtmlEvalReport report = new HtmlEvalReport(List.of(
                new HtmlPageScore("p1", text, true, true, null, "A: B", "A: B"),
                new HtmlPageScore("p2", text, true, false, null, "A - B", "A: B"),
                new HtmlPageScore("p3", text, true, false, null, "A B C", "A: B")));
        assertEquals(1 / 3.0, report.titleAccuracy(), 1e-9);
        assertEquals(2 / 3.0, report.titleSameWordsAccuracy(), 1e-9);
        assertTrue(report.summary().contains("title        0.3333  (same words, punctuation aside: 0.6667)"),
                report.summary());
    }
}
