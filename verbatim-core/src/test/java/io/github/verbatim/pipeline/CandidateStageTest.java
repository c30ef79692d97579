package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateStageTest {

    private static final String TEXT = "“We will win,” Jane Doe said. Taxes are too high for everyone here, critics mutter.";

    @Test
    void aStageCanAddCandidatesThatAreThenResolved() {
        int start = TEXT.indexOf("Taxes");
        int end = TEXT.indexOf(", critics");
        int source = TEXT.indexOf("critics");
        Pipeline p = Pipeline.standard().withStage((input, found) -> {
            List<Candidate> more = new ArrayList<>(found);
            more.add(new Candidate(AttributionKind.INDIRECT, List.of(new CharRange(start, end)),
                    new CharRange(source + 8, source + 14), new CharRange(source, source + 7), 0.5, "test"));
            return more;
        });
        DocumentResult r = p.process(Article.of("t", TEXT));
        assertEquals(2, r.attributions().size(), r.attributions().toString());
        assertEquals("critics", r.attributions().get(1).speaker().name());
        assertEquals(1, Pipeline.standard().process(Article.of("t", TEXT)).attributions().size(),
                "the standard pipeline is unchanged");
    }

    @Test
    void failingStagesAndInvalidCandidatesBecomeDiagnostics() {
        DocumentResult failed = Pipeline.standard().withStage((input, found) -> {
            throw new IllegalStateException("boom");
        }).process(Article.of("t", TEXT));
        assertEquals(1, failed.attributions().size());
        assertTrue(failed.diagnostics().get(0).contains("failed: java.lang.IllegalStateException: boom"),
                failed.diagnostics().toString());

        DocumentResult invalid = Pipeline.standard().withStage((input, found) -> List.of(new Candidate(
                AttributionKind.DIRECT, List.of(new CharRange(0, TEXT.length() + 5)), null, null, 0.5, "test")))
                .process(Article.of("t", TEXT));
        assertEquals(0, invalid.attributions().size());
        assertTrue(invalid.diagnostics().get(0).contains("invalid candidate"), invalid.diagnostics().toString());
    }
}
