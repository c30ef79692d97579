package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostposedReportTest {

    private static final String TEXT = "Secret Service protocol called for the nominee to be taken to a trauma center, "
            + "sources said. Smith argued that taxes would rise, aides said.";

    private static CharRange range(String needle) {
        int at = TEXT.indexOf(needle);
        assertTrue(at >= 0, needle);
        return new CharRange(at, at + needle.length());
    }

    private static Candidate learned(String content, String cue, String source) {
        return new Candidate(AttributionKind.INDIRECT, List.of(range(content)), range(cue),
                source == null ? null : range(source), 0.85, "learned");
    }

    private static Candidate post(String content, String cue, String source) {
        return new Candidate(AttributionKind.INDIRECT, List.of(range(content)), range(cue), range(source), 0.75,
                "indirect-post");
    }

    private static OverlapIndex index(List<Candidate> out) {
        OverlapIndex index = new OverlapIndex();
        for (int i = 0; i < out.size(); i++) {
            for (CharRange c : out.get(i).content()) {
                index.add(c, i);
            }
        }
        return index;
    }

    @Test
    void theReportedClauseTakesItsReporter() {
        Candidate inner = learned("the nominee to be taken to a trauma center", "called for", "Secret Service protocol");
        Candidate report = post("Secret Service protocol called for the nominee to be taken to a trauma center",
                "said", "sources");
        List<Candidate> out = new ArrayList<>(List.of(inner));
        OverlapIndex kept = index(out);
        assertTrue(PostposedReport.takeOver(report, out, kept));
        assertEquals(List.of(new Candidate(AttributionKind.INDIRECT, report.content(), report.cue(), report.source(),
                0.85, "learned")), out);
        assertEquals(0, kept.firstOwnerOverlapping(range("Secret Service")));
    }

    @Test
    void theArbiterLetsTheReportWinOverTheTaggersInnerCue() {
        Segmentation seg = new Segmenter().segment(TEXT);
        Candidate inner = learned("the nominee to be taken to a trauma center", "called for", "Secret Service protocol");
        Candidate report = post("Secret Service protocol called for the nominee to be taken to a trauma center",
                "said", "sources");
        List<Candidate> out = CandidateArbiter.arbitrate(seg, TokenText.of(seg), CueLexicon.standard(),
                List.of(report), List.of(inner), List.of());
        assertEquals(1, out.size());
        assertEquals(range("said"), out.get(0).cue());
        assertEquals(range("sources"), out.get(0).source());
    }

    @Test
    void otherStatementsStay() {
        Candidate report = post("Secret Service protocol called for the nominee to be taken to a trauma center",
                "said", "sources");
        // the learned statement already has a cue outside the clause: it is a statement of its own
        Candidate outside = learned("the nominee to be taken to a trauma center", "said", "sources");
        List<Candidate> out = new ArrayList<>(List.of(outside));
        assertFalse(PostposedReport.takeOver(report, out, index(out)));
        assertEquals(List.of(outside), out);
        // two statements overlap the clause: which one it reports is unclear
        Candidate first = learned("the nominee", "called for", "Secret Service protocol");
        Candidate second = learned("a trauma center", "taken to", null);
        out = new ArrayList<>(List.of(first, second));
        assertFalse(PostposedReport.takeOver(report, out, index(out)));
        // a rule that reads no post-posed cue
        Candidate subjectCue = new Candidate(AttributionKind.INDIRECT, report.content(), report.cue(), report.source(),
                0.5, "indirect-subject-cue");
        Candidate inner = learned("the nominee to be taken to a trauma center", "called for", "Secret Service protocol");
        out = new ArrayList<>(List.of(inner));
        assertFalse(PostposedReport.takeOver(subjectCue, out, index(out)));
        // a statement that is not the tagger's
        Candidate rule = new Candidate(AttributionKind.INDIRECT, inner.content(), inner.cue(), inner.source(), 0.5,
                "indirect-subject-cue");
        out = new ArrayList<>(List.of(rule));
        assertFalse(PostposedReport.takeOver(report, out, index(out)));
    }

    /** Seeded random statements: a take-over changes exactly one statement, into the report's spans. */
    @Test
    void aTakeOverChangesOneStatementIntoTheReport() {
        Random random = new Random(7L);
        String[] cues = {"called for", "taken to", "said", "argued", "trauma center"};
        for (int round = 0; round < 500; round++) {
            List<Candidate> out = new ArrayList<>();
            int n = random.nextInt(3);
            for (int i = 0; i < n; i++) {
                String cue = cues[random.nextInt(cues.length)];
                out.add(learned(random.nextBoolean() ? "the nominee" : "taxes would rise", cue,
                        random.nextBoolean() ? null : "Secret Service"));
            }
            Candidate report = random.nextBoolean()
                    ? post("Secret Service protocol called for the nominee to be taken to a trauma center", "said", "sources")
                    : post("Smith argued that taxes would rise", "said", "aides");
            List<Candidate> before = List.copyOf(out);
            boolean taken = PostposedReport.takeOver(report, out, index(out));
            int changed = 0;
            for (int i = 0; i < out.size(); i++) {
                if (!out.get(i).equals(before.get(i))) {
                    changed++;
                    assertEquals(report.content(), out.get(i).content());
                    assertEquals(report.cue(), out.get(i).cue());
                    assertEquals(report.source(), out.get(i).source());
                }
            }
            assertEquals(taken ? 1 : 0, changed);
        }
    }
}
